namespace IntegrationFramework.Tests.Reference;

/// <summary>A multiset of m assessors: Counts[i] copies of assessor i (Σ = m), and its weight numerator m!/∏kᵢ!.</summary>
public sealed record RefMultiset(IReadOnlyList<int> Counts, long Weight);

/// <summary>One resample's score (null when it has none) and its weight numerator.</summary>
public sealed record RefResample(double? Value, long Weight);

/// <summary>
/// Rule 4, the partner band, by brute force: every multiset of m assessors drawn with replacement, weighted
/// m!/(∏kᵢ!)/mᵐ. Weights are kept as exact integer numerators over the denominator mᵐ, so the cumulative
/// thresholds 0.025 = 1/40 and 0.975 = 39/40 are compared exactly (cum·40 ≥ mᵐ, cum·40 ≥ 39·mᵐ).
/// </summary>
public static class RefPartnerBand
{
    /// <summary>The smallest and largest number of assessors with a band: none with 3 or fewer; exact only up to 8.</summary>
    public const int MinAssessors = 4, MaxAssessors = 8;

    /// <summary>mᵐ, the denominator of every multiset weight.</summary>
    public static long Denominator(int m)
    {
        long d = 1;
        for (var i = 0; i < m; i++)
        {
            d *= m;
        }

        return d;
    }

    /// <summary>Every count vector k₁..k_m with kᵢ ≥ 0 and Σkᵢ = m, with its weight numerator m!/∏kᵢ!.</summary>
    public static IEnumerable<RefMultiset> Multisets(int m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, 1);
        var counts = new int[m];
        return Fill(0, m);

        IEnumerable<RefMultiset> Fill(int position, int left)
        {
            if (position == m - 1)
            {
                counts[position] = left;
                yield return new RefMultiset([.. counts], Factorial(m) / counts.Aggregate(1L, (p, k) => p * Factorial(k)));
                yield break;
            }

            for (var k = left; k >= 0; k--)
            {
                counts[position] = k;
                foreach (var multiset in Fill(position + 1, left - k))
                {
                    yield return multiset;
                }
            }
        }
    }

    /// <summary>
    /// The band of one score from its resamples. "Resamples in which the score is null are left out": they are
    /// dropped and the remaining weights are NOT renormalised, so Low/High are the smallest values whose cumulative
    /// weight (ascending values) reaches 0.025/0.975 of the whole (null if never reached). RenormalisedLow/High take
    /// the thresholds as shares of the kept weight, for comparison only. StageProbability = kept weight whose stage
    /// equals StageOf(actual) — the stage of the number, ignoring coverage withholding — over mᵐ.
    /// </summary>
    public static RefBand BandOf(IReadOnlyList<RefResample> resamples, long denominator, double actual)
    {
        var kept = resamples.Where(r => r.Value is not null).OrderBy(r => r.Value!.Value).ToList();
        var keptWeight = kept.Sum(r => r.Weight);
        double? Point(long numerator, long whole)
        {
            long cumulative = 0;
            foreach (var r in kept)
            {
                cumulative += r.Weight;
                if (cumulative * 40 >= numerator * whole)
                {
                    return r.Value;
                }
            }

            return null;
        }

        var actualStage = ReferenceScoring.StageOf(actual);
        var inStage = kept.Where(r => ReferenceScoring.StageOf(r.Value!.Value) == actualStage).Sum(r => r.Weight);
        return new RefBand(
            Point(1, denominator),
            Point(39, denominator),
            keptWeight > 0 ? Point(1, keptWeight) : null,
            keptWeight > 0 ? Point(39, keptWeight) : null,
            (double)inStage / denominator,
            (double)keptWeight / denominator,
            resamples.Count);
    }

    /// <summary>
    /// Bands of every in-scope domain ("D:id"), theme ("T:id") and the overall ("O"); null with m ≤ 3 (no band) or
    /// m &gt; 8 (the rules' 2,000 seeded draws are not reproduced here). A score that is null in the actual assessment
    /// gets no band (there is no stage to compare with). Each resample re-scores the whole assessment with assessor i
    /// rating kᵢ times.
    /// </summary>
    internal static Dictionary<string, RefBand>? Bands(RefGrid grid, RefNumbers actual)
    {
        var m = grid.Assessors.Count;
        if (m is < MinAssessors or > MaxAssessors)
        {
            return null;
        }

        var resamples = Multisets(m).Select(ms => (Numbers: grid.Numbers([.. ms.Counts]), ms.Weight)).ToList();
        var denominator = Denominator(m);
        var bands = new Dictionary<string, RefBand>(StringComparer.Ordinal);
        void Add(string key, double? score, Func<RefNumbers, double?> select)
        {
            if (score is { } s)
            {
                bands[key] = BandOf([.. resamples.Select(r => new RefResample(select(r.Numbers), r.Weight))], denominator, s);
            }
        }

        foreach (var (id, number) in actual.Domains)
        {
            Add("D:" + id, number.Score, n => n.Domains[id].Score);
        }

        foreach (var (id, number) in actual.Themes)
        {
            Add("T:" + id, number.Score, n => n.Themes[id].Score);
        }

        Add("O", actual.Overall.Score, n => n.Overall.Score);
        return bands;
    }

    private static long Factorial(int k)
    {
        long f = 1;
        for (var i = 2; i <= k; i++)
        {
            f *= i;
        }

        return f;
    }
}
