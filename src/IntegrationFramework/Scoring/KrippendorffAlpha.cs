using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Krippendorff's alpha with the ordinal metric, for values on the five-level progress scale, computed from how many
/// values each unit has at each level (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
/// </summary>
/// <remarks>
/// <para>
/// Units with fewer than two values are not pairable and are left out. With <c>n</c> pairable values,
/// coincidences <c>o(c,k)</c> summed over units (each unit's pairs divided by its values − 1), and value totals
/// <c>n(c)</c>: alpha = 1 − (n − 1) · Σ o(c,k) δ²(c,k) / Σ n(c) n(k) δ²(c,k), with the ordinal
/// δ(c,k) = Σ from g = c to k of n(g) − (n(c) + n(k)) / 2. Alpha is undefined (null) when no unit is pairable or the
/// pairable values do not vary.
/// </para>
/// <para>
/// Only the coincidences of two different levels c &lt; k are kept: the metric is 0 on the diagonal and symmetric.
/// Pair counts f(c) f(k) are summed as whole numbers (held exactly in doubles, two to a vector) while consecutive
/// units have the same number of values (as they mostly do: every assessor rates every item), and divided by
/// values − 1 only when that number changes, so the inner loop of scoring does no floating-point division. The units
/// come in the checklist's order, so the result does not depend on the order of the ratings.
/// </para>
/// </remarks>
internal struct KrippendorffAlpha
{
    public const int Levels = 5;

    // Value totals n(c) of pairable values: levels 0 and 1, 2 and 3, and 4.
    private Vector128<double> totals01;
    private Vector128<double> totals23;
    private double total4;

    // Pair counts f(c) f(k) of the units of the current size, not yet divided by size − 1, two to a vector in the order
    // of ValueOf: (01, 02), (03, 04), (12, 13), (14, 23), (24, 34).
    private Vector128<double> pairs0;
    private Vector128<double> pairs1;
    private Vector128<double> pairs2;
    private Vector128<double> pairs3;
    private Vector128<double> pairs4;
    private int size;

    // Coincidences o(c,k) of the units before them, in the same order.
    private Vector128<double> coincidences0;
    private Vector128<double> coincidences1;
    private Vector128<double> coincidences2;
    private Vector128<double> coincidences3;
    private Vector128<double> coincidences4;

    /// <summary>Adds one unit: how many of its values are at each level.</summary>
    public void AddUnit(ReadOnlySpan<int> countsByLevel)
        => AddUnit(countsByLevel, countsByLevel[0] + countsByLevel[1] + countsByLevel[2] + countsByLevel[3] + countsByLevel[4]);

    /// <summary>Adds one unit of <paramref name="values"/> values, the sum of its counts, which the caller knows already.</summary>
    public void AddUnit(ReadOnlySpan<int> countsByLevel, int values)
    {
        if (values < 2)
        {
            return;
        }

        if (values != size)
        {
            Divide();
            size = values;
        }

        // Counts, their totals and their products are whole numbers, which doubles hold exactly below 2⁵³ (a domain of
        // some 10⁸ ratings), so summing them as doubles gives what summing them as whole numbers gives: in ten lanes of
        // five 128-bit vectors (which x64 and Arm64 both have) rather than fifteen running sums that the scorer's loop
        // has no registers for.
        double f0 = countsByLevel[0], f1 = countsByLevel[1], f2 = countsByLevel[2], f3 = countsByLevel[3], f4 = countsByLevel[4];
        var (f12, f23) = (Vector128.Create(f1, f2), Vector128.Create(f2, f3));
        totals01 += Vector128.Create(f0, f1);
        totals23 += f23;
        total4 += f4;
        pairs0 += Vector128.Create(f0) * f12;
        pairs1 += Vector128.Create(f0) * Vector128.Create(f3, f4);
        pairs2 += Vector128.Create(f1) * f23;
        pairs3 += f12 * Vector128.Create(f4, f3);
        pairs4 += f23 * Vector128.Create(f4);
    }

