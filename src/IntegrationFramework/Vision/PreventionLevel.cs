using IntegrationFramework.Collections;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Vision;

/// <summary>
/// One of the three levels of prevention the 2018 report describes ("All three levels of prevention are crucial to
/// the integration agenda"), with the report's examples.
/// </summary>
/// <param name="Tier">Which level.</param>
/// <param name="Name">"Primary prevention", "Secondary prevention" or "Tertiary prevention".</param>
/// <param name="Description">The report's definition, in its words.</param>
/// <param name="Examples">The report's examples, in its words.</param>
/// <param name="Source">Where the report gives them.</param>
public sealed record PreventionLevel(
    PreventionTier Tier,
    string Name,
    string Description,
    EquatableArray<string> Examples,
    SourceReference Source);
