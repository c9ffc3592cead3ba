namespace IntegrationFramework.Problems;

/// <summary>
/// Something wrong with an input, said so a person can fix it: a stable <see cref="Code"/> for programs, the
/// <see cref="Path"/> of the offending value, and a <see cref="Message"/> for people.
/// </summary>
/// <remarks>
/// Paths are JSON paths into the assessment file format, such as <c>$.ratings[3].progress</c>, so a problem found in
/// an assessment built in code points at the same place as one found in its file. The codes are listed in
/// <see cref="ProblemCodes"/>; they never change meaning.
/// </remarks>
/// <param name="Code">A stable, kebab-case code, one of <see cref="ProblemCodes"/>.</param>
/// <param name="Path">The JSON path of the offending value, such as <c>$.ratings[3].item</c>.</param>
/// <param name="Message">What is wrong and what would be right, for a person.</param>
/// <param name="Severity">Whether the input can still be used.</param>
public sealed record Problem(string Code, string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>The path and the message, as a tool prints them.</summary>
    /// <returns>For example <c>$.ratings[3].item: Item 'TRA.9' is not in the checklist …</c>.</returns>
    public override string ToString() => Severity == ProblemSeverity.Warning ? $"{Path}: warning: {Message}" : $"{Path}: {Message}";
}
