using System.Net;
using System.Reflection;
using System.Text;

namespace IntegrationFramework.Reports;

/// <summary>
/// An HTML page being written: one self-contained document with its style sheet inlined, and a printed footer on every
/// page (<c>@page</c> margin boxes) naming the page, the footprint, the date and the tool's version.
/// </summary>
internal sealed class HtmlPage
{
    private readonly StringBuilder html = new();

    /// <summary>Starts a page.</summary>
    /// <param name="title">The document's title.</param>
    /// <param name="printed">What each printed page's footer says beside "Page x of y": the footprint and the date.</param>
    public HtmlPage(string title, string printed)
    {
        var footer = $"{printed} · IntegrationFramework {Version}";
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{E(title)}</title>\n<style>\n{HtmlStyle.Css}\n@page {{ @bottom-left {{ content: {CssString(footer)}; }} }}\n</style>\n</head>\n<body>\n<main>\n");
    }

    /// <summary>The tool's version, as its package gives it.</summary>
    public static string Version { get; } = typeof(HtmlPage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    public void Raw(string markup) => html.Append(markup).Append('\n');

    public void Paragraph(string cssClass, string text) => Raw($"<p class=\"{cssClass}\">{E(text)}</p>");

    public string Close(string footer) => html.Append("</main>\n").Append(footer).Append("\n</body>\n</html>\n").ToString();

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Text as a CSS string: quotes, backslashes and anything that could end the style element escaped as code points.</summary>
    private static string CssString(string text)
    {
        var css = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
            else
            {
                css.Append(c);
            }
        }

        return css.Append('"').ToString();
    }
}
