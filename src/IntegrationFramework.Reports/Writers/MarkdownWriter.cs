using System.Globalization;
using System.Text;
using IntegrationFramework.Reports.Content;

namespace IntegrationFramework.Reports.Writers;

/// <summary>
/// Writes a report's content as GitHub-flavoured Markdown for a wiki or a pull request: headings, tables, lists and
/// links to the anchors of the appendix's rows. Every text from a file (names, evidence) is made safe: HTML written as
/// entities, the characters of links, code and emphasis escaped, so a wiki shows it and never runs or links it.
/// </summary>
internal static class MarkdownWriter
{
    /// <summary>The document as Markdown.</summary>
    public static string Write(Document document)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(document.Heading)).AppendLine();
        foreach (var line in document.About)
        {
            md.AppendLine(Inline(line)).AppendLine();
        }

        foreach (var section in document.Sections)
        {
            Section(md, section, 2);
        }

        if (document.Footer.Count > 0)
        {
            md.AppendLine("---");
            md.AppendLine(string.Join(" ", document.Footer.Select(Inline)));
        }

        return md.ToString();
    }

    private static void Section(StringBuilder md, Section section, int level)
    {
        if (section.Heading is { } heading)
        {
            md.Append('#', Math.Min(level, 6)).Append(' ').AppendLine(Inline(heading)).AppendLine();
        }

        foreach (var block in section.Blocks)
        {
            Block(md, block);
        }

        foreach (var child in section.Sections)
        {
            Section(md, child, section.Heading is null ? level : level + 1);
        }
    }

    private static void Block(StringBuilder md, Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                md.AppendLine(Inline(paragraph.Text)).AppendLine();
                break;
            case Caution caution:
                md.Append("> **Caution.** ").AppendLine(Inline(caution.Text)).AppendLine();
                break;
            case Headline headline:
                md.AppendLine(CultureInfo.InvariantCulture, $"**Overall {headline.Score}** ({Escape(headline.Stage.Words)}){(headline.Band == Display.None ? string.Empty : $", band {headline.Band}")}, coverage {headline.Coverage}, target {headline.Target}.").AppendLine();
                break;
            case ItemList list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    md.AppendLine(list.Ordered ? $"{list.Start + i}. {Inline(list.Items[i].Text)}" : $"- {Inline(list.Items[i].Text)}");
                }

                md.AppendLine();
                break;
            case Table table:
                Table(md, table);
                break;
            case ThemeBars bars:
                Table(md, ContentTables.Themes(bars));
                break;
            case Chart { Table: { } values }:
                Table(md, values);
                break;
        }
    }

    /// <summary>A table; the first cell of a row with an id holds its anchor, and a row's details go in a last column.</summary>
    private static void Table(StringBuilder md, Table table)
    {
        var details = table.Rows.Exists(r => r.Details.Count > 0);
        var headers = table.Columns.Select(c => Escape(c.Header)).Concat(details ? ["Evidence"] : []).ToList();
        md.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        md.Append("| ").AppendJoin(" | ", table.Columns.Select(c => c.Numeric ? "---:" : "---").Concat(details ? ["---"] : [])).AppendLine(" |");
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(Inline).ToList();
            if (row.Marks.Id is { } id)
            {
                cells[0] = $"<a id=\"{Anchor(id)}\"></a>{cells[0]}";
            }

            if (details)
            {
                cells.Add(Escape(string.Join("; ", row.Details.Select(d => $"{d.Label}: {d.Text}"))));
            }

            md.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");
        }

        md.AppendLine();
    }

    /// <summary>Text with its styles: bold, italics, links to anchors; a tag in italics.</summary>
    private static string Inline(Text text)
    {
        var md = new StringBuilder();
        foreach (var span in text.Spans)
        {
            var value = Escape(span.Value);
            md.Append(span.Style switch
            {
                Style.Strong when value.Length > 0 => $"**{value}**",
                Style.Emphasis or Style.Tag when value.Length > 0 => $"*{value}*",
                Style.Link when span.Target is { } target => $"[{value}](#{Anchor(target)})",
                _ => value,
            });
        }

        return md.ToString();
    }

    /// <summary>An anchor as wikis write them: lower case, full stops as hyphens (<c>item-tra-1</c>).</summary>
    private static string Anchor(string id) => id.ToLowerInvariant().Replace('.', '-');

    /// <summary>
    /// Text made safe for Markdown that a wiki or code host renders: HTML written as entities, so a <c>&lt;script&gt;</c>
    /// in evidence shows as text and never runs; the characters that make links, code and emphasis escaped; pipes
    /// escaped and line breaks folded, so it stays in its table cell.
    /// </summary>
    private static string Escape(string text)
    {
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            _ = c switch
            {
                '&' => safe.Append("&amp;"),
                '<' => safe.Append("&lt;"),
                '>' => safe.Append("&gt;"),
                '\\' or '|' or '[' or ']' or '`' or '*' or '_' => safe.Append('\\').Append(c),
                _ => safe.Append(c),
            };
        }

        return safe.ToString();
    }
}
