using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Turns a parsed edition file into its frameworks, or the problems that prevent them: every problem of the file with
/// its JSON path, never a throw. An edition derives from one the catalogue in use knows, or one earlier in the file.
/// </summary>
internal sealed partial class EditionReader(ReadOptions options) : DocumentReader
{
    /// <summary>The most themes, domains and items together an edition file may hold: some hundred times the 2018 checklist's 99.</summary>
    public const int MaxItems = 10_000;

    private readonly List<Framework> read = [];
    private int itemCount;

    public ReadResult<IReadOnlyList<Framework>> Read(CatalogueDocument document)
    {
        Unknown(document.Unknown, "$");
        if (document.Frameworks is { } frameworks)
        {
            if (document.HasFrameworkFields)
            {
                Error(ProblemCodes.InvalidValue, "$", "The file gives both 'frameworks' and a framework's own fields at its root; give the editions as a list under 'frameworks', or one edition's fields at the root, not both.");
            }
            else if (frameworks.Count == 0)
            {
                Error(ProblemCodes.EmptyGroup, "$.frameworks", "'frameworks' lists no edition; give at least one, with its id, version, title, source and themes.");
            }

            for (var i = 0; i < frameworks.Count && !TooMany(); i++)
            {
                Framework(frameworks[i], $"$.frameworks[{i}]");
            }
        }
        else if (!document.HasFrameworkFields)
        {
            Missing("$.frameworks", "the editions, each with an id, a version, a title, a source and its themes");
        }
        else
        {
            Framework(document, "$");
        }

        return HasErrors ? ReadResult.Failure<IReadOnlyList<Framework>>(Problems.ToEquatableArray()) : ReadResult.Success<IReadOnlyList<Framework>>(read.ToArray(), Problems.ToEquatableArray());
    }

    private bool TooMany() => itemCount > MaxItems;

    private void Framework(CatalogueFrameworkDocument? document, string path)
    {
        if (document is null)
        {
            Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an edition, a JSON object with id, version, title, source and themes; it was null.");
            return;
        }

        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var id = Identifier(document.Id, $"{path}.id");
        var version = Text(document.Version, $"{path}.version", "the edition's version, such as 1.0.0");
        var title = Text(document.Title, $"{path}.title", "the title of the edition's document");
        var derivedFrom = DerivedFrom(document.DerivedFrom, $"{path}.derivedFrom");
        var source = Source(document.Source, $"{path}.source", id, title);
        var checklist = Checklist(document.Themes, $"{path}.themes", source, derivedFrom, document.DerivedFrom is not null);
        if (id is not null && (read.Exists(f => f.Id == id)))
        {
            Error(ProblemCodes.DuplicateId, $"{path}.id", $"The file gives the edition '{id}' twice; give each edition an id of its own.");
        }

        if (ErrorsSince(before) || checklist is null)
        {
            return;
        }

        Framework framework;
        try
        {
            framework = new Framework(id!, version!, source!, new Checklist(checklist.Value.Themes), default, checklist.Value.Derivation);
        }
        catch (ArgumentException exception)
        {
            // The checks above mirror every rule of the constructors; this is the net under them.
            Error(ProblemCodes.InvalidValue, path, $"The edition cannot be built: {exception.Message}");
            return;
        }

        if (options.Frameworks.Find(framework.Id) is { } known)
        {
            if (known.Version != framework.Version)
            {
                Error(ProblemCodes.EditionClash, $"{path}.version", $"'{framework.Id}' is already the id of the edition '{known.Title}' at version {known.Version}, and this file gives version {framework.Version}; give this edition an id of its own, such as '{framework.Id}-local'.");
                return;
            }

            if (ChecklistDifference.First(known.Checklist, framework.Checklist) is { } difference)
            {
                Error(ProblemCodes.EditionClash, $"{path}.id", $"'{framework.Id}' is already the id of the edition '{known.Title}' {known.Version}, whose checklist differs from this one at {difference}; give this edition an id of its own, such as '{framework.Id}-local'.");
                return;
            }

            // The same edition written out and read back: the one already known, with its case examples, stands.
            framework = known;
        }

        read.Add(framework);
    }

