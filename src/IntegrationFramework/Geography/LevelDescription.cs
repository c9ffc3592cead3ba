using IntegrationFramework.Sources;

namespace IntegrationFramework.Geography;

/// <summary>What the 2018 report says of one level of place-based working.</summary>
/// <param name="Level">The level.</param>
/// <param name="Name">The name the report's later text and the NHS long-term plan work use: system, place or neighbourhood.</param>
/// <param name="ReportHeading">The heading the report gives the level: "STP and ICS", "Local" or "Neighbourhood".</param>
/// <param name="Description">What the report says of the level, in its words.</param>
/// <param name="Source">Where the report says it.</param>
public sealed record LevelDescription(Level Level, string Name, string ReportHeading, string Description, SourceReference Source);
