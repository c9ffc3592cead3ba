using IntegrationFramework.Collections;

namespace IntegrationFramework.Checklists;

/// <summary>
/// One row of a cross-walk between frameworks: an entry of one framework (a checklist item or a driver) and the
/// domains of another framework that cover the same ground.
/// </summary>
/// <remarks>
/// Cross-walks are this library's editorial mapping, made by reading both documents; neither document states them.
/// </remarks>
/// <param name="From">The identifier of the entry being mapped, such as <c>IND.2</c> or <c>DRV.4</c>.</param>
/// <param name="ToDomains">The codes of the corresponding domains in the other framework, in that framework's order.</param>
public sealed record CrossWalkEntry(string From, EquatableArray<string> ToDomains);
