using System.Text.Json;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Serialization;

/// <summary>An edition's themes, domains and items, and what its items continue in the edition it derives from.</summary>
internal sealed partial class EditionReader
{
    private (EquatableArray<Theme> Themes, Derivation? Derivation)? Checklist(
        List<CatalogueThemeDocument?>? documents, string path, SourceDocument? source, Framework? derivedFrom, bool derivationGiven)
    {
        if (documents is null or { Count: 0 })
        {
            Error(documents is null ? ProblemCodes.MissingProperty : ProblemCodes.EmptyGroup, path, "An edition needs at least one theme, each with its domains and their items.");
            return null;
        }

        var state = new ChecklistState(derivedFrom, derivationGiven);
        var themes = new List<Theme>();
        for (var t = 0; t < documents.Count && !TooMany(); t++)
        {
            itemCount++;
            if (Theme(documents[t], $"{path}[{t}]", source, state) is { } theme)
            {
                themes.Add(theme);
            }
        }

        if (TooMany())
        {
            Error(ProblemCodes.TooManyItems, path, $"The file holds more than {MaxItems:N0} themes, domains and items; an edition file may hold at most {MaxItems:N0} of them together.");
        }

        return themes.Count == documents.Count && source is not null && !TooMany()
            ? (themes.ToEquatableArray(), derivedFrom is null ? null : new Derivation(derivedFrom.Id, derivedFrom.Version, state.SameAs))
            : null;
    }

    private Theme? Theme(CatalogueThemeDocument? document, string path, SourceDocument? source, ChecklistState state)
    {
        if (document is null)
        {
            Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected a theme, a JSON object with code, name and domains; it was null.");
            return null;
        }

        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var code = Code(document.Code, $"{path}.code", "a theme's code");
        var name = Text(document.Name, $"{path}.name", "the theme's name");
        if (code is not null && !state.Themes.Add(code))
        {
            Error(ProblemCodes.DuplicateId, $"{path}.code", $"The edition has two themes {code}; give each theme a code of its own.");
        }

        var section = Reference(document.Section, document.Page, path, source, name);
        var domains = new List<Domain>();
        if (document.Domains is null or { Count: 0 })
        {
            Error(document.Domains is null ? ProblemCodes.MissingProperty : ProblemCodes.EmptyGroup, $"{path}.domains", $"{(code is null ? "This theme" : $"The theme {code}")} has no domain; give it at least one, or leave the theme out.");
        }

        for (var d = 0; d < (document.Domains?.Count ?? 0) && !TooMany(); d++)
        {
            itemCount++;
            if (Domain(document.Domains![d], $"{path}.domains[{d}]", code, name, source, state) is { } domain)
            {
                domains.Add(domain);
            }
        }

        return ErrorsSince(before) || section is null ? null : new Theme(code!, name!, domains.ToEquatableArray(), section);
    }

    private Domain? Domain(CatalogueDomainDocument? document, string path, string? themeCode, string? themeName, SourceDocument? source, ChecklistState state)
    {
        if (document is null)
        {
            Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected a domain, a JSON object with code, name and items; it was null.");
            return null;
        }

        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var code = Code(document.Code, $"{path}.code", "a domain's code");
        var name = Text(document.Name, $"{path}.name", "the domain's name");
        var headline = Fields.Optional(At(document.Headline, $"{path}.headline"), "leave it out when the domain's list has no introductory sentence");
        if (code is not null && !state.Domains.Add(code))
        {
            Error(ProblemCodes.DuplicateId, $"{path}.code", $"The edition has two domains {code}; give each domain a code of its own.");
        }
        else if (code is not null && !state.DomainsIgnoringCase.TryAdd(code, code))
        {
            // Each domain is a workbook's sheet, and spreadsheets take sheet names that differ only in case as one.
            Error(ProblemCodes.DuplicateId, $"{path}.code", $"The edition has domains {state.DomainsIgnoringCase[code]} and {code}, which differ only in case; a partner's workbook names a sheet after each domain, and spreadsheets take those as one name: give each domain a code of its own.");
        }
        else if (code is not null && ReservedSheetNames.Contains(code))
        {
            Error(ProblemCodes.InvalidValue, $"{path}.code", $"'{code}' cannot be a domain's code: a partner's workbook names a sheet after each domain, and '{code}' is a sheet name the workbook or the spreadsheet keeps for itself; choose another.");
        }

        var defaultSection = themeName is null || name is null ? null : $"{themeName} › {name}";
        var reference = Reference(document.Section, document.Page, path, source, defaultSection);
        SourceReference? guidance = null;
        if (document.Guidance is { } given)
        {
            Unknown(given.Unknown, $"{path}.guidance");
            guidance = Reference(Text(given.Section, $"{path}.guidance.section", "the section of the document that explains the domain"), given.Page, $"{path}.guidance", source, null);
        }

        var items = new List<ChecklistItem>();
        if (document.Items is null or { Count: 0 })
        {
            Error(document.Items is null ? ProblemCodes.MissingProperty : ProblemCodes.EmptyGroup, $"{path}.items", $"{(code is null ? "This domain" : $"The domain {code}")} has no item; give it at least one, or leave the domain out.");
        }

        for (var i = 0; i < (document.Items?.Count ?? 0) && !TooMany(); i++)
        {
            itemCount++;
            if (Item(document.Items![i], $"{path}.items[{i}]", code, defaultSection, source, state, items.Count > 0 ? items[^1] : null) is { } item)
            {
                items.Add(item);
            }
        }

        return ErrorsSince(before) || reference is null || themeCode is null ? null : new Domain(code!, name!, themeCode, headline, items.ToEquatableArray(), reference, guidance);
    }

