using IntegrationFramework.Assessments;
using IntegrationFramework.Problems;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// Workbooks proven by real spreadsheet programs: one filled from an assessment survives LibreOffice Calc opening and
/// saving it; a blank one filled in by openpyxl, as a partner's script would, reads as the ratings typed.
/// </summary>
public sealed class SpreadsheetProgramTests
{
    [Fact]
    public void A_workbook_filled_from_an_assessment_reads_back_the_same_after_LibreOffice_Calc_saves_it()
    {
        var written = AssessorWorkbook.ToBytes(Samples.Croydon, "icb");
        var saved = Programs.ResaveInCalc(written);

        Assert.NotEqual(written, saved);
        var before = AssessorWorkbook.Read(written);
        var after = AssessorWorkbook.Read(saved);
        Assert.True(after.Succeeded, string.Join("\n", after.Problems));
        Assert.Empty(after.Problems);
        Assert.Equal(before.Value, after.Value);
        Assert.Equal(Samples.Croydon.Ratings.Where(r => r.AssessorId == "icb").OrderBy(r => r.ItemId, StringComparer.Ordinal), after.Value!.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal));
    }

    [Fact]
    public void A_blank_template_filled_in_with_openpyxl_reads_as_the_ratings_typed_labels_numbers_and_all()
    {
        var blank = AssessorWorkbook.ToBytes(Samples.BlankCroydon, "vcse");
        // As a partner would: find the sheet by its tab, the row by its item id; type labels in odd case, a number,
        // leave some empty; move a sheet and rename another.
        var filled = Programs.FillWithOpenpyxl(blank, """
            import sys, openpyxl
            path = sys.argv[1]
            book = openpyxl.load_workbook(path)
            def rate(sheet, item, progress, target=None, evidence=None):
                ws = book[sheet]
                for row in ws.iter_rows(min_row=3):
                    if row[0].value == item:
                        row[2].value = progress
                        if target is not None: row[3].value = target
                        if evidence is not None: row[4].value = evidence
                        return
                raise SystemExit('no row for ' + item)
            rate('TRA', 'TRA.1', 'in place', 'Embedded', 'Board minutes, March')
            rate('TRA', 'TRA.2', 3)
            rate('PCC', 'PCC.4', ' UNDER development ')
            rate('INF', 'INF.5', 'Not applicable')
            rate('INF', 'INF.1', None, None, 'Waiting for the data team')
            book.move_sheet('INF', offset=-5)
            book['PCC'].title = 'Person-centred care'
            book.save(path)
            """);

        var read = AssessorWorkbook.Read(filled);

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(
            [
                new Rating("INF.5", "vcse", Progress.NotApplicable),
                new Rating("PCC.4", "vcse", Progress.UnderDevelopment),
                new Rating("TRA.1", "vcse", Progress.InPlace, Progress.Embedded, "Board minutes, March"),
                new Rating("TRA.2", "vcse", Progress.InPlace),
            ],
            read.Value!.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal));
        var warning = Assert.Single(read.Problems);
        Assert.Equal(ProblemCodes.NotYetRated, warning.Code);
        Assert.Equal("INF!C3", warning.Path);
        Assert.Equal("INF.1 has evidence but no progress yet, so it is not scored; it stays in the workbook. Choose a progress to count it.", warning.Message);
    }
}
