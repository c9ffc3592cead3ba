using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance;

/// <summary>A budget-sharing mechanism, as the 2018 report describes it.</summary>
/// <param name="Mechanism">The mechanism.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What the report says of it, in its words.</param>
/// <param name="Source">Where the report says it.</param>
public sealed record BudgetSharingMechanismDefinition(BudgetSharingMechanism Mechanism, string Name, string Description, SourceReference Source);
