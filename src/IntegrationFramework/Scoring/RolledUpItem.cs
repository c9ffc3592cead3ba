namespace IntegrationFramework.Scoring;

/// <summary>
/// One item of a roll-up: the weighted mean of the children's points, their lowest and highest level, the weighted lower
/// medians of their consensus and target, the least agreement and the summed rating counts (see <see cref="Rollup"/>).
/// </summary>
internal static class RolledUpItem
{
    /// <summary>How many medians there are: 0 to 8 half-levels.</summary>
    private const int HalfLevels = 9;

    /// <summary>One item rolled up, in one pass over the children (it runs for every item of every roll-up).</summary>
    public static ItemScore Of(List<ScoreCard> cards, double[] weights, int i)
    {
        Span<double> consensusWeights = stackalloc double[HalfLevels];
        Span<double> targetWeights = stackalloc double[HalfLevels];
        int lowest = int.MaxValue, highest = -1;
        var points = new Aggregator(Aggregation.Mean);
        bool rated = false, unrated = false, notApplicable = false;
        int agreement = 0, ratings = 0, notApplicableRatings = 0;
        for (var c = 0; c < cards.Count; c++)
        {
            var item = cards[c].Items[i];
            rated |= item.Status == ItemStatus.Rated;
            unrated |= item.Status == ItemStatus.Unrated;
            notApplicable |= item.Status == ItemStatus.NotApplicable;
            if (item.Consensus is { } consensus)
            {
                consensusWeights[consensus.HalfLevels] += weights[c];
            }

            if (item.Target is { } target)
            {
                targetWeights[target.HalfLevels] += weights[c];
            }

            lowest = item.LowestLevel is { } low ? Math.Min(lowest, (int)low) : lowest;
            highest = item.HighestLevel is { } high ? Math.Max(highest, (int)high) : highest;

            points.Add(item.Points, weights[c]);
            agreement = Math.Max(agreement, (int?)item.Agreement ?? 0);
            ratings += item.Ratings;
            notApplicableRatings += item.NotApplicableRatings;
        }

        var status = rated ? ItemStatus.Rated : unrated ? ItemStatus.Unrated : notApplicable ? ItemStatus.NotApplicable : ItemStatus.Excluded;
        return new ItemScore(
            cards[0].Items[i].ItemId,
            status,
            WeightedLowerMedian(consensusWeights),
            points.Value() ?? double.NaN,
            agreement == 0 ? null : (Agreement)agreement,
            ratings,
            notApplicableRatings,
            WeightedLowerMedian(targetWeights),
            lowest: highest < 0 ? -1 : lowest,
            highest: highest);
    }

    /// <summary>
    /// The lowest median (in half-levels) that at least half of the weight of the children with one reaches, from the
    /// weight at each; −1 when no child has one.
    /// </summary>
    private static int WeightedLowerMedian(ReadOnlySpan<double> weightByLevel)
    {
        double total = 0;
        foreach (var weight in weightByLevel)
        {
            total += weight;
        }

        if (total == 0)
        {
            return -1;
        }

        double reached = 0;
        for (var level = 0; level < weightByLevel.Length; level++)
        {
            reached += weightByLevel[level];
            if (2 * reached >= total)
            {
                return level;
            }
        }

        return weightByLevel.Length - 1;
    }
}
