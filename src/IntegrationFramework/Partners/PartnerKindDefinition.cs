using IntegrationFramework.Sources;

namespace IntegrationFramework.Partners;

/// <summary>A kind of partner, as the documents name it, with its sector.</summary>
/// <param name="Kind">The kind of partner.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Words from a document that name this kind of partner.</param>
/// <param name="Source">Where those words appear.</param>
public sealed record PartnerKindDefinition(PartnerKind Kind, string Name, string Description, SourceReference Source)
{
    /// <summary>The sector it belongs to (<see cref="PartnerKindExtensions.Sector"/>).</summary>
    public Sector Sector => Kind.Sector();
}