    private Framework? DerivedFrom(CatalogueDerivationDocument? document, string path)
    {
        if (document is null)
        {
            return null;
        }

        Unknown(document.Unknown, path);
        var id = Text(document.Id, $"{path}.id", "the id of the edition this one revises");
        var version = Text(document.Version, $"{path}.version", "the version of the edition this one revises");
        if (id is null || version is null)
        {
            return null;
        }

        var known = read.Find(f => f.Id == id) ?? options.Frameworks.Find(id);
        if (known is null)
        {
            var ids = string.Join(", ", options.Frameworks.All.Select(f => f.Id).Concat(read.Select(f => f.Id)));
            Error(ProblemCodes.UnknownFramework, $"{path}.id", $"The edition derives from '{id}', which is not known: the editions known are {ids}; derive from one of them, or give the edition '{id}' before this one, in this file or in an edition file read first.");
            return null;
        }

        if (known.Version != version)
        {
            Error(ProblemCodes.UnknownFramework, $"{path}.version", $"The edition derives from {id} {version}, but the {id} known is version {known.Version}; give {known.Version}, the version known.");
            return null;
        }

        return known;
    }

    private SourceDocument? Source(object? value, string path, string? id, string? title)
    {
        switch (value)
        {
            case null:
                Missing(path, "the document the edition encodes: its title as a string, or an object with title, publisher, year and url");
                return null;
            case JsonElement { ValueKind: JsonValueKind.String } text:
                var described = Text(JsonDiagnostics.Text(text), path, "the document the edition encodes");
                return described is null || id is null ? null : new SourceDocument(id, described, null, null);
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return SourceObject(element, path, id, title);
            default:
                Error(ProblemCodes.WrongType, path, $"The value has the wrong type: expected the document's title as a string, or an object with title, publisher, year and url; it was {Describe(value)}.");
                return null;
        }
    }

    private SourceDocument? SourceObject(JsonElement element, string path, string? id, string? title)
    {
        var before = Problems.Count;

        // Read by hand rather than deserialised, so that a value of the wrong type is reported at its path in the file.
        string? Field(string name)
        {
            if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Error(ProblemCodes.WrongType, $"{path}.{name}", $"The value has the wrong type: expected a string; it was {JsonDiagnostics.Describe(value)}.");
                return null;
            }

            return JsonDiagnostics.Text(value) ?? string.Empty;
        }

        Unknown(element.EnumerateObject().Where(p => p.Name is not ("title" or "publisher" or "year" or "url")).ToDictionary(p => p.Name, p => (object)p.Value), path);
        var documentTitle = Fields.Optional(At(Field("title"), $"{path}.title"), "leave it out to use the edition's title") ?? title;
        var publisher = Fields.Optional(At(Field("publisher"), $"{path}.publisher"), "leave it out when the document names none");
        int? published = null;
        if (element.TryGetProperty("year", out var year) && year.ValueKind != JsonValueKind.Null)
        {
            published = year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var given) && given is >= 1000 and <= 9999 ? given : null;
            if (published is null)
            {
                Error(year.ValueKind == JsonValueKind.Number ? ProblemCodes.InvalidValue : ProblemCodes.WrongType, $"{path}.year", $"The year must be four digits, from 1000 to 9999, such as 2026; it was {JsonDiagnostics.Describe(year)}.");
            }
        }

        Uri? url = null;
        if (Field("url") is { } address && (!Uri.TryCreate(address, UriKind.Absolute, out url) || url.Scheme is not ("https" or "http")))
        {
            Error(ProblemCodes.InvalidValue, $"{path}.url", $"'{address}' is not an http or https address; give the document's web address, starting https://.");
        }

        return ErrorsSince(before) || id is null || documentTitle is null ? null : new SourceDocument(id, documentTitle, publisher, published) { Url = url };
    }

    private int? Page(object? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        if (value is JsonElement { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var page) && page >= 1)
        {
            return page;
        }

        Error(value is JsonElement { ValueKind: JsonValueKind.Number } ? ProblemCodes.InvalidValue : ProblemCodes.WrongType, path, $"The page must be a whole number of 1 or more, such as 36; it was {Describe(value)}.");
        return null;
    }

    private string? Identifier(string? value, string path)
    {
        var text = Text(value, path, "the edition's id, such as our-place-2026");
        if (text is not null && !FrameworkId().IsMatch(text))
        {
            Error(ProblemCodes.InvalidValue, path, $"'{text}' cannot be an edition's id: use up to 100 letters, digits, full stops, hyphens and underscores, starting with a letter or digit, with no spaces, such as our-place-2026.");
            return null;
        }

        return text;
    }

    private string? Code(string? value, string path, string what)
    {
        var text = Text(value, path, what);
        if (text is not null && !CodePattern().IsMatch(text))
        {
            Error(ProblemCodes.InvalidValue, path, $"'{text}' cannot be {what}: use 1 to 16 letters, digits, hyphens and underscores, with no spaces or full stops, such as LOC.");
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex FrameworkId();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,16}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^(?<code>[A-Za-z0-9_-]{1,16})\.(?<number>[1-9][0-9]{0,8})$")]
    private static partial Regex ItemIdPattern();
}
