using IntegrationFramework.Geography;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>
/// Scale: a function carried out below the scale it needs, such as ambulance or specialised services commissioned at
/// neighbourhood or place level, when the report says they "will generally be commissioned across an even larger
/// geographical footprint, to ensure the scale and population cover required" (p. 29).
/// </summary>
public sealed class FunctionBelowScaleRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        for (var i = 0; i < arrangement.Functions.Count; i++)
        {
            var placement = arrangement.Functions[i];
            if (placement.Function is { MinimumLevel: { } minimum } function && placement.Level < minimum)
            {
                yield return Find(
                    $"{function.Name} are commissioned at {Name(placement.Level)} level; the report says they will generally be commissioned across a footprint of {Name(minimum)} level or wider, to ensure the scale and population cover required.",
                    $"Commission {function.Name.ToLowerInvariant()} at {Name(minimum)} level or across a wider footprint.",
                    $"$.functions[{i}]",
                    source: function.Source);
            }
        }
    }

    private static string Name(Level level) => level.ToString().ToLowerInvariant();
}
