using IntegrationFramework.Geography;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>
/// Subsidiarity: a function carried out above the level its source gives it (the 2018 report for most; the LGA paper
/// for the joint strategic needs assessment and the joint health and wellbeing strategy), such as multidisciplinary
/// teams run at system level, when decisions should be delegated to the most local appropriate level.
/// </summary>
/// <remarks>
/// The report says that which functions are best carried out at each level is still being worked out ("Work on the
/// NHS long-term plan is developing greater understanding about the levels … and which functions, services and
/// decisions are best carried out at each", p. 29): the finding is advisory, and says so.
/// </remarks>
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
                    $"{function.Name} is carried out at {Name(placement.Level)} level; {Placer(function)} places it at {Name(function.Level)} level, and subsidiarity asks for decisions at the most local appropriate level (the report adds that which functions are best carried out at each level is still being worked out).",
                    $"Carry out {function.Name.ToLowerInvariant()} at {Name(function.Level)} level, or delegate it there.",
                    $"$.functions[{i}]",
                    source: function.Source);
            }
        }
    }

    private static string Name(Level level) => level.ToString().ToLowerInvariant();

    /// <summary>Who places the function: the report (this rule's own source), or the document it comes from.</summary>
    private string Placer(Function function)
        => function.Source.Document == Source.Document ? "the report" : $"the {function.Source.Document.Title}";
}
