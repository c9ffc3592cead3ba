using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance;

/// <summary>What a governance rule found in an arrangement, citing the document it rests on and saying what would satisfy it.</summary>
/// <param name="RuleId">The rule's stable id, such as <c>ACC-5</c>.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What was found, for a person.</param>
/// <param name="Remedy">What would satisfy the rule.</param>
/// <param name="Path">Where in the arrangement, as a JSON path such as <c>$.functions[2]</c>; <c>$</c> for the whole.</param>
/// <param name="Source">The passage of the report or paper the rule rests on.</param>
public sealed record Finding(string RuleId, FindingSeverity Severity, string Message, string Remedy, string Path, SourceReference Source)
{
    /// <summary>The rule, severity, path and message.</summary>
    /// <returns>For example <c>ACC-5 concern at $: No body gives a voice …</c>.</returns>
    public override string ToString() => $"{RuleId} {Severity.ToString().ToLowerInvariant()} at {Path}: {Message}";
}
