using IntegrationFramework.Guards;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance;

/// <summary>
/// A rule the documents state that a partnership's arrangements should meet. A rule has a stable id, a severity and
/// the passage it rests on, and returns a <see cref="Finding"/> for each way an arrangement falls short.
/// </summary>
/// <remarks>
/// Add a rule by writing one small subclass and passing an instance to <see cref="GovernanceReview.Of"/> with the others (such as <see cref="ShiftingTheCentreOfGravity.GovernanceRules"/>); rules see
/// only valid arrangements (see <see cref="GovernanceArrangement.Validate"/>).
/// </remarks>
public abstract class GovernanceRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable id, such as <c>BUDGET-1</c>.</param>
    /// <param name="severity">How much a finding of the rule matters.</param>
    /// <param name="source">The passage the rule rests on.</param>
    protected GovernanceRule(string id, FindingSeverity severity, SourceReference source)
    {
        Id = Preconditions.NotBlank(id);
        Severity = Preconditions.Defined(severity);
        Source = Preconditions.NotNull(source);
    }

    /// <summary>The rule's stable id, such as <c>BUDGET-1</c>.</summary>
    public string Id { get; }

    /// <summary>How much a finding of the rule matters.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>The passage the rule rests on.</summary>
    public SourceReference Source { get; }

    /// <summary>Checks a valid arrangement against the rule.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <returns>A finding for each way the arrangement falls short; none when it meets the rule.</returns>
    public abstract IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement);

    /// <summary>A finding of this rule.</summary>
    /// <param name="message">What was found.</param>
    /// <param name="remedy">What would satisfy the rule.</param>
    /// <param name="path">Where in the arrangement.</param>
    /// <param name="severity">The severity, when it is not the rule's own.</param>
    /// <param name="source">The passage, when it is more specific than the rule's own.</param>
    /// <returns>The finding.</returns>
    protected Finding Find(string message, string remedy, string path = "$", FindingSeverity? severity = null, SourceReference? source = null)
        => new(Id, severity ?? Severity, message, remedy, path, source ?? Source);
}
