using IntegrationFramework.Guards;

namespace IntegrationFramework.Governance.Rules;

/// <summary>
/// One of the five elements the 2018 report says arrangements for accountability should include (section 4): the
/// arrangement meets it when some body has it.
/// </summary>
public sealed class AccountabilityElementRule : GovernanceRule
{
    private readonly Func<GovernanceBody, bool> hasElement;
    private readonly string missing;
    private readonly string remedy;

    /// <summary>Creates the rule for one element.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="severity">How much a missing element matters.</param>
    /// <param name="element">The element, with its source.</param>
    /// <param name="hasElement">Whether a body has the element.</param>
    /// <param name="missing">What a finding says when no body has it.</param>
    /// <param name="remedy">What would provide it.</param>
    public AccountabilityElementRule(string id, FindingSeverity severity, AccountabilityElement element, Func<GovernanceBody, bool> hasElement, string missing, string remedy)
        : base(id, severity, Preconditions.NotNull(element).Source)
    {
        Element = element;
        this.hasElement = Preconditions.NotNull(hasElement);
        this.missing = Preconditions.NotBlank(missing);
        this.remedy = Preconditions.NotBlank(remedy);
    }

    /// <summary>The element the rule looks for.</summary>
    public AccountabilityElement Element { get; }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        if (!arrangement.Bodies.Any(hasElement))
        {
            yield return Find($"{missing} The report says arrangements for accountability should include \"{Element.Text}\".", remedy, "$.bodies");
        }
    }
}
