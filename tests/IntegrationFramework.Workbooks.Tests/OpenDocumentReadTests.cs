using System.Diagnostics;
using IntegrationFramework.Assessments;
using NodaTime;
using static IntegrationFramework.Workbooks.Tests.TestSupport.OpenDocument;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// OpenDocument spreadsheets made by hand for what Calc writes rarely or never: rows and cells repeated as far as a
/// sheet goes, text in spans, links, spaces and line breaks, typed values, merged cells and grouped rows, and a
/// mimetype that is not first. Each reads as the same workbook saved as .xlsx would.
/// </summary>
public sealed class OpenDocumentReadTests
{
    private const string Text = "The checklist's text";

    [Fact]
    public void Rows_and_columns_repeated_as_far_as_a_sheet_goes_cost_nothing_and_keep_every_cell_in_its_place()
    {
        string Sheet(string progress) => Cover() + Domain(
            "PCC",
            Row(Cell("PCC.1"), Cell(Text), Cell("In place"), "<table:table-cell table:number-columns-repeated=\"16381\"/>"),
            EmptyRows(1_000),
            // Progress and Target alike, as Calc writes two equal neighbours: one cell, repeated.
            Row(Cell("PCC.2"), Cell(Text), "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>Planned</text:p></table:table-cell>", "<table:table-cell table:number-columns-repeated=\"16381\"/>"),
            Row(Cell("PCC.3"), Cell(Text), Cell(progress)),
            EmptyRows(1_048_576));
        var good = Spreadsheet(Sheet("Embedded"));
        var bad = Spreadsheet(Sheet("half done"));
        AssessorWorkbook.Read(good);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var read = AssessorWorkbook.Read(good);
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(
            [new Rating("PCC.1", "council", Progress.InPlace), new Rating("PCC.2", "council", Progress.Planned, Progress.Planned), new Rating("PCC.3", "council", Progress.Embedded)],
            read.Value!.Ratings);
        Assert.Equal("PCC!C1005: 'half done' is not a progress level; choose one of Not started, Planned, Under development, In place, Embedded, Not applicable (or type 0 to 4).", Assert.Single(AssessorWorkbook.Read(bad).Errors).ToString());

        // Bounds against walking the 2 million empty rows and 16,384 columns one by one, not timings: the read takes milliseconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The read took {clock.Elapsed.TotalSeconds:0.00} s.");
        Assert.True(allocated < 2 * 1024 * 1024, $"The read allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void Text_markup_typed_values_merged_cells_and_grouped_rows_read_as_the_xlsx_reader_sees_them()
    {
        var ods = Spreadsheet(
            Cover(
                date: "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-10-06\"><text:p>06/10/25</text:p></table:table-cell>",
                population: "<table:table-cell office:value-type=\"float\" office:value=\"390800\"><text:p>390.8k</text:p></table:table-cell>")
            + Table(
                "Person-centred care",
                Row(Cell("PCC")),
                "<table:table-header-rows>" + Row(Cell("Item"), Cell("What the checklist asks"), Cell("Progress"), Cell("Target"), Cell("Evidence")) + "</table:table-header-rows>",
                Row(
                    Cell("PCC.1"),
                    Cell(Text),
                    "<table:table-cell office:value-type=\"float\" office:value=\"3\" calcext:value-type=\"float\"><text:p>3.00</text:p></table:table-cell>",
                    "<table:table-cell table:number-columns-repeated=\"1\"/>",
                    "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>A comment, not evidence</text:p></office:annotation>"
                        + "<text:p> Minutes<text:s text:c=\"2\"/>of<text:tab/>May <text:span text:style-name=\"T1\">2025</text:span>, see <text:a xlink:href=\"https://example.org/plan\">the plan</text:a><text:line-break/>signed </text:p>"
                        + "<text:p>Second  paragraph</text:p></table:table-cell>"),
                "<table:table-row-group>" + Row(
                    "<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>PCC.2</text:p></table:table-cell><table:covered-table-cell/>",
                    Cell("under development"),
                    Cell(" "),
                    "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>YES</text:p></table:table-cell>") + "</table:table-row-group>",
                Row(
                    Cell("PCC.3"),
                    Cell(Text),
                    "<table:table-cell office:value-type=\"string\" office:string-value=\"Embedded\"><text:p>shown otherwise</text:p></table:table-cell>",
                    Cell("Embedded"),
                    "<table:table-cell office:value-type=\"time\" office:time-value=\"PT12H00M00S\"><text:p>12:00</text:p></table:table-cell>")));

        var read = AssessorWorkbook.Read(ods);

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(new LocalDate(2025, 10, 6), read.Value!.AssessedOn);
        Assert.Equal(390_800, read.Value.Footprint.Population);
        Assert.Equal(
            [
                new Rating("PCC.1", "council", Progress.InPlace, null, " Minutes  of\tMay 2025, see the plan\nsigned \nSecond  paragraph"),
                new Rating("PCC.2", "council", Progress.UnderDevelopment, null, "TRUE"),
                new Rating("PCC.3", "council", Progress.Embedded, Progress.Embedded, "0.5"),
            ],
            read.Value.Ratings);
    }

    [Fact]
    public void The_mimetype_is_found_first_and_stored_as_ODF_asks_or_anywhere_else()
    {
        var tables = Cover() + Domain("PCC", Row(Cell("PCC.1"), Cell(Text), Cell("Planned")));
        var first = Spreadsheet(tables);
        var last = Spreadsheet(tables, mimetypeFirst: false);

        Assert.True(OpenDocumentReader.StartsAsSpreadsheet(first));
        Assert.False(OpenDocumentReader.StartsAsSpreadsheet(last));
        Assert.Equal([new Rating("PCC.1", "council", Progress.Planned)], AssessorWorkbook.Read(first).Value!.Ratings);
        Assert.Equal([new Rating("PCC.1", "council", Progress.Planned)], AssessorWorkbook.Read(last).Value!.Ratings);
    }
}
