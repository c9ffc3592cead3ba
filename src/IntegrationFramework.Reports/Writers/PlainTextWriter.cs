using System.Text;
using IntegrationFramework.Reports.Content;

namespace IntegrationFramework.Reports.Writers;

/// <summary>
/// Writes a report's content as plain text for a terminal: headings on lines of their own, each level indented two
/// spaces further, tables in columns, lists numbered. What text cannot show (the radar chart) is its table.
/// </summary>
internal static class PlainTextWriter
{
    /// <summary>The document as text, with a line break after every line.</summary>
    public static string Write(Document document)
    {
        var text = new StringBuilder();
        foreach (var line in document.About)
        {
            text.AppendLine(line.Plain);
        }

        foreach (var section in document.Sections)
        {
            Section(text, section, 0);
        }

        if (document.Footer.Count > 0)
        {
            text.AppendLine();
            foreach (var line in document.Footer)
            {
                text.AppendLine(line.Plain);
            }
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, Section section, int depth)
    {
        var indent = new string(' ', 2 * depth);
        // Every section starts after a blank line, under its heading where it has one.
        text.AppendLine();
        if (section.Heading is { } heading)
        {
            text.Append(indent).AppendLine(heading.Plain);
        }

        var inner = section.Heading is null ? depth : depth + 1;
        foreach (var block in section.Blocks)
        {
            Block(text, block, new string(' ', 2 * inner));
        }

        foreach (var child in section.Sections)
        {
            Section(text, child, inner);
        }
    }

    private static void Block(StringBuilder text, Block block, string indent)
    {
        switch (block)
        {
            case Paragraph paragraph:
                text.Append(indent).AppendLine(Plain(paragraph.Text));
                break;
            case Caution caution:
                text.Append(indent).Append("Caution: ").AppendLine(caution.Text.Plain);
                break;
            case Headline headline:
                text.Append(indent).AppendLine($"Overall  {headline.Score}  {headline.Stage.Words}{(headline.Band == Display.None ? string.Empty : $"  band {headline.Band}")}  coverage {headline.Coverage}  target {headline.Target}");
                break;
            case ItemList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    text.Append(indent).AppendLine(list.Ordered ? $"{list.Start + i,3}. {Plain(list.Items[i].Text)}" : $"  - {Plain(list.Items[i].Text)}");
                }

                break;
            case Table table:
                Table(text.AppendLine(), table, indent);
                break;
            case ThemeBars bars:
                Table(text, ContentTables.Themes(bars), indent);
                break;
            case Chart { Table: { } values }:
                Table(text.AppendLine(), values, indent);
                break;
        }
    }

    /// <summary>A table in columns, two spaces apart: numbers to the right; text cut to its column's width where it has one.</summary>
    private static void Table(StringBuilder text, Table table, string indent)
    {
        var columns = table.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => !c.Column.Below).ToList();
        var widths = columns.Select(c => c.Column.Width ?? table.Rows.Select(r => r.Cells[c.Index].Plain.Length).Append(c.Column.Header.Length).Max()).ToList();
        string Line(Func<int, string> cell)
            => indent + string.Join("  ", columns.Select((c, k) => Fit(cell(c.Index), widths[k], c.Column.Numeric))).TrimEnd();

        text.AppendLine(Line(i => table.Columns[i].Header));
        foreach (var row in table.Rows)
        {
            text.AppendLine(Line(i => Plain(row.Cells[i])));
            foreach (var (column, i) in table.Columns.Select((c, i) => (c, i)).Where(c => c.c.Below && row.Cells[c.i].Plain.Length > 0))
            {
                text.Append(indent).Append("    ").Append(column.Header.ToLowerInvariant()).Append(": ").AppendLine(row.Cells[i].Plain.ReplaceLineEndings(" "));
            }

            foreach (var detail in row.Details)
            {
                text.Append(indent).Append("    ").Append(detail.Label).Append(": ").AppendLine(detail.Text.ReplaceLineEndings(" "));
            }
        }
    }

    /// <summary>Text as plain text shows it: a tag in square brackets.</summary>
    private static string Plain(Text text) => string.Concat(text.Spans.Select(s => s.Style == Style.Tag ? $"[{s.Value}]" : s.Value));

    private static string Fit(string value, int width, bool numeric)
    {
        value = value.ReplaceLineEndings(" ");
        if (value.Length > width)
        {
            value = string.Concat(value.AsSpan(0, width - 1), "…");
        }

        return numeric ? value.PadLeft(width) : value.PadRight(width);
    }
}
