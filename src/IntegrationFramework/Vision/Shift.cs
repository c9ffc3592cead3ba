using IntegrationFramework.Sources;

namespace IntegrationFramework.Vision;

/// <summary>
/// One of the seven shifts that give the 2018 report its title: changes that need to be made to deliver effective
/// health, care and wellbeing transformation (section 1, "Shifting the centre of gravity").
/// </summary>
/// <param name="Id">A stable identifier, <c>SHF.1</c> to <c>SHF.7</c>, in the report's order.</param>
/// <param name="Text">The shift, in the report's words.</param>
/// <param name="Source">Where the report states it.</param>
public sealed record Shift(string Id, string Text, SourceReference Source);
