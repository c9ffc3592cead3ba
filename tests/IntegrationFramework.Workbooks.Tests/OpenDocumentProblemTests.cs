using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks.Tests.TestSupport;
using static IntegrationFramework.Workbooks.Tests.TestSupport.OpenDocument;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// A damaged or hostile OpenDocument spreadsheet stops at a named limit or is called damaged with what to do, in the
/// words the .xlsx reader uses; repeats that claim more than a sheet can hold cost no more than the limits allow.
/// </summary>
public sealed class OpenDocumentProblemTests
{
    private static readonly string Sheets = Cover() + Domain("PCC", Row(Cell("PCC.1"), Cell("The checklist's text"), Cell("Planned")));

    [Fact]
    public void A_file_over_the_size_limit_stops_before_it_is_opened()
    {
        var ods = Spreadsheet(Sheets);

        var problem = Assert.Single(AssessorWorkbook.Read(ods, new WorkbookReadOptions { File = ReadOptions.Default with { MaxBytes = 1024 } }).Errors);

        Assert.Equal(ProblemCodes.FileTooLarge, problem.Code);
        Assert.StartsWith($"The file is {ods.Length:N0} bytes; the limit is 1,024 bytes, which ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_the_unzipped_limit_stops_there()
    {
        var big = Spreadsheet(Sheets.Replace("</table:table>", $"</table:table><!--{new string(' ', 2_000_000)}-->", StringComparison.Ordinal));

        var problem = Assert.Single(AssessorWorkbook.Read(big, new WorkbookReadOptions { MaxUncompressedBytes = 1024 * 1024, MaxCompressionRatio = 100_000 }).Errors);

        Assert.Equal("$: The workbook holds more than 1 MiB once unzipped; the limit is 1 MiB, which WorkbookReadOptions.MaxUncompressedBytes raises.", problem.ToString());
    }

    [Fact]
    public void A_content_xml_whose_headers_say_it_is_small_is_never_inflated_past_what_they_say()
    {
        var big = Spreadsheet(Sheets.Replace("</table:table>", $"</table:table><!--{new string(' ', 2_000_000)}-->", StringComparison.Ordinal));
        var lying = SayUnzippedSize(big, "content.xml", 1000);

        var problem = Assert.Single(AssessorWorkbook.Read(lying, new WorkbookReadOptions { MaxUncompressedBytes = 1024 * 1024, MaxCompressionRatio = 100_000 }).Errors);

        // The archive check counts what it inflates, not the header; and the zip reader stops at the header's 1,000
        // bytes, so the part reads cut short: damaged, never 2 MB read under a limit of 1 MiB.
        Assert.Equal(WorkbookProblemCodes.DamagedWorkbook, problem.Code);
        Assert.StartsWith("$: The workbook is damaged: one of its parts is not the XML a workbook holds (line 2, position ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_stops_at_the_compression_ratio_named_with_its_option()
    {
        var bomb = Spreadsheet(Sheets.Replace("</table:table>", $"</table:table><!--{new string(' ', 20_000_000)}-->", StringComparison.Ordinal));

        var problem = Assert.Single(AssessorWorkbook.Read(bomb, WorkbookReadOptions.Default with { LimitNames = new("--max-unzipped-mib", "--max-compression-ratio", "--max-parts", "--max-rows", "--max-cell-chars") }).Errors);

        Assert.Equal(WorkbookProblemCodes.WorkbookTooLarge, problem.Code);
        Assert.Matches("^The part content.xml is compressed [0-9,]+ to 1 \\([0-9,]+ bytes in [0-9,]+\\), as zip bombs are; the limit is 100 to 1, which --max-compression-ratio raises.$", problem.Message);
    }

    [Fact]
    public void More_parts_than_the_limit_stop_there()
    {
        var ods = Zip(Content(Sheets), true, [.. Enumerable.Range(0, 198).Select(i => ($"Pictures/image{i}.png", "x"))]);

        Assert.Equal("$: The workbook has 201 parts; the limit is 200, which WorkbookReadOptions.MaxParts raises.", Assert.Single(AssessorWorkbook.Read(ods).Errors).ToString());
    }

    [Fact]
    public void A_row_of_text_repeated_a_million_times_stops_at_the_row_limit_at_once()
    {
        var ods = Spreadsheet(Sheets + Table("Notes", "<table:table-row table:number-rows-repeated=\"1048576\">" + Cell("a note") + "</table:table-row>"));

        var clock = Stopwatch.StartNew();
        var problem = Assert.Single(AssessorWorkbook.Read(ods).Errors);

        Assert.Equal("Notes!A10001: The sheet Notes has more than 10,000 rows; the limit is 10,000, which WorkbookReadOptions.MaxRowsPerSheet raises.", problem.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The read took {clock.Elapsed.TotalSeconds:0.00} s.");
    }

    [Fact]
    public void Text_repeated_across_every_column_and_a_million_rows_stops_at_the_unzipped_limit_written_out()
    {
        var ods = Spreadsheet(Sheets + Table("Notes", "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"));

        var clock = Stopwatch.StartNew();
        var problem = Assert.Single(AssessorWorkbook.Read(ods, new WorkbookReadOptions { MaxRowsPerSheet = 1_000_000 }).Errors);

        Assert.Equal("$: The workbook holds more than 64 MiB of cells once its repeated rows and cells are written out; the limit is 64 MiB, which WorkbookReadOptions.MaxUncompressedBytes raises.", problem.ToString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"The read took {clock.Elapsed.TotalSeconds:0.00} s.");
    }

    [Fact]
    public void A_cell_of_a_million_spaces_is_named_at_its_cell_without_being_built()
    {
        var ods = Spreadsheet(Cover() + Domain("PCC", Row(Cell("PCC.1"), Cell("The checklist's text"), Cell("Planned"), Cell(string.Empty), "<table:table-cell office:value-type=\"string\"><text:p>x<text:s text:c=\"1000000\"/></text:p></table:table-cell>")));
        AssessorWorkbook.Read(ods);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var problem = Assert.Single(AssessorWorkbook.Read(ods).Errors);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("PCC!E3: The cell holds 1,000,001 characters; the limit is 32,767, which WorkbookReadOptions.MaxCellCharacters raises.", problem.ToString());
        Assert.True(allocated < 1_000_000, $"The read allocated {allocated:N0} bytes, as if it built the cell's million characters (2 MB).");
    }

    [Fact]
    public void A_truncated_ods_is_damaged_and_says_to_save_it_again_in_Calc_or_Excel()
    {
        var ods = CalcReturns.Untouched.Ods;

        var problem = Assert.Single(AssessorWorkbook.Read(ods.AsSpan(0, ods.Length / 2)).Errors);

        Assert.Equal(WorkbookProblemCodes.DamagedWorkbook, problem.Code);
        Assert.Equal("The workbook is damaged: its archive is cut short or is not a zip archive. Open it in LibreOffice Calc or Excel and save it again.", problem.Message);
    }

    [Fact]
    public void A_zip_with_a_mimetype_but_no_content_xml_is_damaged_and_says_what_it_lacks()
    {
        Assert.Equal(
            "$: The workbook is damaged: it has no content.xml, the part that holds an OpenDocument spreadsheet's sheets. Open it in LibreOffice Calc or Excel and save it again.",
            Assert.Single(AssessorWorkbook.Read(Zip(content: null)).Errors).ToString());
    }

    [Fact]
    public void Broken_XML_in_content_xml_is_damaged_with_its_line_and_position()
    {
        var content = Content(Sheets);

        var problem = Assert.Single(AssessorWorkbook.Read(Zip(content[..(content.Length / 2)])).Errors);

        Assert.Equal(WorkbookProblemCodes.DamagedWorkbook, problem.Code);
        Assert.StartsWith("The workbook is damaged: one of its parts is not the XML a workbook holds (line ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Open it in LibreOffice Calc or Excel and save it again.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DOCTYPE_in_content_xml_is_refused_not_expanded()
    {
        var content = Content(Sheets).Replace("<office:document-content", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><office:document-content", StringComparison.Ordinal);

        var problem = Assert.Single(AssessorWorkbook.Read(Zip(content)).Errors);

        Assert.Equal(WorkbookProblemCodes.DamagedWorkbook, problem.Code);
    }

    [Fact]
    public void An_ods_without_sheets_says_so()
    {
        Assert.Equal("$: The workbook has no sheets; open it in LibreOffice Calc or Excel and save it again.", Assert.Single(AssessorWorkbook.Read(Spreadsheet(string.Empty)).Errors).ToString());
    }

    /// <summary>Writes a false unzipped size for an entry into its local header and the central directory, as a zip bomb would.</summary>
    private static byte[] SayUnzippedSize(byte[] zip, string name, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var pattern = Encoding.ASCII.GetBytes(name);
        for (var at = 0; (at = bytes.AsSpan(at).IndexOf(pattern) is var found and >= 0 ? at + found : -1) >= 0; at += pattern.Length)
        {
            if (at >= 30 && BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at - 30)) == 0x04034b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at - 30 + 22), size);
            }
            else if (at >= 46 && BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at - 46)) == 0x02014b50)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at - 46 + 24), size);
            }
        }

        using var check = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(size, check.GetEntry(name)!.Length);
        return bytes;
    }
}
