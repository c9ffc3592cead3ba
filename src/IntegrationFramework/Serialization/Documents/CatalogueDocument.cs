namespace IntegrationFramework.Serialization.Documents;

// The shape of the catalogue file (CatalogueJson): the frameworks' checklists with their sources. Written, never read.

/// <summary>The catalogue: one entry per framework.</summary>
internal sealed class CatalogueDocument
{
    public List<CatalogueFrameworkDocument>? Frameworks { get; set; }
}

/// <summary>A framework of the catalogue.</summary>
internal sealed class CatalogueFrameworkDocument
{
    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Title { get; set; }

    public string? Source { get; set; }

    public List<CatalogueThemeDocument>? Themes { get; set; }
}

/// <summary>A theme of the catalogue.</summary>
internal sealed class CatalogueThemeDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public List<CatalogueDomainDocument>? Domains { get; set; }
}

/// <summary>A domain of the catalogue.</summary>
internal sealed class CatalogueDomainDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Headline { get; set; }

    public List<CatalogueItemDocument>? Items { get; set; }
}

/// <summary>An item of the catalogue, with the section and page it comes from.</summary>
internal sealed class CatalogueItemDocument
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public string? Section { get; set; }

    public int? Page { get; set; }
}
