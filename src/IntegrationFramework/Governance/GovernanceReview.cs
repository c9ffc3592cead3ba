using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Governance;

/// <summary>
/// The outcome of checking a governance arrangement: the problems that make its description unusable, or else the
/// findings of every rule, most serious first.
/// </summary>
/// <remarks>Made by <see cref="Of"/> only.</remarks>
public sealed record GovernanceReview
{
    private GovernanceReview(EquatableArray<Problem> problems, EquatableArray<Finding> findings)
    {
        Problems = problems;
        Findings = findings;
    }

    /// <summary>What makes the description unusable; when there are any, no rule is run.</summary>
    public EquatableArray<Problem> Problems { get; }

    /// <summary>What the rules found, ordered by severity, then rule id, then path.</summary>
    public EquatableArray<Finding> Findings { get; }

    /// <summary>Checks an arrangement against rules; never throws for a bad description.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="rules">The rules, such as <see cref="ShiftingTheCentreOfGravity.GovernanceRules"/>.</param>
    /// <returns>The problems of the description, or the findings of the rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> or <paramref name="rules"/> is null.</exception>
    public static GovernanceReview Of(GovernanceArrangement arrangement, IEnumerable<GovernanceRule> rules)
    {
        Preconditions.NotNull(arrangement);
        Preconditions.NotNull(rules);
        var problems = arrangement.Validate();
        if (!problems.IsEmpty)
        {
            return new(problems, []);
        }

        var findings = rules
            .SelectMany(rule => rule.Evaluate(arrangement))
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToEquatableArray();
        return new([], findings);
    }
}
