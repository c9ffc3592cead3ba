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
        Assert.Equal("plain,,\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\" padded \",=SUM(A1)\r\n", Write("plain", null, "a, b", "say \"hi\"", "two\r\nlines", " padded ", "=SUM(A1)"));
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
}
