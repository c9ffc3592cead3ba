using System.Globalization;
using System.Text;
using System.Xml;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// The text of a cell of an OpenDocument spreadsheet, as the .xlsx reader would see the same cell saved as .xlsx: a
/// number's value (<c>office:value</c>), a date or time as the serial number Excel stores, TRUE or FALSE, a string's
/// <c>office:string-value</c> when Calc wrote one, else its <c>text:p</c> paragraphs joined by a line break, with
/// <c>text:s</c>, <c>text:tab</c>, <c>text:line-break</c> and the text of spans and links. White space in the
/// paragraphs is kept as written, as Calc itself reads it back: Calc writes doubled and trailing spaces as they are,
/// not as <c>text:s</c>, so collapsing them as ODF 1.2 §6.1.2 asks would change the evidence a partner typed. A
/// cell's text is kept to one character past the limit, however many spaces a <c>text:c</c> claims.
/// </summary>
internal static class OpenDocumentCell
{
    public const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private const string CalcExt = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    /// <summary>Day 0 of a spreadsheet's serial dates.</summary>
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly string[] DateForms = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    /// <summary>
    /// Reads the cell the reader is on, to past its end: its text, or null when it is empty or over
    /// <paramref name="max"/> characters; and its length, counted in full.
    /// </summary>
    public static (string? Text, long Length) Read(XmlReader reader, int max)
    {
        if (Value(reader) is { } value)
        {
            reader.Skip();
            return (value.Length is > 0 && value.Length <= max ? value : null, value.Length);
        }

        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (null, 0);
        }

        var text = new Capped(max);
        var depth = reader.Depth;
        var paragraphs = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (Is(reader, Text, "p"))
            {
                if (paragraphs++ > 0)
                {
                    text.Append('\n', 1);
                }

                Paragraph(reader, text);
            }
            else
            {
                // Comments (office:annotation), drawings and anything else a cell may hold are not its text.
                reader.Skip();
            }
        }

        reader.Read();
        return (text.Length is > 0 && text.Length <= max ? text.ToString() : null, text.Length);
    }

    /// <summary>The value a typed cell holds in its attributes, as the .xlsx reader would read it; null to read the paragraphs.</summary>
    private static string? Value(XmlReader reader)
    {
        if (reader.GetAttribute("value-type", CalcExt) == "error")
        {
            return null;
        }

        return reader.GetAttribute("value-type", Office) switch
        {
            "float" or "percentage" or "currency" => reader.GetAttribute("value", Office) is { } number && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? number.Trim() : null,
            "date" => Date(reader.GetAttribute("date-value", Office)),
            "time" => Time(reader.GetAttribute("time-value", Office)),
            "boolean" => reader.GetAttribute("boolean-value", Office) switch { "true" => "TRUE", "false" => "FALSE", var other => other },
            "string" => reader.GetAttribute("string-value", Office),
            _ => null,
        };
    }

    /// <summary>A date as the serial number (days since 1899-12-30) that Excel stores and the .xlsx reader reads.</summary>
    private static string? Date(string? value)
        => DateTime.TryParseExact(value?.Trim(), DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date - Epoch).TotalDays.ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary>A time (an ISO 8601 duration such as PT12H30M00S) as the fraction of a day that Excel stores.</summary>
    private static string? Time(string? value)
    {
        try
        {
            return value is null ? null : XmlConvert.ToTimeSpan(value.Trim()).TotalDays.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Reads a <c>text:p</c> to past its end, its character data as it is (see the class's remarks on white space).</summary>
    private static void Paragraph(XmlReader reader, Capped text)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    text.Append(reader.Value);
                    reader.Read();
                    break;
                case XmlNodeType.Element when Is(reader, Text, "s"):
                    text.Append(' ', Count(reader.GetAttribute("c", Text)));
                    reader.Skip();
                    break;
                case XmlNodeType.Element when Is(reader, Text, "tab"):
                    text.Append('\t', 1);
                    reader.Skip();
                    break;
                case XmlNodeType.Element when Is(reader, Text, "line-break"):
                    text.Append('\n', 1);
                    reader.Skip();
                    break;
                case XmlNodeType.Element when Is(reader, Text, "note-body") || Is(reader, Text, "ruby-text") || Is(reader, Office, "annotation") || reader.NamespaceURI == Draw:
                    // Not part of the paragraph's text (ODF 1.2 §6.1.1).
                    reader.Skip();
                    break;
                default:
                    // A span, a link or another inline element: its text is the paragraph's.
                    reader.Read();
                    break;
            }
        }

        reader.Read();
    }

    /// <summary>Whether the reader is on the element <paramref name="name"/> of the namespace.</summary>
    public static bool Is(XmlReader reader, string ns, string name)
        => reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI == ns;

    /// <summary>
    /// A repeat count as ODF writes it (<c>text:c</c>, <c>table:number-…-repeated</c>): a positive whole number, 1 when
    /// absent or not one, and at most <see cref="int.MaxValue"/>, so that adding it to a row or column cannot overflow.
    /// </summary>
    public static long Count(string? value)
        => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? Math.Min(count, int.MaxValue) : 1;

    /// <summary>Text that keeps no more than one character past its limit, and counts the rest.</summary>
    private sealed class Capped(int max)
    {
        private readonly StringBuilder builder = new();

        public long Length { get; private set; }

        public void Append(string value)
        {
            var room = max + 1L - builder.Length;
            if (room > 0)
            {
                builder.Append(value, 0, (int)Math.Min(room, value.Length));
            }

            Length += value.Length;
        }

        public void Append(char c, long count)
        {
            var room = max + 1L - builder.Length;
            if (room > 0)
            {
                builder.Append(c, (int)Math.Min(room, count));
            }

            Length = count > long.MaxValue - Length ? long.MaxValue : Length + count;
        }

        public override string ToString() => builder.ToString();
    }
}
