using System.Text;
using System.Text.Json;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>Tells what a file holds from its content, so that a reader can say "this is a score card, not an assessment".</summary>
/// <example>
/// <code>
/// FileKind kind = FileKinds.Detect(File.ReadAllBytes(path));   // FileKind.Assessment, FileKind.RatingsCsv, FileKind.Workbook, …
/// </code>
/// </example>
public static class FileKinds
{
    /// <summary>What the bytes hold, read from their first properties, header or signature.</summary>
    /// <param name="bytes">A file's bytes, in any of the encodings the readers accept.</param>
    /// <returns>The kind of file.</returns>
    public static FileKind Detect(ReadOnlySpan<byte> bytes)
    {
        var text = DecodedText.From(bytes, "text");
        return text.Ok ? OfText(text.Utf8) : OfProblem(text.Problem!, bytes);
    }

    /// <summary>
    /// A file's text as UTF-8 without a byte-order mark, ready for a parser: UTF-16 and UTF-32 with a byte-order mark are
    /// transcoded with a warning; an empty file, a zip or other binary, UTF-16 or UTF-32 without a mark, and bytes that
    /// are not UTF-8 (with the offset of the first) are each one problem, in the words a person saving the file can act on.
    /// </summary>
    /// <param name="bytes">A file's bytes.</param>
    /// <param name="expected">What the file should be, for the messages, such as "FHIR JSON is a JSON object with a resourceType".</param>
    /// <returns>The UTF-8 text, with a warning when it was transcoded, or the problem that stops it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    public static ReadResult<byte[]> ReadText(ReadOnlySpan<byte> bytes, string expected)
    {
        var text = DecodedText.From(bytes, Guards.Preconditions.NotNull(expected));
        return !text.Ok ? ReadResult.Failure<byte[]>([text.Problem!])
            : ReadResult.Success(text.Utf8.ToArray(), text.Warning is { } warning ? [warning] : default);
    }

    /// <summary>The kind, in words for a message: "an assessment file", "a score card", "a workbook".</summary>
    /// <param name="kind">A kind of file.</param>
    /// <returns>Its name, with an article.</returns>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Empty => "an empty file",
        FileKind.Assessment => "an assessment file",
        FileKind.ScoreCard => "a score card",
        FileKind.Comparison => "a comparison of two score cards",
        FileKind.Catalogue => "the catalogue of frameworks",
        FileKind.FhirResource => "a FHIR resource",
        FileKind.OtherJson => "JSON of another kind",
        FileKind.RatingsCsv => "a ratings table (CSV)",
        FileKind.DomainScoresCsv => "a table of domain scores (CSV)",
        FileKind.Workbook => "a workbook",
        FileKind.Zip => "a zip archive",
        FileKind.Binary => "a file that is not text",
        _ => "text of another kind",
    };

    /// <summary>Whether a file of the kind holds partners' ratings, which must not be overwritten by accident.</summary>
    /// <param name="kind">A kind of file.</param>
    /// <returns><see langword="true"/> for assessments, ratings tables, workbooks and FHIR resources (responses).</returns>
    public static bool HoldsRatings(FileKind kind) => kind is FileKind.Assessment or FileKind.RatingsCsv or FileKind.Workbook or FileKind.FhirResource;

    /// <summary>The problem a reader reports when it is given a file of another kind than it reads.</summary>
    internal static Problem WrongKind(FileKind found, string expected, string advice)
        => new(ProblemCodes.WrongKindOfFile, "$", $"The file is {Describe(found)}, not {expected}; {advice}");

    internal static FileKind OfText(ReadOnlySpan<byte> utf8)
    {
        var start = utf8.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return FileKind.Empty;
        }

        return utf8[start] switch
        {
            (byte)'{' => OfJsonObject(utf8[start..]),
            (byte)'[' or (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') => FileKind.OtherJson,
            _ when utf8[start..].StartsWith("null"u8) || utf8[start..].StartsWith("true"u8) || utf8[start..].StartsWith("false"u8) => FileKind.OtherJson,
            _ => OfTable(utf8[start..]),
        };
    }

    private static FileKind OfProblem(Problem problem, ReadOnlySpan<byte> bytes) => problem.Code switch
    {
        ProblemCodes.EmptyFile => FileKind.Empty,
        _ when bytes.StartsWith("PK\u0003\u0004"u8) => bytes.IndexOf("xl/workbook.xml"u8) >= 0 || bytes.IndexOf("application/vnd.oasis.opendocument.spreadsheet"u8) >= 0 ? FileKind.Workbook : FileKind.Zip,
        _ => FileKind.Binary,
    };

    private static FileKind OfJsonObject(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
        bool overall = false, policy = false, domains = false, earlier = false, later = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return FileKind.OtherJson;
            }

            // Decided by the first telling property, so that a large file is not scanned twice: an assessment file
            // starts with schemaVersion.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resourceType"u8))
                {
                    return FileKind.FhirResource;
                }

                if (reader.ValueTextEquals("frameworks"u8))
                {
                    return FileKind.Catalogue;
                }

                if (reader.ValueTextEquals("schemaVersion"u8) || reader.ValueTextEquals("assessors"u8) || reader.ValueTextEquals("ratings"u8))
                {
                    return FileKind.Assessment;
                }

                policy |= reader.ValueTextEquals("policy"u8);
                overall |= reader.ValueTextEquals("overall"u8);
                domains |= reader.ValueTextEquals("domains"u8);
                earlier |= reader.ValueTextEquals("earlier"u8);
                later |= reader.ValueTextEquals("later"u8);
                if (overall && (policy || domains))
                {
                    return FileKind.ScoreCard;
                }

                if (earlier && later)
                {
                    return FileKind.Comparison;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A file cut short or broken further on: what was read so far decides.
        }

        return FileKind.OtherJson;
    }

    private static FileKind OfTable(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOfAny((byte)'\r', (byte)'\n');
        var header = Encoding.UTF8.GetString(end < 0 ? text : text[..end]);
        var fields = header.Split(Csv.Separators);
        var names = new HashSet<string>(fields.Select(f => f.Trim().Trim('"')), StringComparer.Ordinal);
        return names.Contains("item") && names.Contains("progress") ? FileKind.RatingsCsv
            : names.Contains("domain") && names.Contains("score") ? FileKind.DomainScoresCsv
            : FileKind.OtherText;
    }
}
