namespace IntegrationFramework.Tests.Reference;

/// <summary>
/// Rule 6: Krippendorff's alpha with the ordinal metric, written from K. Krippendorff, "Computing Krippendorff's
/// Alpha-Reliability" (2011), and its delete-one-item jackknife band. A unit is an item; its values are its level
/// ratings (0–4); notApplicable ratings are not values.
/// </summary>
public static class RefKrippendorff
{
    private const int Values = 5; // levels 0..4

    /// <summary>
    /// α = 1 − D_o/D_e = 1 − (n − 1) · Σ_{c&lt;k} o_ck δ²_ck / Σ_{c&lt;k} n_c n_k δ²_ck, where
    /// o_ck = Σ_u (number of c–k pairs of values in unit u) / (m_u − 1) over the units with m_u ≥ 2 values (pairable),
    /// n_c = Σ_k o_ck, n = Σ_c n_c, and the ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
    /// Null (undefined) when there are no pairable values (n = 0) or they do not vary (D_e = 0).
    /// </summary>
    public static double? Alpha(IReadOnlyList<IReadOnlyList<int>> units)
    {
        // The coincidence matrix: every ordered pair of values from different raters (positions) within a unit.
        var o = new double[Values, Values];
        foreach (var unit in units)
        {
            var m = unit.Count;
            if (m < 2)
            {
                continue; // not pairable
            }

            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    if (i != j)
                    {
                        o[unit[i], unit[j]] += 1.0 / (m - 1);
                    }
                }
            }
        }

        var nc = new double[Values];
        for (var c = 0; c < Values; c++)
        {
            for (var k = 0; k < Values; k++)
            {
                nc[c] += o[c, k];
            }
        }

        var n = nc.Sum();
        if (n == 0)
        {
            return null;
        }

        double observed = 0, expected = 0;
        for (var c = 0; c < Values; c++)
        {
            for (var k = c + 1; k < Values; k++)
            {
                var delta2 = OrdinalDelta2(nc, c, k);
                observed += o[c, k] * delta2;
                expected += nc[c] * nc[k] * delta2;
            }
        }

        // D_e = 0 only when a single value occurs (for c ≠ k both occurring, δ² ≥ ((n_c + n_k)/2)² > 0).
        return expected == 0 ? null : 1 - ((n - 1) * observed / expected);
    }

    /// <summary>The ordinal metric: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², for c ≤ k.</summary>
    public static double OrdinalDelta2(IReadOnlyList<double> nc, int c, int k)
    {
        double sum = 0;
        for (var g = c; g <= k; g++)
        {
            sum += nc[g];
        }

        var d = sum - ((nc[c] + nc[k]) / 2);
        return d * d;
    }

    /// <summary>
    /// Alpha with its jackknife band. Over the n units with ≥ 2 values: α₋ᵢ = alpha without unit i, ᾱ = their mean,
    /// SE² = (n − 1)/n · Σ(α₋ᵢ − ᾱ)², band = α ± 1.96 SE with the top clipped at 1 (the bottom is not clipped).
    /// No band when α or any α₋ᵢ is undefined or n &lt; 2. Units with fewer than 2 values are dropped first.
    /// </summary>
    public static RefAlpha AlphaWithBand(IReadOnlyList<IReadOnlyList<int>> units)
    {
        var pairable = units.Where(u => u.Count >= 2).ToList();
        var alpha = Alpha(pairable);
        var n = pairable.Count;
        if (alpha is null || n < 2)
        {
            return new RefAlpha(alpha, null, null, n);
        }

        var leaveOneOut = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var without = pairable.Where((_, j) => j != i).ToList();
            if (Alpha(without) is not { } a)
            {
                return new RefAlpha(alpha, null, null, n);
            }

            leaveOneOut.Add(a);
        }

        var mean = leaveOneOut.Average();
        var se = Math.Sqrt((n - 1.0) / n * leaveOneOut.Sum(a => (a - mean) * (a - mean)));
        return new RefAlpha(alpha, alpha.Value - (1.96 * se), Math.Min(1, alpha.Value + (1.96 * se)), n);
    }
}
