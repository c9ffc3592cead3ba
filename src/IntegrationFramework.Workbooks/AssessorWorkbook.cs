using IntegrationFramework.Assessments;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// One assessor's workbook: written as .xlsx ready to fill in, read back as .xlsx or .ods after the partner filled it
/// in Excel or LibreOffice Calc.
/// </summary>
/// <remarks>
/// <para>
/// The workbook has a cover sheet (the framework and its version, the footprint, the date, the assessor, how to fill
/// it in and the progress scale with what each level means in the report) and one sheet per domain, named by its
/// code, with a row per item: its id and full text (locked), and Progress and Target cells with drop-down lists of the
/// scale as people read it ("Not started" … "Embedded", "Not applicable"), and an Evidence cell. A completeness
/// checker on the cover counts, by formula, the items rated and left on each domain sheet in scope, and the total;
/// empty Progress cells are marked amber until filled, and a count of 0 left turns green.
/// Sheets are protected without a password (the counts locked, Progress not), header rows frozen, columns sized and
/// wrapped, and pages set up for A4. The same input gives the same bytes.
/// </para>
/// <para>
/// Reading takes the workbook as Excel saves it (.xlsx) or as LibreOffice Calc saves it by default, an OpenDocument
/// spreadsheet (.ods), told apart by their content, not their names; the two are read alike. It finds the cover and
/// the domain sheets by what they hold, not their names or order; takes labels in any case and spacing, and the
/// numbers 0 to 4; and reports every problem at its sheet and cell, such as <c>PCC!C7</c>. It never throws for a bad
/// file, and refuses a hostile one within the limits of <see cref="WorkbookReadOptions"/>, which apply to both
/// formats.
/// </para>
/// <code>
/// using (var file = File.Create("croydon-council.xlsx")) AssessorWorkbook.Write(template, "council", file);
/// ReadResult&lt;Assessment&gt; back = AssessorWorkbook.Read(File.ReadAllBytes("croydon-council.xlsx"));
/// ReadResult&lt;Assessment&gt; saved = AssessorWorkbook.Read(File.ReadAllBytes("croydon-council.ods"));   // saved in Calc's own format
/// </code>
/// </remarks>
public static class AssessorWorkbook
{
    /// <summary>Writes one assessor's workbook, pre-filled with the ratings the assessment already holds for them.</summary>
    /// <param name="assessment">The assessment: a blank template, or one whose ratings pre-fill the form.</param>
    /// <param name="assessorId">The id of the assessor, one the assessment lists.</param>
    /// <param name="output">The stream to write to; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The assessment lists no assessor with that id.</exception>
    public static void Write(Assessment assessment, string assessorId, Stream output)
    {
        Preconditions.NotNull(assessment);
        Preconditions.NotNull(assessorId);
        Preconditions.NotNull(output);
        var assessor = assessment.Assessors.FirstOrDefault(a => a.Id == assessorId)
            ?? throw new ArgumentException($"The assessment lists no assessor '{assessorId}'; its assessors are {(assessment.Assessors.IsEmpty ? "none" : string.Join(", ", assessment.Assessors.Select(a => a.Id)))}.", nameof(assessorId));
        WorkbookWriter.Write(assessment, assessor, output);
    }

    /// <summary>Writes one assessor's workbook (<see cref="Write"/>) and returns its bytes.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="assessorId">The id of the assessor, one the assessment lists.</param>
    /// <returns>The workbook's bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The assessment lists no assessor with that id.</exception>
    public static byte[] ToBytes(Assessment assessment, string assessorId)
    {
        using var stream = new MemoryStream();
        Write(assessment, assessorId, stream);
        return stream.ToArray();
    }

    /// <summary>Reads a filled-in workbook, .xlsx or .ods, as an assessment with one assessor.</summary>
    /// <param name="bytes">The workbook's bytes: an .xlsx workbook or an OpenDocument spreadsheet (.ods).</param>
    /// <param name="options">Limits and checks; <see cref="WorkbookReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, each at its sheet and cell; and any warnings.</returns>
    public static ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, WorkbookReadOptions? options = null)
        => new WorkbookReader(options ?? WorkbookReadOptions.Default).Read(bytes);
}
