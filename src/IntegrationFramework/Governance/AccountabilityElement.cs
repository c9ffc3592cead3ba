using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance;

/// <summary>
/// One of the five elements the 2018 report says arrangements for accountability should include
/// (section 4, "Accountability").
/// </summary>
/// <remarks>
/// Four of the five are restated as items of the checklist's <c>GOV</c> domain. The fifth, "a shift in balance from
/// national to place-based system accountability", appears only in section 4, so its
/// <see cref="ChecklistItemId"/> is <see langword="null"/>.
/// </remarks>
/// <param name="Id">A stable identifier, <c>ACC.1</c> to <c>ACC.5</c>, in the report's order.</param>
/// <param name="Name">A short name for the element.</param>
/// <param name="Text">The element, in the report's words.</param>
/// <param name="ChecklistItemId">The <c>GOV</c> checklist item that restates the element, or <see langword="null"/> where none does.</param>
/// <param name="Source">Where the report lists the element.</param>
public sealed record AccountabilityElement(string Id, string Name, string Text, string? ChecklistItemId, SourceReference Source);