    private ChecklistItem? Item(CatalogueItemDocument? document, string path, string? domainCode, string? defaultSection, SourceDocument? source, ChecklistState state, ChecklistItem? previous)
    {
        if (document is null)
        {
            Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an item, a JSON object with id and text; it was null.");
            return null;
        }

        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var id = Text(document.Id, $"{path}.id", $"the item's id, its domain's code, a full stop and a number, such as {domainCode ?? "LOC"}.1");
        var text = Text(document.Text, $"{path}.text", "the item's text, as the document words it");
        int number = 0;
        if (id is not null && domainCode is not null)
        {
            var match = ItemIdPattern().Match(id);
            if (!match.Success || match.Groups["code"].Value != domainCode)
            {
                Error(ProblemCodes.InvalidValue, $"{path}.id", $"'{id}' cannot be an item of domain {domainCode}: an item's id is its domain's code, a full stop and a number from 1, without leading zeros, such as {domainCode}.1.");
            }
            else if (!state.Items.Add(id))
            {
                Error(ProblemCodes.DuplicateId, $"{path}.id", $"The edition has two items {id}; give each item an id of its own.");
            }
            else
            {
                number = int.Parse(match.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                if (previous is not null && number <= previous.Number)
                {
                    Error(ProblemCodes.InvalidValue, $"{path}.id", $"{id} comes after {previous.Id}: a domain's items are numbered in ascending order (numbers may be left out where an item was dropped).");
                }
            }
        }

        var reference = Reference(document.Section, document.Page, path, source, defaultSection);
        if (number > 0)
        {
            // Only an item whose id is good and its own says what it continues: a duplicate would be told twice.
            SameAs(document, path, id!, state);
        }

        return ErrorsSince(before) || reference is null || number == 0 ? null : new ChecklistItem(domainCode!, number, text!, reference);
    }

    private void SameAs(CatalogueItemDocument document, string path, string id, ChecklistState state)
    {
        string? earlier;
        switch (document.SameAs)
        {
            case null when !document.SameAsGiven:
                earlier = id;
                break;
            case null:
                earlier = null;
                break;
            case JsonElement { ValueKind: JsonValueKind.Null }:
                earlier = null;
                break;
            case JsonElement { ValueKind: JsonValueKind.String } given when Text(JsonDiagnostics.Text(given), $"{path}.sameAs", "the id of the earlier item this one continues") is { } named:
                earlier = named;
                break;
            case JsonElement { ValueKind: JsonValueKind.String }:
                return;
            default:
                Error(ProblemCodes.WrongType, $"{path}.sameAs", $"The value has the wrong type: expected the id of the earlier item this one continues, as a string, or null for a new item; it was {Describe(document.SameAs)}.");
                return;
        }

        if (state.DerivedFrom is not { } derivedFrom)
        {
            if (document.SameAsGiven && !state.DerivationGiven)
            {
                Error(ProblemCodes.InvalidValue, $"{path}.sameAs", "'sameAs' says what an item continues in the edition this one derives from, but the edition gives no 'derivedFrom'; give it, or leave 'sameAs' out.");
            }

            return;
        }

        if (document.SameAsGiven)
        {
            state.SameAs[id] = earlier;
        }

        if (earlier is null || (!document.SameAsGiven && derivedFrom.Checklist.FindItem(earlier) is null))
        {
            return;
        }

        if (derivedFrom.Checklist.FindItem(earlier) is null)
        {
            Error(ProblemCodes.UnknownItem, $"{path}.sameAs", $"'{earlier}' is no item of {derivedFrom.Id} {derivedFrom.Version}, which this edition derives from; name one of its items, such as {derivedFrom.Checklist.Items[0].Id}, or give null for a new item.");
        }
        else if (!state.Continued.TryAdd(earlier, id))
        {
            Error(ProblemCodes.DuplicateId, document.SameAsGiven ? $"{path}.sameAs" : $"{path}.id", document.SameAsGiven
                ? $"{state.Continued[earlier]} already continues {earlier} of {derivedFrom.Id}; an earlier item is continued by one item at most: give one of them \"sameAs\": null."
                : $"{id} continues {earlier} of {derivedFrom.Id} by its own id, which {state.Continued[earlier]} already continues (its sameAs); give {id} a \"sameAs\" of its own (null when it is new).");
        }
    }

    private SourceReference? Reference(string? section, object? page, string path, SourceDocument? source, string? defaultSection)
    {
        var given = Fields.Optional(At(section, $"{path}.section"), "leave it out to use the theme's and domain's names");
        var number = Page(page, $"{path}.page");
        return source is null || (given ?? defaultSection) is not { } text ? null : new SourceReference(source, text, number);
    }

    /// <summary>Sheet names a domain cannot take: the partner's workbook's cover, and the name Excel keeps for itself.</summary>
    private static readonly HashSet<string> ReservedSheetNames = new(["Cover", "History"], StringComparer.OrdinalIgnoreCase);

    /// <summary>What an edition's checklist has so far: its codes and ids, and what its items continue.</summary>
    private sealed class ChecklistState(Framework? derivedFrom, bool derivationGiven)
    {
        public Framework? DerivedFrom { get; } = derivedFrom;

        public bool DerivationGiven { get; } = derivationGiven;

        public HashSet<string> Themes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Domains { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> DomainsIgnoringCase { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Items { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string?> SameAs { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Continued { get; } = new(StringComparer.Ordinal);
    }
}
