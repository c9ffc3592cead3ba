using System.Text;
using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Reads and writes assessment files (JSON, <c>schemaVersion</c> 1, or 2 with the consensus meeting's agreed ratings): camelCase names, enumerations as camelCase
/// strings, dates as <c>yyyy-MM-dd</c>, as DESIGN.md shows them.
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws for what a file holds: invalid JSON (with line and position), a wrong type, a missing
/// property, an unknown value (listing the allowed ones), an unsupported <c>schemaVersion</c>, an unknown framework,
/// item or assessor, and every other problem of <see cref="Assessment.Validate"/> come back as problems with their JSON
/// paths. Files over <see cref="ReadOptions.MaxBytes"/> (16 MiB), nested more than 32 deep, or holding more than
/// <see cref="ReadOptions.MaxRatings"/> ratings (100,000) are refused with a problem. Unknown properties are reported
/// as warnings, not silently dropped. The reader uses source-generated System.Text.Json; nothing is reflected.
/// </para>
/// </remarks>
public static class AssessmentJson
{
    /// <summary>The version of the file format this library writes for an assessment without agreed ratings, and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The version of the file format with the consensus meeting's agreed ratings (<c>agreedRatings</c>), which this
    /// library writes for an assessment that has them, and reads. A reader of version 1 only refuses such a file
    /// rather than scoring it without what the meeting agreed.
    /// </summary>
    public const int AgreedRatingsSchemaVersion = 2;

    /// <summary>Reads an assessment from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The file's bytes; a UTF-8 byte order mark is allowed.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, and any warnings.</returns>
    public static ReadResult<Assessment> Read(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            return Fail(options.TooLarge(utf8Json.Length));
        }

        var text = DecodedText.From(utf8Json, "an assessment file is a JSON object with schemaVersion, framework, footprint, assessors and ratings");
        if (!text.Ok)
        {
            return Fail(text.Problem!);
        }

        var kind = FileKinds.OfText(text.Utf8);
        if (kind is not (FileKind.Assessment or FileKind.OtherJson))
        {
            return Fail(FileKinds.WrongKind(kind, "an assessment file", Advice(kind)));
        }

        EquatableArray<Problem> warnings = text.Warning is { } warning ? [warning] : [];
        AssessmentDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(text.Utf8, IntegrationFrameworkJsonContext.Default.AssessmentDocument);
        }
        catch (JsonException exception)
        {
            // The fast reader stops at the first value it cannot take; the diagnostic pass finds them all.
            return Diagnose(text.Utf8, options, exception).After(warnings);
        }

        var result = document is null
            ? Fail(new Problem(ProblemCodes.WrongType, "$", "The file holds null; an assessment file is a JSON object."))
            : new AssessmentReader(options).Read(document, document.SignOff is null ? null : DigestOf(text.Utf8));
        return warnings.IsEmpty ? result : result.After(warnings);
    }

    /// <summary>The shape of an assessment file, for the diagnostic pass.</summary>
    internal static readonly JsonShape Shape = JsonShape.Object(
        ("schemaVersion", JsonShape.Any),
        ("framework", JsonShape.Text),
        ("footprint", JsonShape.Object(("code", JsonShape.Text), ("name", JsonShape.Text), ("level", JsonShape.Text), ("population", JsonShape.Any), ("parentCode", JsonShape.Text))),
        ("assessedOn", JsonShape.Any),
        ("assessors", JsonShape.Array(JsonShape.Object(("id", JsonShape.Text), ("name", JsonShape.Text), ("partner", JsonShape.Text)))),
        ("scope", JsonShape.Object(("excludedDomains", JsonShape.Array(JsonShape.Text)))),
        ("ratings", JsonShape.Array(JsonShape.Object(("item", JsonShape.Text), ("assessor", JsonShape.Text), ("progress", JsonShape.Text), ("target", JsonShape.Text), ("evidence", JsonShape.Text)))),
        ("agreedRatings", JsonShape.Array(JsonShape.Object(("item", JsonShape.Text), ("progress", JsonShape.Text), ("target", JsonShape.Text), ("rationale", JsonShape.Text), ("agreedOn", JsonShape.Any), ("agreedBy", JsonShape.Text)))),
        ("actions", JsonShape.Array(JsonShape.Object(("item", JsonShape.Text), ("action", JsonShape.Text), ("owner", JsonShape.Text), ("due", JsonShape.Any), ("status", JsonShape.Text), ("note", JsonShape.Text)))),
        ("signOff", JsonShape.Object(("date", JsonShape.Any), ("signatories", JsonShape.Array(JsonShape.Object(("name", JsonShape.Text), ("role", JsonShape.Text), ("organisation", JsonShape.Text)))), ("digest", JsonShape.Text))));

    private static ReadResult<Assessment> Diagnose(ReadOnlySpan<byte> utf8, ReadOptions options, JsonException first)
    {
        var digest = DigestOf(utf8);
        return JsonDiagnostics.Read(utf8, Shape, "an assessment file", first, IntegrationFrameworkJsonContext.Default.AssessmentDocument, document => new AssessmentReader(options).Read(document, digest));
    }

    /// <summary>
    /// The digest a sign-off of this file must have: "sha256:" and the hex SHA-256 of its JSON without the root's
    /// signOff member, in the JSON Canonicalization Scheme (RFC 8785); null when the text is not a JSON object.
    /// </summary>
    private static string? DigestOf(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var json = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = 32, AllowDuplicateProperties = false });
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("signOff", out _)
                ? JsonCanonicalForm.Digest(json.RootElement, "signOff")
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Not I-JSON (RFC 8785 canonicalises only that): a lone surrogate, or a number beyond a double. The reader
            // then refuses a sign-off it cannot check.
            return null;
        }
    }

    /// <summary>
    /// Signs an assessment off: its file, with a <c>signOff</c> that records the date, the signatories and the digest of
    /// the rest of the file ("sha256:" and the hex SHA-256 of its JSON without <c>signOff</c>, canonicalised by RFC
    /// 8785), so that anyone can check with a standard canonicaliser that the file is what was signed, and every reader
    /// of this library refuses it once it is changed.
    /// </summary>
    /// <param name="assessment">The assessment to sign off; a sign-off it already carries is replaced.</param>
    /// <param name="date">The date of the sign-off.</param>
    /// <param name="signatories">Who signs: at least one.</param>
    /// <returns>The signed file's text (indented JSON).</returns>
    /// <exception cref="ArgumentNullException">An argument or a signatory is null.</exception>
    /// <exception cref="ArgumentException">No signatory is given.</exception>
    /// <exception cref="ArgumentException">The assessment has problems: a file with them cannot be read back, so is not signed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the assessment.</exception>
    public static string Sign(Assessment assessment, NodaTime.LocalDate date, IEnumerable<Signatory> signatories)
    {
        Preconditions.NotNull(assessment);
        var who = Preconditions.NotNull(signatories).ToEquatableArray();
        if (date < assessment.AssessedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The sign-off ({Dates.IsoDate.Format(date)}) is before the assessment ({Dates.IsoDate.Format(assessment.AssessedOn)}): an assessment is signed off after it is made.");
        }

        if (!assessment.Problems.IsEmpty)
        {
            throw new ArgumentException($"The assessment has {assessment.Problems.Count} problem(s), the first: {assessment.Problems[0].Message} Mend them before signing it off.", nameof(assessment));
        }

        var document = AssessmentWriter.Write(assessment);
        using var unsigned = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(document, IntegrationFrameworkJsonContext.Writing.AssessmentDocument));
        var signOff = new SignOff(date, who, JsonCanonicalForm.Digest(unsigned.RootElement, null));
        document.SignOff = AssessmentWriter.Write(signOff);
        return JsonSerializer.Serialize(document, IntegrationFrameworkJsonContext.Writing.AssessmentDocument);
    }

    /// <summary>What to do with a file of another kind given as an assessment.</summary>
    private static string Advice(FileKind kind) => kind switch
    {
        FileKind.ScoreCard => "a score card is what scoring an assessment gives; read the assessment it was scored from.",
        FileKind.RatingsCsv => "read it as a ratings table (RatingsCsv).",
        FileKind.FhirResource => "read FHIR QuestionnaireResponses with the FHIR bridge (ResponseImport).",
        FileKind.Workbook => "read a workbook with the workbook reader.",
        _ => "an assessment file is a JSON object with schemaVersion, framework, footprint, assessedOn, assessors and ratings.",
    };

    /// <summary>Reads an assessment from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<Assessment> Parse(string json, ReadOptions? options = null)
        => Read(Encoding.UTF8.GetBytes(Preconditions.NotNull(json)), options);

    /// <summary>Writes an assessment as indented UTF-8 JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Assessment assessment)
        => JsonSerializer.SerializeToUtf8Bytes(AssessmentWriter.Write(Preconditions.NotNull(assessment)), IntegrationFrameworkJsonContext.Writing.AssessmentDocument);

    /// <summary>Writes an assessment as indented JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Serialize(Assessment assessment)
        => JsonSerializer.Serialize(AssessmentWriter.Write(Preconditions.NotNull(assessment)), IntegrationFrameworkJsonContext.Writing.AssessmentDocument);

    /// <summary>Writes an assessment as indented UTF-8 JSON to a stream.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Assessment assessment, Stream stream)
        => JsonSerializer.Serialize(Preconditions.NotNull(stream), AssessmentWriter.Write(Preconditions.NotNull(assessment)), IntegrationFrameworkJsonContext.Writing.AssessmentDocument);

    private static ReadResult<Assessment> Fail(Problem problem) => ReadResult.Failure<Assessment>([problem]);
}
