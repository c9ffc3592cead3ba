using System.Text.RegularExpressions;

namespace IntegrationFramework.Tests.TestSupport;

/// <summary>
/// Reads the project's outlines of the two documents (<c>docs/framework/*.md</c>), which settle the identifiers,
/// order, counts and wording of the checklists.
/// </summary>
internal static partial class Outline
{
    public sealed record OutlineDomain(string ThemeCode, string Code, string Name, int Count, string? Headline, List<string> Items);

    public static IReadOnlyList<string> Lines(string fileName)
        => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Sources", fileName));

    /// <summary>The themes (code, name) and domains of an outline, in order.</summary>
    public static (List<(string Code, string Name)> Themes, List<OutlineDomain> Domains) Checklist(string fileName, string? singleThemeCode = null)
    {
        var themes = new List<(string, string)>();
        var domains = new List<OutlineDomain>();
        var inChecklist = true;
        foreach (var line in Lines(fileName))
        {
            if (ThemeHeading().Match(line) is { Success: true } theme)
            {
                themes.Add((theme.Groups[1].Value, theme.Groups[2].Value));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inChecklist = singleThemeCode is null || line.StartsWith("## Characteristics", StringComparison.Ordinal);
            }
            else if (inChecklist && DomainHeading().Match(line) is { Success: true } domain)
            {
                domains.Add(new(singleThemeCode ?? themes[^1].Item1, domain.Groups[1].Value, domain.Groups[2].Value, int.Parse(domain.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), null, []));
            }
            else if (inChecklist && domains.Count > 0 && line.StartsWith("Headline: ", StringComparison.Ordinal))
            {
                domains[^1] = domains[^1] with { Headline = line["Headline: ".Length..] };
            }
            else if (inChecklist && domains.Count > 0 && NumberedItem().Match(line) is { Success: true } item)
            {
                domains[^1].Items.Add(item.Groups[2].Value);
            }
        }

        return (themes, domains);
    }

    /// <summary>The numbered entries of the section whose heading starts with <paramref name="headingStart"/>.</summary>
    public static List<string> NumberedSection(string fileName, string headingStart)
    {
        var entries = new List<string>();
        var inSection = false;
        foreach (var line in Lines(fileName))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line.StartsWith("## " + headingStart, StringComparison.Ordinal);
            }
            else if (inSection && NumberedItem().Match(line) is { Success: true } item)
            {
                entries.Add(item.Groups[2].Value);
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^## Theme (\w+) — (.*)$")]
    private static partial Regex ThemeHeading();

    [GeneratedRegex(@"^### (\w+) — (.*) \((\d+)\)$")]
    private static partial Regex DomainHeading();

    [GeneratedRegex(@"^(\d+)\. (.*)$")]
    private static partial Regex NumberedItem();
}
