using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Intake;

/// <summary>
/// A file format that also holds the partners' filled action plans (as <see cref="Collecting.ActionPlan"/> lays them
/// out), such as a workbook: given among the partners' files to <see cref="FileIntake.ReadMerged"/>, a plan's rows with
/// an action join the merged assessment. A plan as a CSV table needs no format: the intake reads it itself.
/// </summary>
public interface IActionPlanFormat
{
    /// <summary>Whether a file of this format is an action plan rather than a partner's ratings.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>Whether it is a plan.</returns>
    bool IsPlan(ReadOnlySpan<byte> bytes);

    /// <summary>Reads a filled plan's actions, each problem at its place in the file.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="framework">The framework whose items the plan's rows name.</param>
    /// <returns>The actions, or the problems that prevent them.</returns>
    ReadResult<IReadOnlyList<PlannedAction>> ReadPlan(ReadOnlySpan<byte> bytes, Framework framework);
}
