using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>A pooled budget that does not rest on a formal Section 75 partnership agreement.</summary>
public sealed class PooledBudgetSection75Rule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        for (var i = 0; i < arrangement.Budgets.Count; i++)
        {
            var budget = arrangement.Budgets[i];
            if (budget.Pooled && !budget.UnderSection75Agreement)
            {
                yield return Find(
                    $"The pooled budget '{budget.Name}' does not rest on a Section 75 agreement; the report describes pooling through formal Section 75 partnership agreements.",
                    "Put the pool under a formal Section 75 partnership agreement, or align the budgets instead of pooling them.",
                    $"$.budgets[{i}]");
            }
        }
    }
}
