namespace IntegrationFramework.Tests.Reference;

/// <summary>
/// An independent, deliberately plain reference implementation of the `standard` scoring policy (with item weights)
/// for one assessment, written only from the design contract's scoring rules and issue 25's rules 1–8.
/// Not modelled: agreed ratings of a consensus meeting, other policies, the m &gt; 8 random draws, reports' words.
/// </summary>
public static class ReferenceScoring
{
    /// <summary>Scores one assessment: items, domains, themes, overall, alphas and the partners' patterns.</summary>
    public static RefResult Score(RefAssessment assessment)
    {
        var grid = new RefGrid(assessment);
        var actual = grid.Numbers(grid.ActualCounts);
        var bands = RefPartnerBand.Bands(grid, actual);
        RefBand? BandOf(string key) => bands is not null && bands.TryGetValue(key, out var band) ? band : null;

        var items = grid.Items.Select(ItemResult).ToList();
        var itemById = items.ToDictionary(i => i.Item, StringComparer.Ordinal);

        // Rule 3 reading: a domain "has a stage" when it has a score and coverage ≥ 0.5 (coverage ≥ 50 %).
        bool HasStage(string domain) => actual.Domains[domain] is { Score: not null, Coverage: >= 0.5 };
        RefStage? StageIf(double? score, bool allowed) => score is { } s && allowed ? StageOf(s) : null;

        var domains = new List<RefDomainResult>();
        var themes = new List<RefThemeResult>();
        var allUnits = new List<IReadOnlyList<int>>();
        foreach (var theme in assessment.Themes)
        {
            var inScope = theme.Domains.Where(d => !grid.Excluded.Contains(d.Id)).ToList();
            foreach (var domain in theme.Domains)
            {
                if (grid.Excluded.Contains(domain.Id))
                {
                    domains.Add(new RefDomainResult(domain.Id, theme.Id, false, new RefScore(null, null, null, null), null, new RefAlpha(null, null, null, 0)));
                    continue;
                }

                var number = actual.Domains[domain.Id];
                var units = AlphaUnits(grid, domain.Id);
                allUnits.AddRange(units);
                domains.Add(new RefDomainResult(
                    domain.Id,
                    theme.Id,
                    true,
                    new RefScore(number.Score, number.Coverage, StageIf(number.Score, HasStage(domain.Id)), BandOf("D:" + domain.Id)),
                    TargetScore(domain, itemById),
                    RefKrippendorff.AlphaWithBand(units)));
            }

            // "A theme ... only when every in-scope domain under it has [a stage]."
            var themeNumber = actual.Themes[theme.Id];
            var themeStage = StageIf(themeNumber.Score, inScope.All(d => HasStage(d.Id)));
            themes.Add(new RefThemeResult(theme.Id, new RefScore(themeNumber.Score, themeNumber.Coverage, themeStage, BandOf("T:" + theme.Id))));
        }

        // "... or the overall only when every in-scope domain under it has": every in-scope domain of every theme.
        var allInScope = assessment.Themes.SelectMany(t => t.Domains).Where(d => !grid.Excluded.Contains(d.Id));
        var overallStage = StageIf(actual.Overall.Score, allInScope.All(d => HasStage(d.Id)));
        var overall = new RefScore(actual.Overall.Score, actual.Overall.Coverage, overallStage, BandOf("O"));

        // The checklist's alpha: the same alpha over the alpha units of every in-scope domain together.
        var checklistAlpha = RefKrippendorff.AlphaWithBand(allUnits);
        return new RefResult(items, domains, themes, overall, checklistAlpha, RefPartnerPatterns.Patterns(grid, itemById));
    }

    /// <summary>
    /// Rule 1: "the median ..., with an even number, the midpoint of the two middle ones". Null for no values.
    /// </summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var half = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    /// <summary>
    /// Rule 1: an item with no rating (no level, no notApplicable) is unrated; an item is not applicable when MORE than
    /// half of its ratings (levels + notApplicable) are notApplicable; otherwise its consensus is the median of its
    /// levels, notApplicable ignored (NA ≤ half of a non-empty set means at least one level).
    /// </summary>
    public static (RefItemStatus Status, double? Consensus) ItemConsensus(IReadOnlyList<int> levels, int notApplicable)
    {
        var ratings = levels.Count + notApplicable;
        if (ratings == 0)
        {
            return (RefItemStatus.Unrated, null);
        }

        if (2 * notApplicable > ratings)
        {
            return (RefItemStatus.NotApplicable, null);
        }

        return (RefItemStatus.Rated, Median(levels.Select(l => (double)l)));
    }

