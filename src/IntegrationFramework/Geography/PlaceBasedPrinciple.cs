using IntegrationFramework.Sources;

namespace IntegrationFramework.Geography;

/// <summary>
/// One of the principles the 2018 report says should be considered in developing place-based systems
/// (section 4, "Shaping place-based systems and new care models").
/// </summary>
/// <param name="Id">A stable identifier, <c>PBP.1</c> to <c>PBP.5</c>, in the report's order.</param>
/// <param name="Text">The principle, in the report's words.</param>
/// <param name="ChecklistItemId">The checklist item that restates the principle (a <c>PBS</c> item).</param>
/// <param name="Source">Where the report states it.</param>
public sealed record PlaceBasedPrinciple(string Id, string Text, string ChecklistItemId, SourceReference Source);
