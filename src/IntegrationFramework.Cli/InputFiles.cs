using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli;

/// <summary>
/// Reads the files commands take: assessments as JSON (<c>.json</c>) or ratings CSV (<c>.csv</c>), and score cards as
/// JSON, telling them apart by the assessment file's <c>schemaVersion</c>. Problems go to standard error.
/// </summary>
internal sealed class InputFiles(Terminal terminal)
{
    /// <summary>Reads an assessment; null (with its problems written) when it cannot be read.</summary>
    public Assessment? Assessment(string path)
    {
        var bytes = Bytes(path);
        if (bytes is null)
        {
            return null;
        }

        var options = new ReadOptions { Clock = terminal.Clock };
        var result = IsCsv(path) ? RatingsCsv.Read(new MemoryStream(bytes), options) : AssessmentJson.Read(bytes, options);
        terminal.Problems(path, result.Problems);
        return result.Value;
    }

    /// <summary>Reads a score card, scoring an assessment file under <paramref name="policy"/>; null when it cannot be read.</summary>
    public (ScoreCard Card, Assessment? Assessment)? Card(string path, ScoringPolicy policy)
    {
        var bytes = Bytes(path);
        if (bytes is null)
        {
            return null;
        }

        if (IsCsv(path) || IsAssessment(bytes))
        {
            var assessment = Assessment(path);
            return assessment is null ? null : (Scorer.Score(assessment, policy), assessment);
        }

        var result = ScoreCardJson.Read(bytes);
        terminal.Problems(path, result.Problems);
        if (result.Value is { } card && card.PolicyId != policy.Id)
        {
            terminal.Problems(path, [new Problem(ProblemCodes.PolicyMismatch, "$.policy", $"The card was scored under '{card.PolicyId}', not '{policy.Id}'; score the assessment again, or pass --policy {card.PolicyId}.")]);
            return null;
        }

        return result.Value is { } read ? (read, null) : null;
    }

    /// <summary>Reads a file's bytes; null (with the reason written) when it is missing, unreadable or over the size limit.</summary>
    public byte[]? Bytes(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > ReadOptions.DefaultMaxBytes)
            {
                terminal.Problems(path, [new Problem(ProblemCodes.FileTooLarge, "$", $"The file is {info.Length:N0} bytes; the limit is {ReadOptions.DefaultMaxBytes:N0} bytes (16 MiB).")]);
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            terminal.Error.WriteLine($"{path}: no such file.");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{path}: cannot be read: {exception.Message}");
            return null;
        }
    }

    private static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a JSON file has a top-level <c>schemaVersion</c>: an assessment file, not a score card.</summary>
    private static bool IsAssessment(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return true;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("schemaVersion"u8))
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            // Not JSON at all: the assessment reader says why, with the line and position.
            return true;
        }
    }
}
