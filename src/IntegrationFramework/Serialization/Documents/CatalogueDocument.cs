using System.Text.Json.Serialization;

namespace IntegrationFramework.Serialization.Documents;

// The shape of the catalogue, or edition, file (CatalogueJson): the frameworks' checklists with their sources, written
// by `ifw catalogue --format json` and read back as editions. Numbers are JSON values (object, a boxed JsonElement) that
// the reader checks itself; `source` is a string or an object, and `sameAs` a string or null, so both are JSON values too.

/// <summary>
/// The catalogue: one entry per framework under <see cref="Frameworks"/>, or one framework's fields at the root (what
/// the base class holds).
/// </summary>
internal sealed class CatalogueDocument : CatalogueFrameworkDocument
{
    public List<CatalogueFrameworkDocument?>? Frameworks { get; set; }
}

/// <summary>A framework of the catalogue: an edition.</summary>
internal class CatalogueFrameworkDocument
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Title { get; set; }

    /// <summary>A string, or an object with title, publisher, year and url (<see cref="CatalogueSourceDocument"/> when written).</summary>
    public object? Source { get; set; }

    public CatalogueDerivationDocument? DerivedFrom { get; set; }

    public List<CatalogueThemeDocument?>? Themes { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }

    /// <summary>Whether any of a framework's own fields is given: at the root, that the file is one framework.</summary>
    [JsonIgnore]
    public bool HasFrameworkFields => Id is not null || Version is not null || Title is not null || Source is not null || DerivedFrom is not null || Themes is not null;
}

/// <summary>The document an edition encodes, as the catalogue writes it (the reader takes the object by hand, to report each value at its path).</summary>
internal sealed class CatalogueSourceDocument
{
    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public int? Year { get; set; }

    public string? Url { get; set; }
}

/// <summary>The edition an edition revises.</summary>
internal sealed class CatalogueDerivationDocument
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A theme of the catalogue.</summary>
internal sealed class CatalogueThemeDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Section { get; set; }

    public object? Page { get; set; }

    public List<CatalogueDomainDocument?>? Domains { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A domain of the catalogue.</summary>
internal sealed class CatalogueDomainDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Headline { get; set; }

    public string? Section { get; set; }

    public object? Page { get; set; }

    public CatalogueReferenceDocument? Guidance { get; set; }

    public List<CatalogueItemDocument?>? Items { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>Where in the document something is: a section and, if known, a page.</summary>
internal sealed class CatalogueReferenceDocument
{
    public string? Section { get; set; }

    public object? Page { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>An item of the catalogue, with the section and page it comes from, and the earlier item it continues.</summary>
internal sealed class CatalogueItemDocument
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Section { get; set; }

    public object? Page { get; set; }

    /// <summary>The id of the earlier edition's item this one continues, or a JSON null for a new item; see <see cref="SameAsGiven"/>.</summary>
    public object? SameAs
    {
        get;
        set
        {
            field = value;
            SameAsGiven = true;
        }
    }

    /// <summary>Whether the file gives <c>sameAs</c> at all: <c>"sameAs": null</c> (a new item) differs from no <c>sameAs</c> (the same id).</summary>
    [JsonIgnore]
    public bool SameAsGiven { get; private set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}
