using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>A pooled budget whose partners have no risk-sharing agreement covering all of them.</summary>
public sealed class PooledBudgetRiskSharingRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        var agreements = arrangement.Budgets.Where(b => b.Mechanism == BudgetSharingMechanism.RiskSharingAgreement).ToList();
        for (var i = 0; i < arrangement.Budgets.Count; i++)
        {
            var budget = arrangement.Budgets[i];
            if (budget.Pooled && !agreements.Exists(a => budget.PartnerIds.All(id => a.PartnerIds.Contains(id))))
            {
                yield return Find(
                    $"The pooled budget '{budget.Name}' has no risk-sharing agreement between all its partners; the report gives formal risk-sharing agreements as an example of shared arrangements related to budgets.",
                    "Agree how the partners share the pool's risks, overspends and underspends, in a risk-sharing agreement covering every partner in it.",
                    $"$.budgets[{i}]");
            }
        }
    }
}
