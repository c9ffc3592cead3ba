using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// The standard scoring rules of DESIGN.md written for clarity, with dictionaries and LINQ, as an application team
/// might write them by hand: the baseline <see cref="Scorer"/> is measured against. It gives the same score card
/// (the benchmark checks it does before measuring). Standard policy only: equal weights, unrated items left out,
/// weighted means.
/// </summary>
public static class ReferenceScorer
{
    public static ScoreCard Score(Assessment assessment)
    {
        var framework = Frameworks.Find(assessment.Framework.Id)!;
        var excluded = assessment.ExcludedDomains.ToHashSet();
        var ratingsByItem = assessment.Ratings.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.ToList());

        var items = new List<ItemScore>();
        var domains = new List<DomainScore>();
        foreach (var domain in framework.Checklist.Domains)
        {
            var isExcluded = excluded.Contains(domain.Code);
            var scored = new List<(double Points, double Target)>();
            var units = new List<List<int>>();
            var applicable = 0;
            foreach (var item in domain.Items)
            {
                var ratings = ratingsByItem.GetValueOrDefault(item.Id) ?? [];
                var levels = ratings.Where(r => r.Progress.IsLevel()).Select(r => (int)r.Progress).Order().ToList();
                var notApplicable = ratings.Count(r => r.Progress == Progress.NotApplicable);
                if (isExcluded)
                {
                    items.Add(ItemScore.From(item.Id, ItemStatus.Excluded, null, null, null, ratings.Count, notApplicable, null));
                }
                else if (ratings.Count == 0)
                {
                    applicable++;
                    items.Add(ItemScore.From(item.Id, ItemStatus.Unrated, null, null, null, 0, 0, null));
                }
                else if (notApplicable * 2 > ratings.Count)
                {
                    items.Add(ItemScore.From(item.Id, ItemStatus.NotApplicable, null, null, null, ratings.Count, notApplicable, null));
                }
                else
                {
                    applicable++;
                    var consensus = Median(levels);
                    var targets = ratings.Where(r => r.Target is not null).Select(r => (int)r.Target!.Value).Order().ToList();
                    double? target = targets.Count > 0 ? Median(targets) : null;
                    var spread = levels.Max() - levels.Min();
                    var agreement = spread <= 1 ? Agreement.Full : spread == 2 ? Agreement.Partial : Agreement.Split;
                    var uncertain = levels.Count(l => Math.Abs(l - consensus) >= 2) >= Math.Max(2, (int)Math.Ceiling(levels.Count / 3.0));
                    items.Add(ItemScore.From(
                        item.Id,
                        ItemStatus.Rated,
                        Level(consensus),
                        consensus * 25,
                        agreement,
                        ratings.Count,
                        notApplicable,
                        target is { } t ? Level(t) : null,
                        targets.Count,
                        (Progress)levels.Min(),
                        (Progress)levels.Max(),
                        uncertain));
                    scored.Add((consensus * 25, (target ?? consensus) * 25));
                    units.Add(levels);
                }
            }

            domains.Add(isExcluded
                ? DomainScore.From(domain.Code, domain.ThemeCode, true, null, null, null, null, 0, 0)
                : DomainScore.From(
                    domain.Code,
                    domain.ThemeCode,
                    false,
                    scored.Count > 0 ? Mean(scored.Select(s => s.Points)) : null,
                    applicable > 0 ? (double)scored.Count / applicable : null,
                    OrdinalAlpha(units),
                    scored.Count > 0 ? Mean(scored.Select(s => s.Target)) : null,
                    scored.Count,
                    applicable));
        }

        var themes = framework.Checklist.Themes.Select(theme =>
        {
            var inTheme = domains.Where(d => d.ThemeCode == theme.Code).ToList();
            return new ThemeScore(theme.Code, MeanOrNull(inTheme.Select(d => d.Score)), MeanOrNull(inTheme.Select(d => d.TargetScore)), inTheme.All(d => d.Excluded || d.Stage is not null));
        }).ToList();
        var inScope = domains.Where(d => !d.Excluded).ToList();
        var rated = inScope.Sum(d => d.RatedItems);
        var applicableItems = inScope.Sum(d => d.ApplicableItems);
        var overall = new OverallScore(
            MeanOrNull(themes.Select(t => t.Score)),
            applicableItems > 0 ? (double)rated / applicableItems : null,
            MeanOrNull(themes.Select(t => t.TargetScore)),
            inScope.All(d => d.Stage is not null));

        return new ScoreCard(
            assessment.Framework,
            ScoringPolicy.StandardId,
            assessment.Footprint,
            assessment.AssessedOn,
            overall,
            themes.ToEquatableArray(),
            domains.ToEquatableArray(),
            items.ToEquatableArray());
    }

    /// <summary>The median of sorted levels: the middle one, or the midpoint of the two middle ones.</summary>
    private static double Median(List<int> sorted)
        => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

    private static MedianLevel Level(double median)
        => median % 1 == 0 ? MedianLevel.Of((Progress)(int)median) : MedianLevel.Above((Progress)(int)median);

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return Math.Clamp(list.Sum() / list.Count, list.Min(), list.Max());
    }

    private static double? MeanOrNull(IEnumerable<double?> values)
    {
        var present = values.OfType<double>().ToList();
        return present.Count > 0 ? Mean(present) : null;
    }

    /// <summary>Krippendorff's alpha, ordinal metric, from the textbook definition over the coincidence matrix.</summary>
    private static double? OrdinalAlpha(List<List<int>> units)
    {
        var pairable = units.Where(u => u.Count >= 2).ToList();
        var coincidences = new Dictionary<(int, int), double>();
        foreach (var unit in pairable)
        {
            for (var i = 0; i < unit.Count; i++)
            {
                for (var j = 0; j < unit.Count; j++)
                {
                    if (i != j)
                    {
                        var key = (unit[i], unit[j]);
                        coincidences[key] = coincidences.GetValueOrDefault(key) + (1.0 / (unit.Count - 1));
                    }
                }
            }
        }

        var totals = Enumerable.Range(0, 5).Select(c => pairable.Sum(u => u.Count(v => v == c))).Select(n => (double)n).ToArray();
        var n = totals.Sum();
        if (n < 2)
        {
            return null;
        }

        double Delta(int c, int k) => Enumerable.Range(c, k - c + 1).Sum(g => totals[g]) - ((totals[c] + totals[k]) / 2);
        double observed = 0, expected = 0;
        for (var c = 0; c < 5; c++)
        {
            for (var k = c + 1; k < 5; k++)
            {
                var squared = Delta(c, k) * Delta(c, k);
                observed += 2 * coincidences.GetValueOrDefault((c, k)) * squared;
                expected += 2 * totals[c] * totals[k] * squared;
            }
        }

        return expected == 0 ? null : 1 - ((n - 1) * observed / expected);
    }
}
