using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>A partnership whose only budget mechanism is payment by results, which the report calls counterproductive to partnership working.</summary>
public sealed class PaymentByResultsOnlyRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        if (!arrangement.Budgets.IsEmpty && arrangement.Budgets.All(b => b.Mechanism == BudgetSharingMechanism.PaymentByResults))
        {
            yield return Find(
                "Payment by results is the partnership's only budget mechanism; the report says payment-by-results arrangements are seen as counterproductive to partnership working, as they create incentives in acute trusts to drive up activity to increase income.",
                "Share budgets through pooled or aligned budgets, or move towards capitated or outcome-based payment.",
                "$.budgets");
        }
    }
}
