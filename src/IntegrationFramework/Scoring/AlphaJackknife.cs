namespace IntegrationFramework.Scoring;

/// <summary>Krippendorff's alpha over a set of items with its delete-one-item jackknife band (<see cref="AlphaBand"/>).</summary>
internal static class AlphaJackknife
{
    /// <summary>The band of alpha over <paramref name="units"/>: each item's counts of levels, in the checklist's order.</summary>
    /// <param name="units">The items with levels from two partners or more.</param>
    public static AlphaBand Of(IReadOnlyList<int[]> units)
    {
        var n = units.Count;
        if (n == 0)
        {
            return new(null, null, null, 0, AlphaReading.NoPairs);
        }

        if (AlphaOf(units) is not { } alpha)
        {
            return new(null, null, null, n, AlphaReading.FullAgreement);
        }

        // A leave-one-out alpha over one item is 0 whenever its levels differ: it measures nothing, so it counts as
        // undefined, and two items are too few for a band.
        if (n < 3)
        {
            return new(alpha, null, null, n, AlphaReading.TooFewItems);
        }

        // Each item adds its values to the totals n(c) and its pairs f(c) f(k) / (values − 1) to the coincidences, so
        // alpha without item i is alpha of the sums less item i's share: one pass, not n alphas over n − 1 items.
        Span<double> totals = stackalloc double[KrippendorffAlpha.Levels];
        Span<double> coincidences = stackalloc double[Pairs];
        foreach (var unit in units)
        {
            Accumulate(unit, totals, coincidences, 1);
        }

        var without = new double[n];
        Span<double> lessTotals = stackalloc double[KrippendorffAlpha.Levels];
        Span<double> lessCoincidences = stackalloc double[Pairs];
        for (var i = 0; i < n; i++)
        {
            totals.CopyTo(lessTotals);
            coincidences.CopyTo(lessCoincidences);
            Accumulate(units[i], lessTotals, lessCoincidences, -1);
            if (KrippendorffAlpha.ValueOf(lessTotals, lessCoincidences) is not { } value)
            {
                return new(alpha, null, null, n, AlphaReading.BarelyDiffer);
            }

            without[i] = value;
        }

        double mean = 0;
        foreach (var value in without)
        {
            mean += value;
        }

        mean /= n;
        double squares = 0;
        foreach (var value in without)
        {
            squares += (value - mean) * (value - mean);
        }

        var standardError = Math.Sqrt((n - 1.0) / n * squares);
        var (low, high) = (alpha - (1.96 * standardError), Math.Min(1, alpha + (1.96 * standardError)));
        return new(alpha, low, high, n, AlphaBand.ReadingOf(low, high));
    }

    private const int Pairs = 10;

    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (−1) one unit's values and coincidences.</summary>
    private static void Accumulate(int[] unit, Span<double> totals, Span<double> coincidences, int sign)
    {
        var values = unit[0] + unit[1] + unit[2] + unit[3] + unit[4];
        var perPair = (double)sign / (values - 1);
        var pair = 0;
        for (var c = 0; c < KrippendorffAlpha.Levels; c++)
        {
            totals[c] += sign * unit[c];
            for (var k = c + 1; k < KrippendorffAlpha.Levels; k++)
            {
                coincidences[pair++] += unit[c] * unit[k] * perPair;
            }
        }
    }

    /// <summary>Alpha over every unit, added in order as the scorer adds them, so that it equals the card's to the last bit.</summary>
    private static double? AlphaOf(IReadOnlyList<int[]> units)
    {
        var alpha = default(KrippendorffAlpha);
        foreach (var unit in units)
        {
            alpha.AddUnit(unit);
        }

        return alpha.Value();
    }
}
