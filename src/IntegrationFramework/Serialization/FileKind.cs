namespace IntegrationFramework.Serialization;

/// <summary>
/// What a file holds, as <see cref="FileKinds.Detect"/> reads it from the content, never from the file's name: a JSON
/// object by its first property that tells (so a large file is not read twice), a table by its header row, an
/// archive by what it holds.
/// </summary>
public enum FileKind
{
    /// <summary>Nothing, or only white space.</summary>
    Empty = 0,

    /// <summary>An assessment file (JSON, with <c>schemaVersion</c>, <c>assessors</c> or <c>ratings</c>).</summary>
    Assessment,

    /// <summary>A score card (JSON with <c>overall</c>, and <c>policy</c> or <c>domains</c>, before any property that tells another kind).</summary>
    ScoreCard,

    /// <summary>A comparison of two score cards (JSON, with <c>earlier</c> and <c>later</c>).</summary>
    Comparison,

    /// <summary>The catalogue of frameworks (JSON, with <c>frameworks</c>).</summary>
    Catalogue,

    /// <summary>A FHIR resource (JSON, with <c>resourceType</c>).</summary>
    FhirResource,

    /// <summary>JSON of no kind this library writes.</summary>
    OtherJson,

    /// <summary>A ratings table (CSV whose header names <c>item</c> and <c>progress</c>).</summary>
    RatingsCsv,

    /// <summary>A table of domain scores (CSV whose header names <c>domain</c> and <c>score</c>).</summary>
    DomainScoresCsv,

    /// <summary>
    /// A workbook, .xlsx or .ods, such as Excel and LibreOffice Calc save: a zip archive holding <c>xl/workbook.xml</c>, or
    /// an OpenDocument spreadsheet, whose stored <c>mimetype</c> says <c>application/vnd.oasis.opendocument.spreadsheet</c>.
    /// </summary>
    Workbook,

    /// <summary>A zip archive of another kind.</summary>
    Zip,

    /// <summary>Bytes that are not text (control characters, or not UTF-8 or UTF-16 or UTF-32 at all).</summary>
    Binary,

    /// <summary>Text of no kind this library reads.</summary>
    OtherText,
}
