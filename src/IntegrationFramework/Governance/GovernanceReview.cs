using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;

namespace IntegrationFramework.Governance;

/// <summary>
/// The outcome of checking a governance arrangement: the problems that make its description unusable, or else the
/// findings of every rule, most serious first.
/// </summary>
/// <param name="Problems">What makes the description unusable; when there are any, no rule is run.</param>
/// <param name="Findings">What the rules found, ordered by severity, then rule id, then path.</param>
public sealed record GovernanceReview(EquatableArray<Problem> Problems, EquatableArray<Finding> Findings)
{
    /// <summary>Checks an arrangement against rules; never throws for a bad description.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="rules">The rules; <see cref="GovernanceRules.All"/> when <see langword="null"/>.</param>
    /// <returns>The problems of the description, or the findings of the rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is null.</exception>
    public static GovernanceReview Of(GovernanceArrangement arrangement, IEnumerable<GovernanceRule>? rules = null)
    {
        Preconditions.NotNull(arrangement);
        var problems = arrangement.Validate();
        if (!problems.IsEmpty)
        {
            return new(problems, []);
        }

        var findings = (rules ?? GovernanceRules.All)
            .SelectMany(rule => rule.Evaluate(arrangement))
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToEquatableArray();
        return new([], findings);
    }
}
