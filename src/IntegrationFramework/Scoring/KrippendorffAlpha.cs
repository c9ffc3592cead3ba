using System.Runtime.CompilerServices;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Krippendorff's alpha with the ordinal metric, for values on the five-level progress scale, computed from how many
/// values each unit has at each level (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
/// </summary>
/// <remarks>
/// Units with fewer than two values are not pairable and are left out. With <c>n</c> pairable values,
/// coincidences <c>o(c,k)</c> summed over units (each unit's pairs divided by its values − 1), and value totals
/// <c>n(c)</c>: alpha = 1 − (n − 1) · Σ o(c,k) δ²(c,k) / Σ n(c) n(k) δ²(c,k), with the ordinal
/// δ(c,k) = Σ from g = c to k of n(g) − (n(c) + n(k)) / 2. Alpha is undefined (null) when no unit is pairable or the
/// pairable values do not vary. Sums run over units in the order given and levels in order, so the result does not
/// depend on the order of the ratings.
/// </remarks>
internal ref struct KrippendorffAlpha
{
    public const int Levels = 5;
    private Span<double> coincidences;
    private Span<double> totals;

    public KrippendorffAlpha(Span<double> coincidences, Span<double> totals)
    {
        this.coincidences = coincidences;
        this.totals = totals;
        coincidences.Clear();
        totals.Clear();
    }

    /// <summary>Adds one unit: how many of its values are at each level.</summary>
    public void AddUnit(ReadOnlySpan<int> countsByLevel)
    {
        int values = 0, lowest = -1, highest = -1;
        for (var c = 0; c < Levels; c++)
        {
            if (countsByLevel[c] != 0)
            {
                values += countsByLevel[c];
                lowest = lowest < 0 ? c : lowest;
                highest = c;
            }
        }

        AddUnit(countsByLevel, values, lowest, highest);
    }

    /// <summary>
    /// Adds one unit whose <paramref name="values"/> values lie from level <paramref name="lowest"/> to
    /// <paramref name="highest"/>, which the caller knows already.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddUnit(ReadOnlySpan<int> countsByLevel, int values, int lowest, int highest)
    {
        if (values < 2)
        {
            return;
        }

        // Only the coincidences of two different levels c < k count (the metric is 0 on the diagonal and symmetric),
        // so only those are kept: o(c,k) += f(c) f(k) / (values − 1).
        var perPair = 1.0 / (values - 1);
        for (var c = lowest; c <= highest; c++)
        {
            var fc = countsByLevel[c];
            if (fc == 0)
            {
                continue;
            }

            totals[c] += fc;
            for (var k = c + 1; k <= highest; k++)
            {
                var fk = countsByLevel[k];
                if (fk != 0)
                {
                    coincidences[(c * Levels) + k] += fc * fk * perPair;
                }
            }
        }
    }

    /// <summary>The alpha of the units added, or null where it is undefined.</summary>
    public readonly double? Value()
    {
        double n = 0;
        for (var c = 0; c < Levels; c++)
        {
            n += totals[c];
        }

        if (n < 2)
        {
            return null;
        }

        // The coincidence matrix and the metric are symmetric: sum each pair of levels c < k once, twice over.
        double observed = 0;
        double expected = 0;
        for (var c = 0; c < Levels; c++)
        {
            var cumulative = totals[c];
            for (var k = c + 1; k < Levels; k++)
            {
                cumulative += totals[k];
                var delta = cumulative - ((totals[c] + totals[k]) / 2);
                var squared = delta * delta;
                observed += 2 * coincidences[(c * Levels) + k] * squared;
                expected += 2 * totals[c] * totals[k] * squared;
            }
        }

        return expected == 0 ? null : 1 - ((n - 1) * observed / expected);
    }
}
