using IntegrationFramework.Sources;

namespace IntegrationFramework.Checklists;

/// <summary>Where two checklists differ: what an edition file that takes a known edition's id is told.</summary>
internal static class ChecklistDifference
{
    /// <summary>
    /// Where two checklists first differ, in words ("TRA.1 (its text)"), or <see langword="null"/> when they hold the same
    /// themes, domains and items, with the same names, texts, sections and pages, in the same order.
    /// </summary>
    public static string? First(Checklist known, Checklist read)
    {
        static string? Source(SourceReference a, SourceReference b) => a.Section != b.Section ? "its section" : a.Page != b.Page ? "its page" : null;
        for (var t = 0; t < Math.Max(known.Themes.Count, read.Themes.Count); t++)
        {
            if (t >= known.Themes.Count || t >= read.Themes.Count || known.Themes[t].Code != read.Themes[t].Code)
            {
                return $"theme {t + 1} (its code, or a theme added or left out)";
            }

            var (a, b) = (known.Themes[t], read.Themes[t]);
            if ((a.Name != b.Name ? "its name" : Source(a.Source, b.Source)) is { } what)
            {
                return $"theme {a.Code} ({what})";
            }
        }

        for (var d = 0; d < Math.Max(known.Domains.Count, read.Domains.Count); d++)
        {
            if (d >= known.Domains.Count || d >= read.Domains.Count || known.Domains[d].Code != read.Domains[d].Code)
            {
                return $"domain {(d < known.Domains.Count ? known.Domains[d].Code : read.Domains[d].Code)} (a domain added, left out or moved)";
            }

            var (a, b) = (known.Domains[d], read.Domains[d]);
            var what = a.Name != b.Name ? "its name" : a.ThemeCode != b.ThemeCode ? "its theme" : a.Headline != b.Headline ? "its headline"
                : (a.Guidance is null) != (b.Guidance is null) || (a.Guidance is { } g && b.Guidance is { } h && Source(g, h) is not null) ? "its guidance" : a.Items.Count != b.Items.Count ? "its items: an item added or left out" : Source(a.Source, b.Source);
            if (what is not null)
            {
                return $"domain {a.Code} ({what})";
            }

            for (var i = 0; i < a.Items.Count; i++)
            {
                var (x, y) = (a.Items[i], b.Items[i]);
                if ((x.Id != y.Id ? "its id" : x.Text != y.Text ? "its text" : Source(x.Source, y.Source)) is { } differs)
                {
                    return $"{x.Id} ({differs})";
                }
            }
        }

        return null;
    }
}
