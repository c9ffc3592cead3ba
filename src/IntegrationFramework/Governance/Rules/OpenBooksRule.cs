using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>Shared budgets without an 'open books' policy between the partners.</summary>
public sealed class OpenBooksRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        if (arrangement.Budgets.Any(b => b.IsShared) && !arrangement.Budgets.Any(b => b.Mechanism == BudgetSharingMechanism.OpenBooksPolicy))
        {
            yield return Find(
                "The partners share budgets without an 'open books' policy; the checklist asks that an 'open books' policy operates, particularly when considering savings or efficiencies.",
                "Agree an open-books policy between the partners who share budgets.",
                "$.budgets");
        }
    }
}
