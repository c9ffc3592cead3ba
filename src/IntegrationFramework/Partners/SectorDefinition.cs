using IntegrationFramework.Sources;

namespace IntegrationFramework.Partners;

/// <summary>A sector, as the documents name it.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">Words from a document that name the sector.</param>
/// <param name="Source">Where those words appear.</param>
public sealed record SectorDefinition(Sector Sector, string Name, string Description, SourceReference Source);
