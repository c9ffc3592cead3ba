namespace IntegrationFramework.Tests.Reference;

/// <summary>
/// Rule 7, the partner behind a pattern: "a line per partner ...: the mean of (their level − the consensus of the
/// others) over the items they rated, and on how many of the split or uncertain items they were the furthest out."
/// </summary>
internal static class RefPartnerPatterns
{
    /// <summary>
    /// Readings where the rules leave room:
    /// - Only items of in-scope domains that are applicable (Rated) count: a not-applicable item "leaves every
    ///   numerator and denominator" and an excluded domain is not scored.
    /// - "The consensus of the others" = the median (midpoint rule) of the OTHER partners' levels on that item; an
    ///   item counts for a partner only when they gave it a level and at least one other partner did.
    /// - MeanOffset is null when no item counts.
    /// - Split = spread of levels ≥ 3; uncertain as in rule 5. "Furthest out" = the largest |level − consensus| among
    ///   the partners with a level on the item, the consensus being the item's (all partners'). Ties: every tied
    ///   partner counts the item (so one item may count for several partners).
    /// </summary>
    public static IReadOnlyList<RefPartnerPattern> Patterns(RefGrid grid, IReadOnlyDictionary<string, RefItemResult> items)
    {
        var counted = grid.Items.Where(i => i.InScope && items[i.Item.Id].Status == RefItemStatus.Rated).ToList();
        var patterns = new List<RefPartnerPattern>();
        for (var a = 0; a < grid.Assessors.Count; a++)
        {
            var offsets = new List<double>();
            var furthest = 0;
            foreach (var item in counted)
            {
                if (item.ByAssessor[a]?.Level is not { } level)
                {
                    continue;
                }

                var others = item.ByAssessor.Where((r, j) => j != a && r?.Level is not null).Select(r => (double)r!.Level!.Value).ToList();
                if (ReferenceScoring.Median(others) is { } othersMedian)
                {
                    offsets.Add(level - othersMedian);
                }

                var result = items[item.Item.Id];
                if (result.Split || result.Uncertain)
                {
                    var consensus = result.Consensus!.Value;
                    var largest = item.ByAssessor.Where(r => r?.Level is not null).Max(r => Math.Abs(r!.Level!.Value - consensus));
                    if (Math.Abs(level - consensus) == largest)
                    {
                        furthest++;
                    }
                }
            }

            patterns.Add(new RefPartnerPattern(grid.Assessors[a], offsets.Count > 0 ? offsets.Average() : null, offsets.Count, furthest));
        }

        return patterns;
    }
}
