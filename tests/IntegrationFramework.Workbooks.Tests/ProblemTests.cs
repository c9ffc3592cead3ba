using System.IO.Compression;
using System.Text;
using IntegrationFramework.Problems;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>Every problem of a workbook names its sheet and cell, in words a partner understands; hostile files stop at a named limit.</summary>
public sealed class ProblemTests
{
    private static readonly byte[] Council = AssessorWorkbook.ToBytes(Samples.Croydon, "council");

    [Fact]
    public void A_word_that_is_not_a_level_is_named_at_its_cell_with_the_levels_to_choose_from()
    {
        var edited = Parts.Edit(Council, (name, xml) => xml.Contains(">PCC.5<", StringComparison.Ordinal) ? Parts.SetCell(xml, "C7", "half done") : xml);

        var read = AssessorWorkbook.Read(edited);

        var problem = Assert.Single(read.Errors);
        Assert.Equal("PCC!C7: 'half done' is not a progress level; choose one of Not started, Planned, Under development, In place, Embedded, Not applicable (or type 0 to 4).", problem.ToString());
        Assert.Equal(ProblemCodes.UnknownValue, problem.Code);
    }

    [Fact]
    public void Not_applicable_as_a_target_is_named_at_its_cell()
    {
        var edited = Parts.Edit(Council, (name, xml) => xml.Contains(">PCC.5<", StringComparison.Ordinal) ? Parts.SetCell(xml, "D7", "not applicable") : xml);

        var problem = Assert.Single(AssessorWorkbook.Read(edited).Errors);

        Assert.Equal("PCC!D7: 'not applicable' is not a target level; choose one of Not started, Planned, Under development, In place, Embedded (or type 0 to 4).", problem.ToString());
    }

    [Fact]
    public void A_changed_item_id_is_named_at_its_cell()
    {
        var edited = Parts.Edit(Council, (name, xml) => xml.Contains(">PCC.5<", StringComparison.Ordinal) ? Parts.SetCell(xml, "A7", "PCC.55") : xml);

        Assert.Equal("PCC!A7: 'PCC.55' is not an item of the checklist; do not change the item ids.", Assert.Single(AssessorWorkbook.Read(edited).Errors).ToString());
    }

    [Fact]
    public void A_workbook_without_a_cover_says_which_workbook_it_needs()
    {
        var edited = Parts.Edit(Council, (name, xml) => name == "xl/worksheets/sheet1.xml" ? xml.Replace(">Assessor id<", ">Someone<", StringComparison.Ordinal) : xml);

        Assert.Equal("$: The workbook has no cover sheet (a sheet with 'Assessor id' in column A); fill in an assessor's workbook written as a template of the assessment, or save the ratings as a ratings table (CSV).", Assert.Single(AssessorWorkbook.Read(edited).Errors).ToString());
    }

    [Fact]
    public void A_truncated_archive_is_damaged_and_says_to_save_it_again()
    {
        var problem = Assert.Single(AssessorWorkbook.Read(Council.AsSpan(0, Council.Length / 2)).Errors);

        Assert.Equal(WorkbookProblemCodes.DamagedWorkbook, problem.Code);
        Assert.Equal("The workbook is damaged: its archive is cut short or is not a zip archive. Open it in Excel or LibreOffice Calc and save it again as .xlsx.", problem.Message);
    }

    [Fact]
    public void Broken_XML_in_a_sheet_is_damaged_with_its_line_and_position()
    {
        var edited = Parts.Edit(Council, (name, xml) => name == Parts.Sheet(0) ? xml[..(xml.Length / 2)] : xml);

        var problem = Assert.Single(AssessorWorkbook.Read(edited).Errors);

        Assert.Equal(WorkbookProblemCodes.DamagedWorkbook, problem.Code);
        Assert.StartsWith("The workbook is damaged: one of its parts is not the XML a workbook holds (line 1, position ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_compression_ratio_named_with_its_option()
    {
        var bomb = Parts.Edit(Council, (name, xml) => name == Parts.Sheet(0) ? xml.Replace("</x:sheetData>", $"</x:sheetData><!--{new string(' ', 20_000_000)}-->", StringComparison.Ordinal) : xml);

        var problem = Assert.Single(AssessorWorkbook.Read(bomb, WorkbookReadOptions.Default with { LimitNames = new("--max-unzipped-mib", "--max-compression-ratio", "--max-parts", "--max-rows", "--max-cell-chars") }).Errors);

        Assert.Equal(WorkbookProblemCodes.WorkbookTooLarge, problem.Code);
        Assert.Matches("^The part xl/worksheets/sheet2.xml is compressed [0-9,]+ to 1 \\([0-9,]+ bytes in [0-9,]+\\), as zip bombs are; the limit is 100 to 1, which --max-compression-ratio raises.$", problem.Message);
    }

    [Fact]
    public void More_than_the_unzipped_limit_stops_there()
    {
        var big = Parts.Edit(Council, (name, xml) => name == Parts.Sheet(0) ? xml.Replace("</x:sheetData>", $"</x:sheetData><!--{new string(' ', 2_000_000)}-->", StringComparison.Ordinal) : xml);

        var problem = Assert.Single(AssessorWorkbook.Read(big, new WorkbookReadOptions { MaxUncompressedBytes = 1024 * 1024, MaxCompressionRatio = 100_000 }).Errors);

        Assert.Equal("$: The workbook holds more than 1 MiB once unzipped; the limit is 1 MiB, which WorkbookReadOptions.MaxUncompressedBytes raises.", problem.ToString());
    }

    [Fact]
    public void More_parts_than_the_limit_stop_there()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
            for (var i = 0; i < 200; i++)
            {
                zip.CreateEntry($"xl/media/image{i}.png");
            }
        }

        Assert.Equal("$: The workbook has 201 parts; the limit is 200, which WorkbookReadOptions.MaxParts raises.", Assert.Single(AssessorWorkbook.Read(stream.ToArray()).Errors).ToString());
    }

    [Fact]
    public void More_rows_than_the_limit_stop_at_the_sheet()
    {
        var problem = Assert.Single(AssessorWorkbook.Read(Council, new WorkbookReadOptions { MaxRowsPerSheet = 10 }).Errors);

        Assert.Equal("Cover!A12: The sheet Cover has more than 10 rows; the limit is 10, which WorkbookReadOptions.MaxRowsPerSheet raises.", problem.ToString());
    }

    [Fact]
    public void A_cell_longer_than_the_limit_is_named_at_its_cell()
    {
        var problems = AssessorWorkbook.Read(Council, new WorkbookReadOptions { MaxCellCharacters = 200 }).Errors;

        Assert.Contains(problems, p => p.ToString() == "TRA!B4: The cell holds 233 characters; the limit is 200, which WorkbookReadOptions.MaxCellCharacters raises.");
    }

    [Fact]
    public void A_text_file_given_as_a_workbook_says_what_it_is()
    {
        var problem = Assert.Single(AssessorWorkbook.Read(Encoding.UTF8.GetBytes("framework,footprint_code\n")).Errors);

        Assert.Equal(ProblemCodes.WrongKindOfFile, problem.Code);
        Assert.EndsWith(", not a workbook; a workbook is an .xlsx or .ods file as Excel or LibreOffice Calc saves it.", problem.Message, StringComparison.Ordinal);
    }
}
