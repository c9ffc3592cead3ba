using System.Globalization;

namespace IntegrationFramework.Tests.Reference;

/// <summary>
/// Builds small assessments for the self-tests from rows "theme domain item[*weight] r₁ r₂ … r_m", one token per
/// assessor: a level 0–4, "n" for notApplicable, "-" for no rating, each optionally followed by "&gt;t" for a target t
/// (e.g. "1&gt;3", "n&gt;4", "-&gt;2"). Themes, domains and items keep the order of first appearance.
/// </summary>
internal static class RefBuilder
{
    public static RefAssessment Build(IReadOnlyList<string> assessors, IReadOnlyList<string> excluded, params string[] rows)
    {
        var themes = new List<(string Id, List<(string Id, List<RefItem> Items)> Domains)>();
        var ratings = new List<RefRating>();
        foreach (var row in rows)
        {
            var tokens = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length != 3 + assessors.Count)
            {
                throw new ArgumentException($"Row \"{row}\" needs one token per assessor.", nameof(rows));
            }

            var itemParts = tokens[2].Split('*');
            var item = new RefItem(itemParts[0], itemParts.Length > 1 ? double.Parse(itemParts[1], CultureInfo.InvariantCulture) : 1);
            var theme = themes.Find(t => t.Id == tokens[0]);
            if (theme.Id is null)
            {
                theme = (tokens[0], []);
                themes.Add(theme);
            }

            var domain = theme.Domains.Find(d => d.Id == tokens[1]);
            if (domain.Id is null)
            {
                domain = (tokens[1], []);
                theme.Domains.Add(domain);
            }

            domain.Items.Add(item);
            for (var a = 0; a < assessors.Count; a++)
            {
                var parts = tokens[3 + a].Split('>');
                int? target = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
                var rating = parts[0] switch
                {
                    "n" => new RefRating(assessors[a], item.Id, null, true, target),
                    "-" => target is null ? null : new RefRating(assessors[a], item.Id, null, false, target),
                    var level => new RefRating(assessors[a], item.Id, int.Parse(level, CultureInfo.InvariantCulture), false, target),
                };
                if (rating is not null)
                {
                    ratings.Add(rating);
                }
            }
        }

        return new RefAssessment(
            [.. themes.Select(t => new RefTheme(t.Id, [.. t.Domains.Select(d => new RefDomain(d.Id, d.Items))]))],
            assessors,
            ratings,
            excluded);
    }

    /// <summary>A seeded random assessment: themes × domains × items, m assessors, some notApplicable and gaps.</summary>
    public static RefAssessment Random(int seed, int m, int themes, int domainsPerTheme, int itemsPerDomain)
    {
        var random = new Random(seed);
        var assessors = Enumerable.Range(1, m).Select(i => $"P{i}").ToList();
        var rows = new List<string>();
        for (var t = 0; t < themes; t++)
        {
            for (var d = 0; d < domainsPerTheme; d++)
            {
                for (var i = 0; i < itemsPerDomain; i++)
                {
                    var centre = random.Next(5);
                    var tokens = assessors.Select(_ => random.Next(12) switch
                    {
                        0 => "n",
                        1 => "-",
                        _ => Math.Clamp(centre + random.Next(-1, 2) + (random.Next(6) == 0 ? 2 : 0), 0, 4).ToString(CultureInfo.InvariantCulture),
                    });
                    rows.Add($"T{t} T{t}.D{d} T{t}.D{d}.I{i}*{1 + random.Next(3)} {string.Join(' ', tokens)}");
                }
            }
        }

        return Build(assessors, [], [.. rows]);
    }
}