    /// <summary>
    /// Rule 5: uncertain when at least max(2, ⌈m/3⌉) of its m level ratings stand 2 or more levels from its consensus
    /// (|level − consensus| ≥ 2), m counting level ratings only.
    /// </summary>
    public static bool IsUncertain(IReadOnlyList<int> levels, double consensus)
    {
        var m = levels.Count;
        var needed = Math.Max(2, (m + 2) / 3); // ⌈m/3⌉ in integers
        return levels.Count(l => Math.Abs(l - consensus) >= 2) >= needed;
    }

    /// <summary>
    /// Rule 3: boundaries belong to the lower stage: emerging ≤ 25 &lt; developing ≤ 50 &lt; maturing ≤ 75 &lt; thriving.
    /// Plain comparisons on the unrounded double (a weighted mean that should be 50 but lands a rounding error above
    /// is developing only if the double is ≤ 50).
    /// </summary>
    public static RefStage StageOf(double score) => score switch
    {
        <= 25 => RefStage.Emerging,
        <= 50 => RefStage.Developing,
        <= 75 => RefStage.Maturing,
        _ => RefStage.Thriving,
    };

    private static RefItemResult ItemResult(RefGridItem item)
    {
        var ones = Enumerable.Repeat(1, item.ByAssessor.Length).ToArray();
        var (levels, notApplicable) = RefGrid.RatingsOf(item, ones);
        var (status, consensus) = ItemConsensus(levels, notApplicable);

        // "Agreement: spread = highest − lowest level (ignoring notApplicable) ... split ≥ 3"; only for rated items.
        int? spread = consensus is null ? null : levels.Max() - levels.Min();
        var uncertain = consensus is { } c && IsUncertain(levels, c);

        // Rule 8 / target: "an item's target = the median of the targets its ratings carry (none when none does),
        // stated with how many partners set one; its gap = target − consensus in levels". Reading: every rating that
        // carries a target counts, whatever its level (even a notApplicable one); the gap needs a consensus too.
        var targets = item.ByAssessor.Where(r => r?.Target is not null).Select(r => (double)r!.Target!.Value).ToList();
        var target = Median(targets);
        double? gap = target is { } t && consensus is { } k ? t - k : null;
        return new RefItemResult(
            item.Item.Id, item.Domain, item.InScope, status, consensus, consensus * 25, spread, spread >= 3, uncertain, target, targets.Count, gap);
    }

    /// <summary>
    /// "A domain's target score = its score with each item's target in place of its consensus where it has one":
    /// the weighted mean over the same rated applicable items of 25 × (target, else consensus). Null when none is rated.
    /// </summary>
    private static double? TargetScore(RefDomain domain, Dictionary<string, RefItemResult> items)
    {
        double weighted = 0, weights = 0;
        foreach (var item in domain.Items)
        {
            var result = items[item.Id];
            if (result.Status == RefItemStatus.Rated)
            {
                weighted += item.Weight * 25 * (result.Target ?? result.Consensus!.Value);
                weights += item.Weight;
            }
        }

        return weights > 0 ? weighted / weights : null;
    }

    /// <summary>
    /// Rule 6's units: the level ratings of each item of the domain that has ≥ 2 of them (notApplicable is no value).
    /// Reading: an item that is not applicable by the majority rule "leaves every numerator and denominator", so it
    /// is left out of alpha too even when it has two levels.
    /// </summary>
    private static List<IReadOnlyList<int>> AlphaUnits(RefGrid grid, string domain)
    {
        var units = new List<IReadOnlyList<int>>();
        foreach (var item in grid.ItemsOfDomain.GetValueOrDefault(domain) ?? [])
        {
            var (levels, notApplicable) = RefGrid.RatingsOf(item, grid.ActualCounts);
            if (ItemConsensus(levels, notApplicable).Status == RefItemStatus.Rated && levels.Count >= 2)
            {
                units.Add(levels);
            }
        }

        return units;
    }
}
