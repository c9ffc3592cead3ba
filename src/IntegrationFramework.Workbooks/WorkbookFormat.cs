using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// Assessors' workbooks (<see cref="AssessorWorkbook"/>) as a format of the core's <see cref="FileIntake"/>: add it to
/// read workbooks among the partners' files.
/// </summary>
/// <example>
/// <code>
/// var intake = new FileIntake([.. FileIntake.CoreFormats, new WorkbookFormat()]);
/// </code>
/// </example>
public sealed class WorkbookFormat : IFileFormat, IActionPlanFormat
{
    private readonly WorkbookReadOptions limits;

    /// <summary>Creates the format, reading workbooks within <paramref name="limits"/>.</summary>
    /// <param name="limits">
    /// The workbook's own limits (unzipped size, compression, parts, rows, cell characters); <see cref="WorkbookReadOptions.Default"/>
    /// when <see langword="null"/>. Its <see cref="WorkbookReadOptions.File"/> is replaced by the options the intake reads with.
    /// </param>
    public WorkbookFormat(WorkbookReadOptions? limits = null) => this.limits = limits ?? WorkbookReadOptions.Default;

    /// <inheritdoc/>
    public FileKind Kind => FileKind.Workbook;

    /// <inheritdoc/>
    public string Name => "an assessor's workbook (.xlsx or .ods)";

    /// <inheritdoc/>
    public EquatableArray<string> Extensions { get; } = [".xlsx", ".ods"];

    /// <inheritdoc/>
    public ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, ReadOptions options)
        => AssessorWorkbook.Read(bytes, limits with { File = Preconditions.NotNull(options) });

    /// <summary>Whether the workbook is an action plan (<see cref="ActionPlanWorkbook"/>): it has a sheet named "Action plan".</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>Whether it is a plan.</returns>
    public bool IsPlan(ReadOnlySpan<byte> bytes) => ActionPlanWorkbook.IsPlan(bytes);

    /// <summary>Reads a filled plan workbook's actions, each problem at its cell of the "Action plan" sheet.</summary>
    /// <param name="bytes">The workbook's bytes.</param>
    /// <param name="framework">The framework whose items the plan's rows name.</param>
    /// <returns>The actions, or the problems that prevent them.</returns>
    public ReadResult<IReadOnlyList<PlannedAction>> ReadPlan(ReadOnlySpan<byte> bytes, Checklists.Framework framework)
        => ActionPlanWorkbook.Read(bytes, framework, limits);
}
