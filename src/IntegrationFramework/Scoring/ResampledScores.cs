namespace IntegrationFramework.Scoring;

/// <summary>
/// The scores of every resample of a <see cref="PartnerResampler"/>, by series (each domain, theme and the overall
/// score), with each resample's weight, and the band of each series read from them.
/// </summary>
/// <remarks>
/// A domain kept as whole-number sums (a sum of half-levels over a count of items) can take only a few hundred
/// values, so its resamples are tallied by that pair, a histogram, rather than kept one by one and sorted: the band
/// then sorts the few values the histogram holds. Other series keep every resample's score.
/// </remarks>
internal sealed class ResampledScores
{
    private readonly double[]?[] values;
    private readonly long[]?[] histograms;
    private readonly int counts;
    private readonly long[] weights;
    private int count;

    /// <param name="series">How many series there are.</param>
    /// <param name="resamples">How many resamples will be added.</param>
    /// <param name="tallied">For each series, whether it is given as a key (<see cref="Key"/>) rather than a score.</param>
    /// <param name="items">The most items a tallied score counts.</param>
    public ResampledScores(int series, int resamples, bool[] tallied, int items)
    {
        values = new double[series][];
        histograms = new long[series][];
        counts = items + 1;
        for (var s = 0; s < series; s++)
        {
            if (tallied[s])
            {
                histograms[s] = new long[(((8 * items) + 1) * counts) + 1];
            }
            else
            {
                values[s] = new double[resamples];
            }
        }

        weights = new long[resamples];
    }

    /// <summary>The resamples of two parts, the first's then the second's, as one.</summary>
    public static ResampledScores Merge(ResampledScores first, ResampledScores second)
    {
        var merged = new ResampledScores(first.values.Length, first.count + second.count, [.. first.histograms.Select(h => h is not null)], first.counts - 1);
        for (var s = 0; s < merged.values.Length; s++)
        {
            if (merged.histograms[s] is { } histogram)
            {
                for (var k = 0; k < histogram.Length; k++)
                {
                    histogram[k] = first.histograms[s]![k] + second.histograms[s]![k];
                }
            }
            else
            {
                Array.Copy(first.values[s]!, merged.values[s]!, first.count);
                Array.Copy(second.values[s]!, 0, merged.values[s]!, first.count, second.count);
            }
        }

        Array.Copy(first.weights, merged.weights, first.count);
        Array.Copy(second.weights, 0, merged.weights, first.count, second.count);
        merged.count = first.count + second.count;
        return merged;
    }

    /// <summary>The key of a tallied score: its sum of half-levels and its count of items (0 for no score).</summary>
    public int Key(long halves, int items) => items == 0 ? 0 : 1 + (int)(halves * counts) + items;

    /// <summary>Records one resample: its score in each series (NaN for none), or its key where the series is tallied, and its weight.</summary>
    public void Add(double[] scores, int[] keys, long weight)
    {
        for (var s = 0; s < values.Length; s++)
        {
            if (histograms[s] is { } histogram)
            {
                histogram[keys[s]] += weight;
            }
            else
            {
                values[s]![count] = scores[s];
            }
        }

        weights[count++] = weight;
    }

    /// <summary>
    /// The band of one series around <paramref name="actual"/>: resamples without a score left out and the others'
    /// weights taken as the whole; the smallest value whose cumulative weight reaches 2.5 % of it, and 97.5 %; and the
    /// share of the weight whose stage is the stage <paramref name="actual"/> falls in. None without an actual score or
    /// a resample with one.
    /// </summary>
    public ScoreBand? BandOf(int series, double? actual)
    {
        if (actual is not { } score)
        {
            return null;
        }

        var (keys, kept, n) = histograms[series] is { } histogram ? FromHistogram(histogram) : FromValues(values[series]!);
        long whole = 0, inStage = 0;
        var stage = StageOf(score);
        for (var i = 0; i < n; i++)
        {
            whole += kept[i];
            inStage += StageOf(keys[i]) == stage ? kept[i] : 0;
        }

        if (whole == 0)
        {
            return null;
        }

        // Compared in whole numbers: cumulative × 40 ≥ whole is cumulative ≥ 2.5 % of it, exactly.
        return new ScoreBand(Point(keys, kept, n, 1, whole), Point(keys, kept, n, 39, whole), (double)inStage / whole);
    }

