using System.Text;

namespace IntegrationFramework.Serialization;

/// <summary>
/// RFC 4180 comma-separated values: fields separated by commas, records ended by CRLF, a field quoted when it holds a
/// comma, a quote, a line break or leading or trailing white space, and quotes inside it doubled. The parser also
/// accepts LF line ends, a byte order mark and blank lines between records.
/// </summary>
internal static class Csv
{
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        field = Guard(field);

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0 && !char.IsWhiteSpace(field[0]) && !char.IsWhiteSpace(field[^1]))
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>
    /// A text field a spreadsheet would run as a formula — one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a
    /// tab or a carriage return (OWASP's list for CSV injection, CWE-1236) — with a single quote before it, so a
    /// spreadsheet shows it as text; numbers (<c>-2.5</c>) are left as they are. A field that already starts with a
    /// quote before such a character gets one more, so that <see cref="Unguard"/> gives back exactly what was written.
    /// </summary>
    public static string Guard(string field) => Triggers(field) && !IsNumber(field) ? "'" + field : field;

    /// <summary>A field as it was before <see cref="Guard"/>: the one single quote that guard added, removed.</summary>
    public static string Unguard(string field)
        => field.Length > 1 && field[0] == '\'' && Triggers(field.AsSpan(1)) && !IsNumber(field.AsSpan(1)) ? field[1..] : field;

    /// <summary>Whether a spreadsheet would read the text as a formula, after any single quotes a guard put before it.</summary>
    private static bool Triggers(ReadOnlySpan<char> text)
    {
        var start = text.IndexOfAnyExcept('\'');
        return start >= 0 && text[start] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>Whether the text is a number as written, such as <c>-2.5</c> or <c>+3</c>: no white space around it, which a spreadsheet would not read so.</summary>
    private static bool IsNumber(ReadOnlySpan<char> text)
        => double.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowExponent, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>A record and the line it starts on (from 1).</summary>
    public readonly record struct Record(int Line, string[] Fields);

    /// <summary>The separators a table may use: commas as this library writes, and semicolons and tabs as spreadsheets do in many locales.</summary>
    public static readonly char[] Separators = [',', ';', '\t'];

    /// <summary>The separator of a table: the first of comma, semicolon and tab that its header line holds, else a comma.</summary>
    public static char SeparatorOf(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        foreach (var separator in Separators)
        {
            if (header.Contains(separator))
            {
                return separator;
            }
        }

        return ',';
    }

    /// <summary>Parses every record, or stops at the first malformed one and says why.</summary>
    public static (List<Record> Records, string? Error, int ErrorLine) Parse(string text, char separator = ',')
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atRecordStart = true;
        while (i <= text.Length)
        {
            if (atRecordStart && i < text.Length && (text[i] == '\r' || text[i] == '\n'))
            {
                // A blank line between records.
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                continue;
            }

            if (atRecordStart)
            {
                if (i == text.Length)
                {
                    break;
                }

                recordLine = line;
                atRecordStart = false;
            }

            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                var openedOn = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return (records, $"A quoted field opened on line {openedOn} is never closed.", openedOn);
                    }

                    var c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n' || (c == '\r' && (i >= text.Length || text[i] != '\n')))
                    {
                        line++;
                    }

                    field.Append(c);
                }

                if (i < text.Length && text[i] != separator && text[i] is not ('\r' or '\n'))
                {
                    return (records, $"Line {line} has '{text[i]}' after a closing quote; a quoted field ends with a quote followed by a separator or the end of the line.", line);
                }
            }
            else
            {
                while (i < text.Length && text[i] != separator && text[i] is not ('\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        return (records, $"Line {line} has a quote inside a field that is not quoted; quote the whole field and double the quote.", line);
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            if (i < text.Length && text[i] == separator)
            {
                i++;
                continue;
            }

            // The end of a record: a line break or the end of the text.
            records.Add(new Record(recordLine, [.. fields]));
            fields.Clear();
            atRecordStart = true;
            if (i >= text.Length)
            {
                break;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++;
        }

        return (records, null, 0);
    }
}
