using System.Text;
using System.Text.Json;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Reads and writes score cards as JSON, with the conventions of assessment files: camelCase names, enumerations as
/// camelCase strings, dates as <c>yyyy-MM-dd</c>, missing values left out, as DESIGN.md shows them. Each item also
/// carries its status, targets and gap; each domain its target score and counts.
/// </summary>
/// <remarks>Reading never throws for what a file holds; see <see cref="AssessmentJson"/> for the problems it reports.</remarks>
public static class ScoreCardJson
{
    /// <summary>Writes a score card as indented UTF-8 JSON.</summary>
    /// <param name="card">The score card.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(ScoreCard card)
        => JsonSerializer.SerializeToUtf8Bytes(ScoreCardWriter.Write(Preconditions.NotNull(card)), IntegrationFrameworkJsonContext.Writing.ScoreCardDocument);

    /// <summary>Writes a score card as indented JSON.</summary>
    /// <param name="card">The score card.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static string Serialize(ScoreCard card)
        => JsonSerializer.Serialize(ScoreCardWriter.Write(Preconditions.NotNull(card)), IntegrationFrameworkJsonContext.Writing.ScoreCardDocument);

    /// <summary>Writes a score card as indented UTF-8 JSON to a stream.</summary>
    /// <param name="card">The score card.</param>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ScoreCard card, Stream stream)
        => JsonSerializer.Serialize(Preconditions.NotNull(stream), ScoreCardWriter.Write(Preconditions.NotNull(card)), IntegrationFrameworkJsonContext.Writing.ScoreCardDocument);

    /// <summary>Reads a score card from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The score card, or the problems that prevent it, and any warnings.</returns>
    public static ReadResult<ScoreCard> Read(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            return ReadResult.Failure<ScoreCard>([options.TooLarge(utf8Json.Length)]);
        }

        var text = DecodedText.From(utf8Json, "a score card is a JSON object, as scoring writes it in JSON");
        if (!text.Ok)
        {
            return ReadResult.Failure<ScoreCard>([text.Problem!]);
        }

        var kind = FileKinds.OfText(text.Utf8);
        if (kind is not (FileKind.ScoreCard or FileKind.OtherJson))
        {
            return ReadResult.Failure<ScoreCard>([FileKinds.WrongKind(kind, "a score card", kind == FileKind.Assessment
                ? "score the assessment to get its card, or give the assessment where an assessment or a card will do."
                : "a score card is a JSON object with framework, policy, footprint, assessedOn, overall, themes, domains and items.")]);
        }

        EquatableArray<Problem> warnings = text.Warning is { } warning ? [warning] : [];
        ScoreCardDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(text.Utf8, IntegrationFrameworkJsonContext.Default.ScoreCardDocument);
        }
        catch (JsonException exception)
        {
            // The fast reader stops at the first value it cannot take; the diagnostic pass finds them all.
            return Diagnose(text.Utf8, options, exception).After(warnings);
        }

        var result = document is null
            ? ReadResult.Failure<ScoreCard>([new Problem(ProblemCodes.WrongType, "$", "The file holds null; a score card file is a JSON object.")])
            : new ScoreCardReader(options).Read(document);
        return warnings.IsEmpty ? result : result.After(warnings);
    }

    private static readonly JsonShape ScoreShape = JsonShape.Object(("code", JsonShape.Text), ("score", JsonShape.Number), ("stage", JsonShape.Text), ("targetScore", JsonShape.Number));

    /// <summary>The shape of a score card file, for the diagnostic pass.</summary>
    internal static readonly JsonShape Shape = JsonShape.Object(
        ("framework", JsonShape.Text),
        ("policy", JsonShape.Text),
        ("footprint", JsonShape.Object(("code", JsonShape.Text), ("name", JsonShape.Text), ("level", JsonShape.Text), ("population", JsonShape.Any), ("parentCode", JsonShape.Text))),
        ("assessedOn", JsonShape.Any),
        ("overall", JsonShape.Object(("score", JsonShape.Number), ("stage", JsonShape.Text), ("coverage", JsonShape.Number), ("targetScore", JsonShape.Number))),
        ("themes", JsonShape.Array(ScoreShape)),
        ("domains", JsonShape.Array(JsonShape.Object(
            ("code", JsonShape.Text), ("theme", JsonShape.Text), ("excluded", JsonShape.Flag), ("score", JsonShape.Number), ("coverage", JsonShape.Number), ("stage", JsonShape.Text),
            ("alpha", JsonShape.Number), ("targetScore", JsonShape.Number), ("ratedItems", JsonShape.WholeNumber), ("applicableItems", JsonShape.WholeNumber)))),
        ("items", JsonShape.Array(JsonShape.Object(
            ("id", JsonShape.Text), ("status", JsonShape.Text), ("consensus", JsonShape.Text), ("points", JsonShape.Number), ("agreement", JsonShape.Text),
            ("ratings", JsonShape.WholeNumber), ("notApplicableRatings", JsonShape.WholeNumber), ("target", JsonShape.Text), ("gap", JsonShape.WholeNumber)))));

    private static ReadResult<ScoreCard> Diagnose(ReadOnlySpan<byte> utf8, ReadOptions options, JsonException first)
        => JsonDiagnostics.Read(utf8, Shape, "a score card", first, IntegrationFrameworkJsonContext.Default.ScoreCardDocument, document => new ScoreCardReader(options).Read(document));

    /// <summary>Reads a score card from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The score card, or the problems that prevent it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<ScoreCard> Parse(string json, ReadOptions? options = null)
        => Read(Encoding.UTF8.GetBytes(Preconditions.NotNull(json)), options);
}