    /// <summary>
    /// The weighted 2.5 % and 97.5 % points of one series, resamples without a value left out and the others' weights
    /// taken as the whole, as <see cref="BandOf"/> reads them; <see langword="null"/> when no resample has a value.
    /// </summary>
    public (double Low, double High)? RangeOf(int series)
    {
        var (keys, kept, n) = histograms[series] is { } histogram ? FromHistogram(histogram) : FromValues(values[series]!);
        long whole = 0;
        for (var i = 0; i < n; i++)
        {
            whole += kept[i];
        }

        return whole == 0 ? null : (Point(keys, kept, n, 1, whole), Point(keys, kept, n, 39, whole));
    }

    /// <summary>
    /// The smallest value whose cumulative weight, values taken in ascending order, reaches
    /// <paramref name="fortieths"/>/40 of <paramref name="whole"/>: a weighted selection, which reorders the values and
    /// weights in place and costs a few passes over them rather than a sort.
    /// </summary>
    private static double Point(double[] keys, long[] kept, int n, long fortieths, long whole)
    {
        int low = 0, high = n;
        long below = 0;
        while (true)
        {
            // Three ways around the middle value of the range: less, equal, greater.
            var pivot = keys[low + ((high - low) / 2)];
            int less = low, equal = low, greater = high;
            long lessWeight = 0, equalWeight = 0;
            while (equal < greater)
            {
                var key = keys[equal];
                if (key < pivot)
                {
                    lessWeight += kept[equal];
                    Swap(keys, kept, less++, equal++);
                }
                else if (key > pivot)
                {
                    Swap(keys, kept, equal, --greater);
                }
                else
                {
                    equalWeight += kept[equal++];
                }
            }

            if ((below + lessWeight) * 40 >= fortieths * whole)
            {
                high = less;
            }
            else if ((below + lessWeight + equalWeight) * 40 >= fortieths * whole)
            {
                return pivot;
            }
            else
            {
                below += lessWeight + equalWeight;
                low = greater;
            }
        }
    }

    private static void Swap(double[] keys, long[] kept, int a, int b)
    {
        (keys[a], keys[b]) = (keys[b], keys[a]);
        (kept[a], kept[b]) = (kept[b], kept[a]);
    }

    /// <summary>The resamples with a score, one by one.</summary>
    private (double[] Keys, long[] Kept, int Count) FromValues(double[] row)
    {
        var keys = new double[count];
        var kept = new long[count];
        var n = 0;
        for (var r = 0; r < count; r++)
        {
            if (!double.IsNaN(row[r]))
            {
                keys[n] = row[r];
                kept[n++] = weights[r];
            }
        }

        return (keys, kept, n);
    }

    /// <summary>The scores a histogram holds, each with its weight: (half-levels × 12.5) ÷ items, as the scorer divides.</summary>
    private (double[] Keys, long[] Kept, int Count) FromHistogram(long[] histogram)
    {
        var n = 0;
        for (var k = 1; k < histogram.Length; k++)
        {
            n += histogram[k] != 0 ? 1 : 0;
        }

        var keys = new double[n];
        var kept = new long[n];
        n = 0;
        for (var k = 1; k < histogram.Length; k++)
        {
            if (histogram[k] != 0)
            {
                var (halves, items) = Math.DivRem(k - 1, counts);
                keys[n] = halves * Scorer.HalfLevelPoints / items;
                kept[n++] = histogram[k];
            }
        }

        return (keys, kept, n);
    }

    /// <summary>The stage of a score from 0 to 100, boundaries to the lower stage, without <see cref="Stages.Of(double)"/>'s range check.</summary>
    private static int StageOf(double score) => score <= 25 ? 1 : score <= 50 ? 2 : score <= 75 ? 3 : 4;
}
