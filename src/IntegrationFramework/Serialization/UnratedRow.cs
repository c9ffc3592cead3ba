using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>
/// A row not yet rated (its progress empty, as a template writes it) is no rating; a target or evidence on it is kept
/// in the file but not scored, which this warning says. One wording for every reader: JSON, CSV and workbooks (which
/// compile this file too).
/// </summary>
internal static class UnratedRow
{
    /// <summary>The warning for such a row, or null when it carries neither a target nor evidence.</summary>
    /// <param name="path">Where the row's progress is.</param>
    /// <param name="item">The row's item id, if it has one.</param>
    /// <param name="assessor">The row's assessor id, if it has one; null when the file has one assessor.</param>
    /// <param name="target">Whether the row has a target.</param>
    /// <param name="evidence">Whether the row has evidence.</param>
    /// <param name="file">What the file is called in the message: <c>file</c>, <c>workbook</c>.</param>
    /// <param name="act">What the person does to a progress: <c>Give</c>, <c>Choose</c>.</param>
    public static Problem? Warning(ProblemLocation path, string? item, string? assessor, bool target, bool evidence, string file = "file", string act = "Give")
    {
        var given = (target, evidence) switch
        {
            (true, true) => "a target and evidence",
            (true, false) => "a target",
            (false, true) => "evidence",
            _ => null,
        };
        if (given is null)
        {
            return null;
        }

        var what = string.IsNullOrWhiteSpace(item) ? "The row" : item;
        var whose = assessor is null ? string.Empty : $" for {(string.IsNullOrWhiteSpace(assessor) ? "its assessor" : assessor)}";
        return new(ProblemCodes.NotYetRated, path, $"{what}{whose} has {given} but no progress yet, so it is not scored; it stays in the {file}. {act} a progress to count it.", ProblemSeverity.Warning);
    }
}
