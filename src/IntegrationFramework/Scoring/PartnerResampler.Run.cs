namespace IntegrationFramework.Scoring;

/// <summary>Running the resamples: all of them in order, split across two threads from <see cref="SplitFrom"/>.</summary>
internal sealed partial class PartnerResampler
{
    /// <summary>How many resamples make it worth tallying a domain's scores rather than keeping them one by one.</summary>
    public const int TallyFrom = 1000;

    /// <summary>How many resamples make it worth scoring them on two threads: from seven partners (1,716 multisets) up.</summary>
    public const int SplitFrom = 1716;

    /// <summary>
    /// Scores every resample: on one thread, or, from <see cref="SplitFrom"/> resamples, in two halves side by side,
    /// each from its own start, which give the same scores as one pass.
    /// </summary>
    /// <returns>The resamples' scores.</returns>
    public ResampledScores Run()
    {
        var total = ResampleCount(m);
        var draws = Exact ? null : Drawn();
        if (total < SplitFrom)
        {
            var scores = new ResampledScores(Series, total, Tallied, MostItems);
            RunRange(scores, draws, 0, total);
            return scores;
        }

        var halves = new[] { new ResampledScores(Series, total / 2, Tallied, MostItems), new ResampledScores(Series, total - (total / 2), Tallied, MostItems) };
        Parallel.Invoke(() => RunRange(halves[0], draws, 0, total / 2), () => RunRange(halves[1], draws, total / 2, total));
        return ResampledScores.Merge(halves[0], halves[1]);
    }

    /// <summary>The copies of each partner in each of the <see cref="Draws"/> draws, from the fixed seed, one draw after another.</summary>
    private int[] Drawn()
    {
        var random = new Random(Seed);
        var copies = new int[Draws * m];
        for (var draw = 0; draw < Draws; draw++)
        {
            Draw(random, copies.AsSpan(draw * m, m));
        }

        return copies;
    }

    /// <summary>One draw of as many partners as <paramref name="copies"/> has, with replacement: each pick adds a copy.</summary>
    public static void Draw(Random random, Span<int> copies)
    {
        for (var i = 0; i < copies.Length; i++)
        {
            copies[random.Next(copies.Length)]++;
        }
    }

    /// <summary>
    /// Each resample's scores, one resample after another (<see cref="Series"/> numbers each, NaN for none), for
    /// resamples given as copies of the partners in another order: <paramref name="positions"/>[k] is where the k-th
    /// partner of that order stands in <see cref="Partners"/>. The copies are <paramref name="order"/>'s multisets when
    /// given, each scored from the one before where one copy moved, else <paramref name="drawn"/>'s.
    /// </summary>
    public double[] ScoresOf(Multisets.Order? order, int[]? drawn, int[] positions, int total)
    {
        var scores = new double[total * Series];
        var state = new State(this);
        var copies = new int[m];
        var source = order?.Copies ?? drawn!;
        for (var r = 0; r < total; r++)
        {
            if (order is not null && r > 0 && order.Givers[r] >= 0)
            {
                state.Move(positions[order.Givers[r]], positions[order.Takers[r]]);
            }
            else
            {
                for (var k = 0; k < m; k++)
                {
                    copies[positions[k]] = source[(r * m) + k];
                }

                if (r == 0)
                {
                    state.Reset(copies);
                }
                else
                {
                    state.Shift(copies);
                }
            }

            state.Scores().CopyTo(scores, r * Series);
        }

        return scores;
    }

    /// <summary>Scores resamples <paramref name="from"/> to <paramref name="to"/> (exclusive) into <paramref name="scores"/>.</summary>
    private void RunRange(ResampledScores scores, int[]? draws, int from, int to)
    {
        var state = new State(this);
        var copies = new int[m];
        var order = draws is null ? Multisets.Of(m) : null;
        for (var r = from; r < to; r++)
        {
            if (order is not null && r > from && order.Givers[r] >= 0)
            {
                state.Move(order.Givers[r], order.Takers[r]);
            }
            else
            {
                Array.Copy(order?.Copies ?? draws!, r * m, copies, 0, m);
                if (r == from)
                {
                    state.Reset(copies);
                }
                else
                {
                    state.Shift(copies);
                }
            }

            scores.Add(state.Scores(), state.Keys(scores), order?.Weights[r] ?? 1);
        }
    }

    /// <summary>
    /// What item <paramref name="i"/> adds to its domain from its counts, in half-levels, in the scorer's order: nothing
    /// (−1) when no one in the resample rated it, unless unrated items count as not started (0); the agreed level when
    /// the meeting agreed one; nothing when most ratings say not applicable; else the median of its levels.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Contribution(ReadOnlySpan<int> item, int i)
    {
        var notApplicable = item[NotApplicable];
        var leveled = item[0] + item[1] + item[2] + item[3] + item[4];
        var ratings = leveled + notApplicable;
        return ratings == 0 ? unrated
            : agreedHalves[i] >= 0 ? agreedHalves[i]
            : 2 * notApplicable > ratings ? -1
            : LevelCounts.MedianHalfLevels(item, leveled);
    }
}