    /// <summary>The alpha of the units added, or null where it is undefined.</summary>
    public double? Value()
    {
        Divide();
        Span<double> levelTotals = stackalloc double[Levels];
        totals01.CopyTo(levelTotals);
        totals23.CopyTo(levelTotals[2..]);
        levelTotals[4] = total4;
        Span<double> coincidences = stackalloc double[10];
        coincidences0.CopyTo(coincidences);
        coincidences1.CopyTo(coincidences[2..]);
        coincidences2.CopyTo(coincidences[4..]);
        coincidences3.CopyTo(coincidences[6..]);
        coincidences4.CopyTo(coincidences[8..]);
        return ValueOf(levelTotals, coincidences);
    }

    /// <summary>
    /// The alpha of value totals n(c) and the coincidences o(c,k) of the ten pairs of levels c &lt; k (in the order
    /// 01, 02, 03, 04, 12, 13, 14, 23, 24, 34), or null where it is undefined.
    /// </summary>
    public static double? ValueOf(ReadOnlySpan<double> totals, ReadOnlySpan<double> coincidences)
    {
        var t4 = totals[4];
        var n = totals[0] + totals[1] + totals[2] + totals[3] + t4;
        if (n < 2)
        {
            return null;
        }

        // The coincidence matrix and the metric are symmetric: sum each pair of levels c < k once, twice over, in the
        // order 01, 02, 03, 04, 12, …, 34, with the cumulative totals from c to k built up as k rises. Written out
        // rather than looped: it runs for every domain of every card and resample.
        var (t0, t1, t2, t3) = (totals[0], totals[1], totals[2], totals[3]);
        var (o, e) = (0.0, 0.0);
        var cumulative = t0 + t1;
        AddPair(ref o, ref e, cumulative, t0, t1, coincidences[0]);
        AddPair(ref o, ref e, cumulative += t2, t0, t2, coincidences[1]);
        AddPair(ref o, ref e, cumulative += t3, t0, t3, coincidences[2]);
        AddPair(ref o, ref e, cumulative += t4, t0, t4, coincidences[3]);
        cumulative = t1 + t2;
        AddPair(ref o, ref e, cumulative, t1, t2, coincidences[4]);
        AddPair(ref o, ref e, cumulative += t3, t1, t3, coincidences[5]);
        AddPair(ref o, ref e, cumulative += t4, t1, t4, coincidences[6]);
        cumulative = t2 + t3;
        AddPair(ref o, ref e, cumulative, t2, t3, coincidences[7]);
        AddPair(ref o, ref e, cumulative += t4, t2, t4, coincidences[8]);
        AddPair(ref o, ref e, t3 + t4, t3, t4, coincidences[9]);

        return e == 0 ? null : 1 - ((n - 1) * o / e);
    }

    /// <summary>Adds levels c and k's disagreement, observed and expected, with δ = cumulative − (n(c) + n(k)) / 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPair(ref double observed, ref double expected, double cumulative, double totalC, double totalK, double coincidences)
    {
        var delta = cumulative - ((totalC + totalK) / 2);
        var squared = delta * delta;
        observed += 2 * coincidences * squared;
        expected += 2 * totalC * totalK * squared;
    }

    /// <summary>Divides the pair counts of the units of the current size by size − 1 into the coincidences.</summary>
    private void Divide()
    {
        if (size < 2)
        {
            return;
        }

        var perPair = 1.0 / (size - 1);
        coincidences0 += pairs0 * perPair;
        coincidences1 += pairs1 * perPair;
        coincidences2 += pairs2 * perPair;
        coincidences3 += pairs3 * perPair;
        coincidences4 += pairs4 * perPair;
        (pairs0, pairs1, pairs2, pairs3, pairs4) = (default, default, default, default, default);
        size = 0;
    }
}
