using System.Text;
using System.Text.Json;
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
            return ReadResult.Failure<ScoreCard>([InputBytes.TooLarge(utf8Json.Length, options.MaxBytes)]);
        }

        ScoreCardDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(InputBytes.WithoutByteOrderMark(utf8Json), IntegrationFrameworkJsonContext.Default.ScoreCardDocument);
        }
        catch (JsonException exception)
        {
            return ReadResult.Failure<ScoreCard>([JsonProblems.From(exception)]);
        }

        return document is null
            ? ReadResult.Failure<ScoreCard>([new Problem(ProblemCodes.WrongType, "$", "The file holds null; a score card file is a JSON object.")])
            : new ScoreCardReader(options).Read(document);
    }

    /// <summary>Reads a score card from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The score card, or the problems that prevent it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<ScoreCard> Parse(string json, ReadOptions? options = null)
        => Read(Encoding.UTF8.GetBytes(Preconditions.NotNull(json)), options);
}
