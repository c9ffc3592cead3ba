using IntegrationFramework.Geography;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance;

/// <summary>A kind of governance body, as the documents describe it.</summary>
/// <param name="Kind">The kind of body.</param>
/// <param name="Name">Its name.</param>
/// <param name="Abbreviation">The abbreviation the documents use, where they use one.</param>
/// <param name="IsStatutory">
/// Whether the documents say the body has a statutory basis: <see langword="true"/> or <see langword="false"/>
/// where they say so, <see langword="null"/> where they do not.
/// </param>
/// <param name="Level">The level of place-based working the body serves, where the documents make it clear.</param>
/// <param name="Description">What a document says of the body, in its words.</param>
/// <param name="Source">Where it says it.</param>
public sealed record GovernanceBodyKindDefinition(
    GovernanceBodyKind Kind,
    string Name,
    string? Abbreviation,
    bool? IsStatutory,
    Level? Level,
    string Description,
    SourceReference Source);
