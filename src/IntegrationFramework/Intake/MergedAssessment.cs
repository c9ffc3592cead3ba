using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Intake;

/// <summary>
/// What <see cref="FileIntake.ReadMerged"/> gives: the partners' files of one assessment merged into one, and what
/// each assessor returned ("council 74 of 86 rated; vcse no file").
/// </summary>
public sealed record MergedAssessment
{
    internal MergedAssessment(Assessment assessment, EquatableArray<AssessorReturn> returns, EquatableArray<string> files)
    {
        Assessment = Preconditions.NotNull(assessment);
        Returns = returns;
        Files = files;
    }

    /// <summary>The merged assessment.</summary>
    public Assessment Assessment { get; }

    /// <summary>Each assessor's return, in the order the assessment lists them.</summary>
    public EquatableArray<AssessorReturn> Returns { get; }

    /// <summary>The names of the files merged, in the order given.</summary>
    public EquatableArray<string> Files { get; }

    /// <summary>The merge in a sentence, as a tool prints it.</summary>
    /// <returns>For example <c>Merged 3 files: council 3 of 86 rated; icb 3 of 86 rated; vcse no file.</c></returns>
    public override string ToString() => $"Merged {Files.Count} {(Files.Count == 1 ? "file" : "files")}: {string.Join("; ", Returns)}.";
}
