using IntegrationFramework.Sources;

namespace IntegrationFramework.Vision;

/// <summary>
/// One of the four headlines of the 2018 report's vision for health, care and wellbeing (section 2), focused on
/// people rather than systems or structures.
/// </summary>
/// <param name="Id">A stable identifier, <c>VIS.1</c> to <c>VIS.4</c>, in the report's order.</param>
/// <param name="Headline">The headline, in the report's words.</param>
/// <param name="Text">The report's paragraph under the headline.</param>
/// <param name="Source">Where the report states it.</param>
public sealed record VisionOutcome(string Id, string Headline, string Text, SourceReference Source);
