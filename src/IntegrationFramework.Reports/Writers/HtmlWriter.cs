using System.Globalization;
using System.Text;
using IntegrationFramework.Reports.Content;

namespace IntegrationFramework.Reports.Writers;

/// <summary>
/// Writes a report's content as a self-contained HTML page (<see cref="HtmlPage"/>): no scripts, fonts, images or style
/// sheets from elsewhere, so a report opens offline, prints on A4 and can be sent as one file. Sections are landmarks
/// named by their headings; tables scroll sideways inside their own box on a narrow screen; the radar chart is drawn
/// beside its legend, which is its text alternative.
/// </summary>
internal static class HtmlWriter
{
    /// <summary>The document as an HTML page.</summary>
    public static string Write(Document document)
    {
        var page = new HtmlPage(document.Title, document.Printed);
        page.Raw($"<header><p class=\"meta\">{E(document.Kind)}</p><h1>{E(document.Name)}</h1>");
        page.Raw($"<p class=\"meta\">{string.Join(" · ", document.About.Select(Inline))}</p></header>");
        foreach (var section in document.Sections)
        {
            Section(page, section, 2);
        }

        return page.Close($"<footer>{string.Concat(document.Footer.Select(line => $"<p>{Inline(line)}</p>"))}</footer>");
    }

    private static void Section(HtmlPage page, Section section, int level)
    {
        var id = section.Anchored ? section.Id : null;
        var labelled = section.Heading is null
            ? section.Label is { } label ? $" aria-label=\"{E(label)}\"" : string.Empty
            : $" aria-labelledby=\"{E(section.Id)}-heading\"";
        page.Raw($"<{section.Element}{Attributes(section.Marks with { Id = id })}{(section.Element == "section" ? labelled : string.Empty)}>");
        if (section.Heading is { } heading)
        {
            var h = $"h{Math.Min(level, 6)}";
            page.Raw($"<{h} id=\"{E(section.Id)}-heading\">{Inline(heading)}</{h}>");
        }

        foreach (var block in section.Blocks)
        {
            Block(page, block);
        }

        foreach (var child in section.Sections)
        {
            Section(page, child, section.Heading is null ? level : level + 1);
        }

        page.Raw($"</{section.Element}>");
    }

