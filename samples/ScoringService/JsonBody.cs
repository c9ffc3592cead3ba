using System.Text;
using System.Text.Json;
using IntegrationFramework.Geography;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// A body that sends several files in one JSON object (compare, roll-up, peers): each part an assessment or a score
/// card, read through the library's intake as a file of its own, its problems at JSON paths into the body.
/// </summary>
internal sealed class JsonBody(JsonElement root, FileIntake intake, ScoringPolicy policy)
{
    /// <summary>The body parsed: the root object, or the problem to answer with (400 not JSON, 422 not an object).</summary>
    public static IResult? Parse(ReadOnlySpan<byte> body, out JsonDocument? document)
    {
        document = null;
        var text = FileKinds.ReadText(body, "the body is a JSON object");
        if (text.Value is not { } utf8)
        {
            return ProblemResults.Of(text.Problems);
        }

        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            return ProblemResults.Of([new(ProblemCodes.InvalidJson, "$", $"The body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).")]);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            document = null;
            return ProblemResults.Of([new(ProblemCodes.WrongType, "$", "The body is not a JSON object.")]);
        }

        return null;
    }

    public JsonElement Root { get; } = root;

    /// <summary>The card of the part named <paramref name="name"/>, which is required.</summary>
    public (CardFile? Read, IResult? Problem) Card(string name)
        => Root.TryGetProperty(name, out var part)
            ? Card(part, $"$.{name}")
            : (null, Missing($"$.{name}", $"'{name}' is required: an assessment or a score card."));

    /// <summary>
    /// A score card from a part of the body at <paramref name="path"/>: a card as it is, an assessment scored under the
    /// policy (with the assessment beside it, for the bands of a comparison).
    /// </summary>
    public (CardFile? Read, IResult? Problem) Card(JsonElement part, string path)
    {
        var read = intake.ReadCard(new InputFile(path, Encoding.UTF8.GetBytes(part.GetRawText())), policy);
        return read.Value is { } file ? (file, null) : (null, ProblemResults.Of(read.Problems.Select(p => Within(p, path))));
    }

    /// <summary>The parts of an array named <paramref name="name"/>, which is required.</summary>
    public (List<(JsonElement Part, string Path)>? Parts, IResult? Problem) Array(string name, string what)
    {
        if (!Root.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return (null, Missing($"$.{name}", $"'{name}' is required: {what}."));
        }

        return ([.. list.EnumerateArray().Select((part, i) => (part, $"$.{name}[{i}]"))], null);
    }

    /// <summary>An optional whole number from 0 to <paramref name="most"/> named <paramref name="name"/>: <paramref name="otherwise"/> when it is absent.</summary>
    public (int Value, IResult? Problem) Count(string name, int otherwise, int most, string what)
    {
        if (!Root.TryGetProperty(name, out var value))
        {
            return (otherwise, null);
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count) && count >= 0 && count <= most
            ? (count, null)
            : (otherwise, ProblemResults.Of([new(ProblemCodes.UnknownValue, $"$.{name}", $"'{name}' must be a whole number from 0 to {most}: {what}.")]));
    }

    /// <summary>The footprint of a roll-up's body (<c>footprint</c>) and its date (<c>assessedOn</c>), read with the library's field reader.</summary>
    public (Footprint? Footprint, LocalDate? Date, IResult? Problem) Footprint()
    {
        if (!Root.TryGetProperty("footprint", out var footprint) || footprint.ValueKind != JsonValueKind.Object)
        {
            return (null, null, Missing("$.footprint", "'footprint' is required: { \"code\", \"name\", \"level\" (place or system), and \"population\" and \"parentCode\" where known }."));
        }

        var problems = new List<Problem>();
        var fields = new FieldReader(problems, ProblemCodes.MissingProperty);
        Field At(JsonElement parent, string name, string path)
            => new(parent.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null, ProblemLocation.InJson(path), name);
        var read = fields.Footprint(
            At(footprint, "code", "$.footprint.code"),
            At(footprint, "name", "$.footprint.name"),
            At(footprint, "level", "$.footprint.level"),
            At(footprint, "population", "$.footprint.population"),
            At(footprint, "parentCode", "$.footprint.parentCode"));
        var date = Root.TryGetProperty("assessedOn", out _) ? fields.Date(At(Root, "assessedOn", "$.assessedOn"), "the date of the roll-up, yyyy-MM-dd") : null;
        return fields.HasErrors ? (null, null, ProblemResults.Of(problems)) : (read, date, null);
    }

    /// <summary>A problem of a part read as a file of its own, at its JSON path into the body.</summary>
    public static Problem Within(Problem problem, string path)
        => problem.Location.File == path && problem.Location.JsonPath is { } inner
            ? problem with { Location = ProblemLocation.InJson(path + inner[1..]) }
            : problem;

    private static IResult Missing(string path, string message) => ProblemResults.Of([new(ProblemCodes.MissingProperty, path, message)]);
}
