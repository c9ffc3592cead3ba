using System.Globalization;
using System.Text.Json;
using IntegrationFramework.Checklists;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;
using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>
/// What reading either file format needs once the JSON is parsed: required and optional values checked one by one,
/// every problem kept with its path, unknown properties turned into warnings.
/// </summary>
internal abstract class DocumentReader
{
    protected List<Problem> Problems { get; } = [];

    protected bool HasErrors => Problems.Exists(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Whether an error was found since the problem count was <paramref name="count"/>.</summary>
    protected bool ErrorsSince(int count) => Problems.Skip(count).Any(p => p.Severity == ProblemSeverity.Error);

    protected void Error(string code, string path, string message) => Problems.Add(new(code, path, message));

    protected void Missing(string path, string what) => Error(ProblemCodes.MissingProperty, path, $"'{Name(path)}' is required: {what}.");

    protected void Unknown(Dictionary<string, object>? properties, string path)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var name in properties.Keys)
        {
            Problems.Add(new(ProblemCodes.UnknownProperty, $"{path}.{name}", $"'{name}' is not a property this library knows; it is ignored.", ProblemSeverity.Warning));
        }
    }

    /// <summary>A required text: missing and blank are problems.</summary>
    protected string? Text(string? value, string path, string what)
    {
        if (value is null)
        {
            Missing(path, what);
            return null;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            Error(ProblemCodes.InvalidValue, path, $"'{Name(path)}' must not be blank: {what}.");
            return null;
        }

        return value;
    }

    /// <summary>A required member of a vocabulary.</summary>
    protected Framework? Framework(string? id, string path, FrameworkCatalogue catalogue)
    {
        if (Text(id, path, $"the id of the framework, one of {catalogue.Ids}") is not { } text)
        {
            return null;
        }

        if (catalogue.Find(text) is { } framework)
        {
            return framework;
        }

        Problems.Add(catalogue.UnknownProblem(text, path));
        return null;
    }

    protected TEnum? Term<TEnum>(string? value, string path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            Missing(path, $"{vocabulary.What}, one of {vocabulary.Allowed}");
            return null;
        }

        return OptionalTerm(value, path, vocabulary);
    }

    /// <summary>An optional member of a vocabulary.</summary>
    protected TEnum? OptionalTerm<TEnum>(string? value, string path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (vocabulary.TryParse(value, out var term))
        {
            return term;
        }

        Error(ProblemCodes.UnknownValue, path, vocabulary.Unknown(value));
        return null;
    }

    protected Footprint? Footprint(FootprintDocument? document, string path)
    {
        if (document is null)
        {
            Missing(path, "the footprint assessed, with a code, a name and a level");
            return null;
        }

        Unknown(document.Unknown, path);
        var code = Text(document.Code, $"{path}.code", "the footprint's code, such as an ONS code");
        var name = Text(document.Name, $"{path}.name", "the footprint's name");
        var level = Term(document.Level, $"{path}.level", Vocabularies.Level);
        int? population = null;
        if (document.Population is not null && WholeNumber(document.Population, $"{path}.population", "a positive whole number of people") is { } people)
        {
            if (people is < 1 or > int.MaxValue)
            {
                Error(ProblemCodes.InvalidValue, $"{path}.population", $"The population must be a positive whole number up to {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}; it was {people}.");
            }
            else
            {
                population = (int)people;
            }
        }

        var parent = document.ParentCode;
        if (parent is not null && string.IsNullOrWhiteSpace(parent))
        {
            Error(ProblemCodes.InvalidValue, $"{path}.parentCode", "'parentCode' must not be blank: leave it out when the footprint has no parent.");
            parent = null;
        }

        return code is null || name is null || level is null ? null : new Footprint(code, name, level.Value, population, parent);
    }

    /// <summary>A whole number a file gives as a JSON value, or null after a wrong-type problem.</summary>
    protected long? WholeNumber(object? value, string path, string what)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var whole))
        {
            return whole;
        }

        Error(ProblemCodes.WrongType, path, $"The value has the wrong type: expected {what}, such as 1; it was {Describe(value)}.");
        return null;
    }

    /// <summary>A date a file gives as a JSON string, yyyy-MM-dd, or null after a problem; a missing date is a missing-property problem.</summary>
    protected LocalDate? Date(object? value, string path, string what)
    {
        switch (value)
        {
            case null:
                Missing(path, what);
                return null;
            case JsonElement { ValueKind: JsonValueKind.String } text when IsoDate.Parse(JsonDiagnostics.Text(text)) is { } date:
                return date;
            case JsonElement { ValueKind: JsonValueKind.String } text:
                Error(ProblemCodes.InvalidValue, path, $"'{JsonDiagnostics.Text(text) ?? "(not valid UTF-8)"}' is not a date in the form yyyy-MM-dd; write it as, for example, 2018-10-01.");
                return null;
            default:
                Error(ProblemCodes.WrongType, path, $"The value has the wrong type: expected a date, yyyy-MM-dd, as a string; it was {Describe(value)}.");
                return null;
        }
    }

    /// <summary>What a JSON value is, in a message: "the string '1'", "the number 3", "an object" (as the diagnostic pass says it).</summary>
    protected static string Describe(object? value) => value is JsonElement element ? JsonDiagnostics.Describe(element) : "null";

    protected static string Name(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot >= 0 ? path[(dot + 1)..] : path;
    }
}
