using System.Globalization;
using System.Text;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Reports;

/// <summary>The catalogue of frameworks as text and Markdown: each framework's themes, domains and items, with the page each item comes from.</summary>
internal static class CatalogueReport
{
    /// <summary>The catalogue of <paramref name="frameworks"/>: each framework's themes, domains and items, with the page each item comes from.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> or one of them is null.</exception>
    public static string Text(IEnumerable<Framework> frameworks)
    {
        Preconditions.NotNull(frameworks);
        var text = new StringBuilder();
        foreach (var framework in frameworks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{framework.Title} [{framework.Id} {framework.Version}]: {framework.Checklist}");
            foreach (var theme in framework.Checklist.Themes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {theme.Code}  {theme.Name}");
                foreach (var domain in theme.Domains)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {domain.Code}  {domain.Name} ({domain.Items.Count} items)");
                    foreach (var item in domain.Items)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"      {item.Id,-13} {item.Text}{Display.Page(item.Source)}");
                    }
                }
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"Source: {framework.Document.Citation}.").AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The catalogue of <paramref name="frameworks"/> in Markdown: a heading per framework, theme and domain, a bullet per item with its page.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> or one of them is null.</exception>
    public static string Markdown(IEnumerable<Framework> frameworks)
    {
        Preconditions.NotNull(frameworks);
        var md = new StringBuilder();
        foreach (var framework in frameworks)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"# {framework.Title}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"`{framework.Id}` version {framework.Version}: {framework.Checklist}. Source: {framework.Document.Citation}.").AppendLine();
            foreach (var theme in framework.Checklist.Themes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"## {theme.Code} {theme.Name}").AppendLine();
                foreach (var domain in theme.Domains)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"### {domain.Code} {domain.Name}").AppendLine();
                    if (domain.Headline is { } headline)
                    {
                        md.AppendLine(headline).AppendLine();
                    }

                    foreach (var item in domain.Items)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"- **{item.Id}** {item.Text}{Display.Page(item.Source)}");
                    }

                    md.AppendLine();
                }
            }
        }

        return md.ToString();
    }
}
