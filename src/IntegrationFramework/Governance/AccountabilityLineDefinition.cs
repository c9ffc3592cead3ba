using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance;

/// <summary>A line of accountability, as the documents describe it.</summary>
/// <param name="Line">The line.</param>
/// <param name="Name">Its name.</param>
/// <param name="IsPlaceBased">Whether the line runs to the place (local people, its partners, its health and wellbeing board) rather than nationally or within one organisation.</param>
/// <param name="Description">What a document says of it, in its words.</param>
/// <param name="Source">Where it says it.</param>
public sealed record AccountabilityLineDefinition(AccountabilityLine Line, string Name, bool IsPlaceBased, string Description, SourceReference Source);
