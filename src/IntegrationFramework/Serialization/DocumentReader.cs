using System.Text.Json;
using IntegrationFramework.Checklists;
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

    protected void Missing(string path, string what) => Fields.Missing(At(null, path), what);

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

    /// <summary>The fields every format reads alike, with one wording per problem; a property left out is missing-property.</summary>
    protected FieldReader Fields => fields ??= new FieldReader(Problems, ProblemCodes.MissingProperty);

    private FieldReader? fields;

    /// <summary>A field at a JSON path, named by the path's last property.</summary>
    protected static Field At(string? value, string path) => new(value, ProblemLocation.InJson(path), Name(path));

    /// <summary>A required text: missing and blank are problems.</summary>
    protected string? Text(string? value, string path, string what) => Fields.Text(At(value, path), what);

    /// <summary>A required framework id, resolved against <paramref name="catalogue"/>.</summary>
    protected Framework? Framework(string? id, string path, FrameworkCatalogue catalogue) => Fields.Framework(At(id, path), catalogue);

    /// <summary>A required member of a vocabulary.</summary>
    protected TEnum? Term<TEnum>(string? value, string path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
        => Fields.Term(At(value, path), vocabulary);

    /// <summary>An optional member of a vocabulary.</summary>
    protected TEnum? OptionalTerm<TEnum>(string? value, string path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
        => Fields.OptionalTerm(At(value, path), vocabulary);

    protected Footprint? Footprint(FootprintDocument? document, string path)
    {
        if (document is null)
        {
            Missing(path, "the footprint assessed, with a code, a name and a level");
            return null;
        }

        Unknown(document.Unknown, path);
        string? population = null;
        var count = Problems.Count;
        if (document.Population is JsonElement { ValueKind: JsonValueKind.Number } number)
        {
            population = number.GetRawText();
        }
        else if (document.Population is not null)
        {
            Error(ProblemCodes.WrongType, $"{path}.population", $"The value has the wrong type: expected a positive whole number of people, such as 386710; it was {Describe(document.Population)}.");
        }

        var footprint = Fields.Footprint(
            At(document.Code, $"{path}.code"),
            At(document.Name, $"{path}.name"),
            At(document.Level, $"{path}.level"),
            At(population, $"{path}.population"),
            At(document.ParentCode, $"{path}.parentCode"));
        return ErrorsSince(count) ? null : footprint;
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
            case JsonElement { ValueKind: JsonValueKind.String } text:
                return Fields.Date(At(JsonDiagnostics.Text(text) ?? "(not valid UTF-8)", path), what);
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
