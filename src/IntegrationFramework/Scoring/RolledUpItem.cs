namespace IntegrationFramework.Scoring;

/// <summary>
/// One item of a roll-up: the weighted mean of the children's points and the lowest and highest of the children's own
/// levels (each rated child's consensus, or a rolled-up child's range), with the least agreement and the summed rating
/// counts (see <see cref="Rollup"/>). It has no consensus
/// and no target of its own: no partnership rated it at the wider footprint, and a weighted median of the children's
/// levels can jump two levels for a small change in one child while the points move by a fraction.
/// </summary>
internal static class RolledUpItem
{
    /// <summary>One item rolled up, in one pass over the children (it runs for every item of every roll-up).</summary>
    public static ItemScore Of(List<ScoreCard> cards, double[] weights, int i)
    {
        int lowest = int.MaxValue, highest = -1;
        var points = new Aggregator();
        bool rated = false, unrated = false, notApplicable = false;
        int agreement = 0, ratings = 0, notApplicableRatings = 0;
        for (var c = 0; c < cards.Count; c++)
        {
            var item = cards[c].Items[i];
            rated |= item.Status == ItemStatus.Rated;
            unrated |= item.Status == ItemStatus.Unrated;
            notApplicable |= item.Status == ItemStatus.NotApplicable;
            // Each child's own level: its consensus (both ends of one between two levels), or a rolled-up child's range.
            var (low, high) = item.Consensus is { } level ? (level.Lower, level.Upper) : (item.LowestLevel, item.HighestLevel);
            if (item.Status == ItemStatus.Rated && low is { } bottom && high is { } top)
            {
                lowest = Math.Min(lowest, (int)bottom);
                highest = Math.Max(highest, (int)top);
            }

            points.Add(item.Points, weights[c]);
            agreement = Math.Max(agreement, (int?)item.Agreement ?? 0);
            ratings += item.Ratings;
            notApplicableRatings += item.NotApplicableRatings;
        }

        var status = rated ? ItemStatus.Rated : unrated ? ItemStatus.Unrated : notApplicable ? ItemStatus.NotApplicable : ItemStatus.Excluded;
        return new ItemScore(
            cards[0].Items[i].ItemId,
            status,
            consensus: -1,
            points.Value(Aggregation.Mean) ?? double.NaN,
            agreement == 0 ? null : (Agreement)agreement,
            ratings,
            notApplicableRatings,
            target: -1,
            lowest: highest < 0 ? -1 : lowest,
            highest: highest);
    }
}