    private static void Block(HtmlPage page, Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                page.Raw($"<p{Attributes(paragraph.Marks)}>{Inline(paragraph.Text)}</p>");
                break;
            case Caution caution:
                page.Raw($"<div class=\"caution\" role=\"note\"><strong>Caution.</strong> {Inline(caution.Text)}</div>");
                break;
            case Headline headline:
                page.Raw($"<div class=\"headline\"><p class=\"score\" data-overall=\"{E(headline.Score)}\">{E(headline.Score)}</p>");
                page.Raw($"<div><p class=\"stage-line\">{Stage(headline.Stage)} overall</p><p class=\"note\">{(headline.Band == Display.None ? string.Empty : $"Band {E(headline.Band)} · ")}coverage {E(headline.Coverage)} of applicable items rated · target {E(headline.Target)}</p></div></div>");
                break;
            case ItemList list:
                var tag = list.Ordered ? "ol" : "ul";
                page.Raw($"<{tag}{Attributes(list.Marks)}{(list.Ordered ? $" start=\"{list.Start.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty)}>");
                foreach (var item in list.Items)
                {
                    page.Raw($"<li{Attributes(item.Marks)}>{Inline(item.Text)}</li>");
                }

                page.Raw($"</{tag}>");
                break;
            case Table table:
                Table(page, table);
                break;
            case ThemeBars bars:
                Bars(page, bars);
                break;
            case Chart chart:
                page.Raw(RadarChart.Render(chart.Title, chart.Caption, chart.Axes, chart.Series, chart.Bands));
                break;
        }
    }

    private static void Table(HtmlPage page, Table table)
    {
        var html = new StringBuilder($"<div class=\"table-wrap\" tabindex=\"0\"><table{Attributes(table.Marks)}>");
        if (table.Caption is { } caption)
        {
            html.Append(CultureInfo.InvariantCulture, $"<caption>{E(caption)}</caption>");
        }

        if (table.Columns.Exists(c => c.Class is not null))
        {
            html.Append("<colgroup>").AppendJoin(string.Empty, table.Columns.Select(c => c.Class is null ? "<col>" : $"<col class=\"{E(c.Class)}\">")).Append("</colgroup>");
        }

        html.Append("<thead><tr>").AppendJoin(string.Empty, table.Columns.Select(c => $"<th scope=\"col\"{(c.Numeric ? " class=\"num\"" : string.Empty)}>{E(c.Header)}</th>")).Append("</tr></thead><tbody>");
        page.Raw(html.ToString());
        foreach (var row in table.Rows)
        {
            var marks = row.Details.Count > 0 ? row.Marks with { Class = $"{row.Marks.Class} has-evidence".Trim() } : row.Marks;
            var cells = row.Cells.Select((cell, i) => i == 0 && row.Headed
                ? $"<th scope=\"row\">{Inline(cell)}</th>"
                : $"<td{(table.Columns[i].Numeric ? " class=\"num\"" : string.Empty)}>{Inline(cell)}</td>");
            page.Raw($"<tr{Attributes(marks)}>{string.Concat(cells)}</tr>");
            if (row.Details.Count > 0)
            {
                var details = row.Details.Select(d => $"<p class=\"evidence{(d.Class is null ? string.Empty : " " + E(d.Class))}\"><strong>{E(d.Label)}:</strong> {E(d.Text)}</p>");
                page.Raw($"<tr{Attributes(row.DetailMarks)}><td colspan=\"{table.Columns.Count.ToString(CultureInfo.InvariantCulture)}\">{string.Concat(details)}</td></tr>");
            }
        }

        page.Raw("</tbody></table></div>");
    }

    /// <summary>Each theme's score as a bar, its target marked on it.</summary>
    private static void Bars(HtmlPage page, ThemeBars bars)
    {
        page.Raw("<div class=\"themes\">");
        foreach (var theme in bars.Themes)
        {
            var width = theme.Score ?? 0;
            var target = theme.Target is { } t ? $"<i style=\"left:{Display.Number(t)}%\" title=\"Target {Display.Score(t)}\"></i>" : string.Empty;
            var label = $"{theme.Name}: {Display.Score(theme.Score)}{(theme.Target is { } a ? $", target {Display.Score(a)}" : string.Empty)}";
            page.Raw($"<div>{E(theme.Name)}</div><div class=\"bar\" role=\"img\" aria-label=\"{E(label)}\" data-theme=\"{E(theme.Code)}\" data-score=\"{Display.Score(theme.Score)}\"><span style=\"width:{Display.Number(width)}%\"></span>{target}</div><div class=\"num\">{Display.Score(theme.Score)}</div><div class=\"theme-stage\">{Stage(theme.Stage)}{(theme.Band == Display.None ? string.Empty : $" <span class=\"note\">{E(theme.Band)}</span>")}</div>");
        }

        page.Raw("</div>");
    }

    private static string Inline(Text text)
        => string.Concat(text.Spans.Select(span => span.Style switch
        {
            Style.Strong => $"<strong>{E(span.Value)}</strong>",
            Style.Emphasis => $"<em>{E(span.Value)}</em>",
            Style.Link => $"<a href=\"#{E(span.Target ?? string.Empty)}\">{E(span.Value)}</a>",
            Style.Tag => $"<span class=\"tag{(span.Target is { } kind ? " " + E(kind) : string.Empty)}\">{E(span.Value)}</span>",
            Style.Stage => Stage(new StageReading(Enum.TryParse<Scoring.Stage>(span.Value, ignoreCase: true, out var stage) ? stage : null, span.Value)),
            Style.Quiet => $"<span class=\"note\">{E(span.Value)}</span>",
            _ => E(span.Value),
        }));

    /// <summary>A stage as a pill coloured by the one stage it names: "maturing"; grey for "maturing or thriving" or "no score".</summary>
    private static string Stage(StageReading stage)
        => $"<span class=\"stage stage-{(stage.Stage is { } named ? Display.Stage(named) : "none")}\">{E(stage.Words)}</span>";

    private static string Attributes(Marks marks)
    {
        var html = new StringBuilder();
        if (marks.Id is { } id)
        {
            html.Append(CultureInfo.InvariantCulture, $" id=\"{E(id)}\"");
        }

        if (marks.Class is { Length: > 0 } @class)
        {
            html.Append(CultureInfo.InvariantCulture, $" class=\"{E(@class)}\"");
        }

        foreach (var (name, value) in marks.Data)
        {
            html.Append(CultureInfo.InvariantCulture, $" data-{name}=\"{E(value)}\"");
        }

        return html.ToString();
    }

    private static string E(string text) => HtmlPage.E(text);
}
