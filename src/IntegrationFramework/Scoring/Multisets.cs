namespace IntegrationFramework.Scoring;

/// <summary>
/// Every multiset of m partners drawn m times — every way of giving m copies to m partners — in an order where each
/// mostly differs from the one before by one copy moved from one partner to another, so that a resample can be scored
/// from the one before it (<see cref="PartnerResampler"/>).
/// </summary>
/// <remarks>
/// The order is reflected: the first partner takes m, m − 1, …, 0 copies in turn, and for each the rest are ordered the
/// same way, forwards and backwards alternately, so that one block ends next to where the following one starts. For
/// eight partners, 6,140 of the 6,434 steps move one copy; the rest are scored afresh. Built once per number of
/// partners and kept.
/// </remarks>
internal static class Multisets
{
    private static readonly Order?[] Built = new Order?[PartnerResampler.ExactUpTo + 1];

    /// <summary>
    /// The multisets of m partners in order: each one's copies (m numbers), its weight numerator m! / ∏ kᵢ!, and the
    /// step from the one before: the partner who gave a copy and the one who took it, or −1 and −1 where more changed.
    /// </summary>
    internal sealed record Order(int[] Copies, long[] Weights, int[] Givers, int[] Takers);

    /// <summary>The multisets of <paramref name="m"/> partners, in order.</summary>
    public static Order Of(int m)
    {
        if (Built[m] is { } built)
        {
            return built;
        }

        var list = new List<int>();
        var prefix = new int[m];
        Fill(0, m, reverse: false);
        var copies = list.ToArray();
        var count = copies.Length / m;
        var (weights, givers, takers) = (new long[count], new int[count], new int[count]);
        for (var r = 0; r < count; r++)
        {
            weights[r] = Factorial(m);
            (givers[r], takers[r]) = (-1, -1);
            var changed = 0;
            for (var p = 0; p < m; p++)
            {
                weights[r] /= Factorial(copies[(r * m) + p]);
                var delta = r == 0 ? 2 : copies[(r * m) + p] - copies[((r - 1) * m) + p];
                changed += delta != 0 ? 1 : 0;
                givers[r] = delta == -1 ? p : givers[r];
                takers[r] = delta == 1 ? p : takers[r];
            }

            (givers[r], takers[r]) = changed == 2 && givers[r] >= 0 && takers[r] >= 0 ? (givers[r], takers[r]) : (-1, -1);
        }

        return Built[m] = new Order(copies, weights, givers, takers);

        void Fill(int partner, int left, bool reverse)
        {
            if (partner == m - 1)
            {
                prefix[partner] = left;
                list.AddRange(prefix);
                return;
            }

            // The blocks for left, left − 1, …, 0 copies, alternately forwards and backwards; the whole backwards when asked.
            var flip = false;
            for (var step = 0; step <= left; step++)
            {
                var copies = reverse ? step : left - step;
                prefix[partner] = copies;
                Fill(partner + 1, left - copies, reverse ? (left % 2 == 0) != flip : flip);
                flip = !flip;
            }
        }
    }

    private static long Factorial(int n)
    {
        var f = 1L;
        for (var i = 2; i <= n; i++)
        {
            f *= i;
        }

        return f;
    }
}
