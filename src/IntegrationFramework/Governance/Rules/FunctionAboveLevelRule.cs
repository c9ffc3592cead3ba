using IntegrationFramework.Geography;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>
/// Subsidiarity: a function carried out above the level the 2018 report gives it, such as multidisciplinary teams run
/// at system level, when decisions should be delegated to the most local appropriate level.
/// </summary>
public sealed class FunctionAboveLevelRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        for (var i = 0; i < arrangement.Functions.Count; i++)
        {
            var placement = arrangement.Functions[i];
            var function = placement.Function;
            if (placement.Level > function.Level)
            {
                yield return Find(
                    $"{function.Name} is carried out at {Name(placement.Level)} level; the report places it at {Name(function.Level)} level, and subsidiarity asks for decisions at the most local appropriate level.",
                    $"Carry out {function.Name.ToLowerInvariant()} at {Name(function.Level)} level, or delegate it there.",
                    $"$.functions[{i}]",
                    source: function.Source);
            }
        }
    }

    private static string Name(Level level) => level.ToString().ToLowerInvariant();
}
