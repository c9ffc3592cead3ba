using IntegrationFramework.Assessments;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Scores an assessment again with its partners drawn with replacement: every multiset of the m partners (exactly, for
/// m ≤ <see cref="ExactUpTo"/>) or <see cref="Draws"/> seeded draws, each copy of a partner rating as one more partner.
/// Each resample's domain, theme and overall scores go to a <see cref="ResampledScores"/>.
/// </summary>
/// <remarks>
/// <para>
/// The ratings are laid out once as a code per item and partner (a level 0–4, 5 for not applicable, 6 for none). Items
/// every partner coded alike count the same in every resample and are combined once. The multisets are visited in an
/// order (<see cref="Multisets"/>) where each mostly differs from the one before by one copy moved from one partner to
/// another, so a resample changes only the items those two partners rated differently: their counts are updated, their
/// medians taken again, and their domains' sums adjusted, rather than the assessment scored afresh.
/// </para>
/// <para>
/// Items combine into domains, themes and the overall score by the policy's rules, as <see cref="Scorer"/> does. Under a
/// mean with equal item weights (the standard policy), a domain keeps its sum of half-levels and its count of scored
/// items as whole numbers, which give the same score to the last bit as the scorer's sum of points; otherwise a changed
/// domain is combined again from its items. An item the consensus meeting agreed keeps the agreed level in every
/// resample in which anyone rated it: the meeting settled it.
/// </para>
/// </remarks>
internal sealed class PartnerResampler
{
    /// <summary>The most partners whose multisets are enumerated; above, <see cref="Draws"/> seeded draws.</summary>
    public const int ExactUpTo = 8;

    /// <summary>How many resamples are drawn above <see cref="ExactUpTo"/> partners.</summary>
    public const int Draws = 2000;

    /// <summary>The seed of the draws, so that the same assessment gets the same band on every machine and run.</summary>
    public const int Seed = 2018;

    /// <summary>Counts per item: levels 0–4, not applicable, and a slot that "none" is counted into and never read.</summary>
    private const int Slots = 8;
    private const byte NotApplicable = 5;
    private const byte None = 6;

    private readonly Checklists.Checklist checklist;
    private readonly ScoringPolicy policy;

    /// <summary>What an item no one in a resample rated adds: 0 (not started) where the policy says so, else nothing (−1).</summary>
    private readonly int unrated;
    private readonly CompiledPolicy weights;
    private readonly bool[] excluded;
    private readonly int[] agreed;
    private readonly int m;

    /// <summary>For item i and partner p, <c>codes[i * m + p]</c>: the level 0–4, <see cref="NotApplicable"/> or <see cref="None"/>.</summary>
    private readonly byte[] codes;

    /// <summary>The items whose code differs between partners, by domain in the checklist's order: the only ones a resample changes.</summary>
    private readonly int[] varying;

    /// <summary>Where each domain's varying items start in <see cref="varying"/> (one more entry than domains).</summary>
    private readonly int[] varyingStarts;

    /// <summary>The domain of each item, by position.</summary>
    private readonly int[] domainOf;

    /// <summary>The domains of each theme, by position.</summary>
    private readonly int[][] themeDomains;

    /// <summary>Each domain's items that count the same in every resample, combined once.</summary>
    private readonly Aggregator[] constant;

    /// <summary>Whether a domain's items combine by an unweighted mean, so its score is kept as whole-number sums.</summary>
    private readonly bool[] plain;

    /// <summary>The half-levels and the count of the items of <see cref="constant"/>, for <see cref="plain"/> domains.</summary>
    private readonly long[] constantHalves;
    private readonly int[] constantCount;

    /// <summary>
    /// For each ordered pair of partners (giver, taker), the varying items they coded differently, by domain: the domain
    /// and how many of its items follow, then three numbers an item: the item, and where in the counts a copy of the
    /// giver's and of the taker's rating is counted.
    /// </summary>
    private readonly int[][] differing;

    /// <summary>Each item's agreed level in half-levels, or −1: what the consensus meeting settled.</summary>
    private readonly int[] agreedHalves;

    public PartnerResampler(Assessment assessment, ScoringPolicy policy, CompiledPolicy weights)
    {
        this.policy = policy;
        this.weights = weights;
        unrated = policy.UnratedItems == UnratedItems.NotStarted ? 0 : -1;
        checklist = weights.Framework.Checklist;
        excluded = assessment.Compiled.ExcludedDomains;
        agreed = assessment.Compiled.Agreed;

        // The partners who gave at least one rating: a listed partner who returned nothing is no view to resample.
        var items = checklist.Items.Count;
        var byPartner = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var rating in assessment.Ratings)
        {
            if (!byPartner.TryGetValue(rating.AssessorId, out var ratedBy))
            {
                byPartner[rating.AssessorId] = ratedBy = new byte[items];
                Array.Fill(ratedBy, None);
            }

            ratedBy[checklist.IndexOfItem(rating.ItemId)] = rating.Progress == Progress.NotApplicable ? NotApplicable : (byte)rating.Progress;
        }

        // In the order of their ratings, item by item, not of the assessment's list or their names: which partner a
        // seeded draw picks then depends on what each rated alone, so the bands ignore the partners' order and names.
        var partners = byPartner.Keys.ToList();
        partners.Sort((a, b) => byPartner[a].AsSpan().SequenceCompareTo(byPartner[b]));
        Partners = partners;
        m = partners.Count;
        codes = new byte[items * Math.Max(1, m)];
        Array.Fill(codes, None);
        for (var p = 0; p < m; p++)
        {
            var ratedBy = byPartner[partners[p]];
            for (var i = 0; i < items; i++)
            {
                codes[(i * m) + p] = ratedBy[i];
            }
        }

        agreedHalves = new int[items];
        for (var i = 0; i < items; i++)
        {
            agreedHalves[i] = agreed.Length > 0 && agreed[2 * i] >= 0 ? 2 * agreed[2 * i] : -1;
        }

        domainOf = new int[items];
        var domains = checklist.Domains.Count;
        var list = new List<int>();
        varyingStarts = new int[domains + 1];
        constant = new Aggregator[domains];
        plain = new bool[domains];
        constantHalves = new long[domains];
        constantCount = new int[domains];
        Span<int> alone = stackalloc int[Slots];
        for (var d = 0; d < domains; d++)
        {
            constant[d] = new Aggregator(policy.Aggregation);
            plain[d] = policy.Aggregation == Aggregation.Mean;
            for (var i = checklist.DomainStarts[d]; i < checklist.DomainStarts[d + 1]; i++)
            {
                domainOf[i] = d;
                plain[d] &= weights.ItemWeights[i] == 1;
                if (excluded[d])
                {
                    continue;
                }

                var first = m > 0 ? codes[i * m] : None;
                var alike = true;
                for (var p = 1; p < m; p++)
                {
                    alike &= codes[(i * m) + p] == first;
                }

                if (!alike)
                {
                    list.Add(i);
                    continue;
                }

                // Every resample has some copies of a partner, so an item coded alike scores as one rating of that code.
                alone.Clear();
                if (first != None)
                {
                    alone[first] = 1;
                }

                if (Contribution(alone, i) is var halves and >= 0)
                {
                    constant[d].Add(halves * Scorer.HalfLevelPoints, weights.ItemWeights[i]);
                    constantHalves[d] += halves;
                    constantCount[d]++;
                }
            }

            varyingStarts[d + 1] = list.Count;
        }

        varying = [.. list];
        themeDomains = [.. Enumerable.Range(0, checklist.Themes.Count).Select(t => Enumerable.Range(0, domains).Where(d => checklist.ThemeOfDomain[d] == t).ToArray())];
        differing = new int[m * m][];
        var moves = new List<int>();
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                moves.Clear();
                for (var d = 0; d < domains; d++)
                {
                    var start = moves.Count;
                    moves.Add(d);
                    moves.Add(0);
                    for (var v = varyingStarts[d]; v < varyingStarts[d + 1]; v++)
                    {
                        var i = varying[v];
                        var (given, taken) = (codes[(i * m) + a], codes[(i * m) + b]);
                        if (given != taken)
                        {
                            moves.Add(i);
                            moves.Add((i * Slots) + given);
                            moves.Add((i * Slots) + taken);
                            moves[start + 1]++;
                        }
                    }

                    if (moves[start + 1] == 0)
                    {
                        moves.RemoveRange(start, 2);
                    }
                }

                differing[(a * m) + b] = [.. moves];
            }
        }

        // Tallied only where there are many resamples: a histogram of a domain's few hundred values costs more than it
        // saves over a hundred or so scores kept one by one.
        Tallied = [.. plain, .. new bool[checklist.Themes.Count + 1]];
        for (var d = 0; d < domains; d++)
        {
            Tallied[d] &= !excluded[d] && ResampleCount(m) >= TallyFrom;
            MostItems = Math.Max(MostItems, checklist.DomainStarts[d + 1] - checklist.DomainStarts[d]);
        }
    }

    /// <summary>For each series, whether its scores are given as whole-number sums (<see cref="ResampledScores.Key"/>).</summary>
    public bool[] Tallied { get; }

    /// <summary>The most items a domain has.</summary>
    public int MostItems { get; }

    /// <summary>The ids of the partners resampled: those who rated anything, in the order of their ratings.</summary>
    public IReadOnlyList<string> Partners { get; }

    /// <summary>How many scores each resample gives: the domains, the themes and the overall score.</summary>
    public int Series => checklist.Domains.Count + checklist.Themes.Count + 1;

    /// <summary>Whether the multisets are enumerated (true) or drawn.</summary>
    public bool Exact => m <= ExactUpTo;

    /// <summary>How many resamples <see cref="Run"/> makes for <paramref name="partners"/> partners: C(2m − 1, m), or the draws.</summary>
    public static int ResampleCount(int partners)
    {
        if (partners > ExactUpTo)
        {
            return Draws;
        }

        long count = 1;
        for (var i = 1; i <= partners; i++)
        {
            count = count * (partners + i - 1) / i;
        }

        return (int)count;
    }

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
            for (var i = 0; i < m; i++)
            {
                copies[(draw * m) + random.Next(m)]++;
            }
        }

        return copies;
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
            : Scorer.MedianHalfLevels(item, leveled);
    }

    /// <summary>One resample's counts, each varying item's contribution, and each domain's sums, kept up to date as partners' copies change.</summary>
    private sealed class State
    {
        private readonly PartnerResampler owner;
        private readonly int[] counts;
        private readonly int[] halves;
        private readonly long[] sum;
        private readonly int[] count;
        private readonly bool[] dirty;
        private readonly double[] output;
        private readonly int[] keys;

        /// <summary>The copies of each partner the counts hold now.</summary>
        private readonly int[] held;

        public State(PartnerResampler owner)
        {
            this.owner = owner;
            var items = owner.checklist.Items.Count;
            counts = new int[items * Slots];
            halves = new int[items];
            sum = new long[owner.checklist.Domains.Count];
            count = new int[sum.Length];
            dirty = new bool[sum.Length];
            output = new double[owner.Series];
            keys = new int[owner.Series];
            held = new int[owner.m];
        }

        /// <summary>The resample's keys of the tallied series: each domain's sum of half-levels and count of items.</summary>
        public int[] Keys(ResampledScores scores)
        {
            for (var d = 0; d < sum.Length; d++)
            {
                keys[d] = owner.Tallied[d] ? scores.Key(sum[d], count[d]) : 0;
            }

            return keys;
        }

        /// <summary>Counts every varying item afresh for <paramref name="copies"/> of each partner.</summary>
        public void Reset(int[] copies)
        {
            Array.Clear(counts);
            Array.Clear(held);
            Shift(copies);
        }

        /// <summary>
        /// Goes to <paramref name="copies"/> of each partner from the copies held now: the counts of the partners whose
        /// copies changed, then every varying item's contribution and every domain's sums afresh.
        /// </summary>
        public void Shift(int[] copies)
        {
            var m = owner.m;
            for (var p = 0; p < m; p++)
            {
                var change = copies[p] - held[p];
                if (change != 0)
                {
                    foreach (var i in owner.varying)
                    {
                        counts[(i * Slots) + owner.codes[(i * m) + p]] += change;
                    }

                    held[p] = copies[p];
                }
            }

            Array.Copy(owner.constantHalves, sum, sum.Length);
            Array.Copy(owner.constantCount, count, count.Length);
            foreach (var i in owner.varying)
            {
                halves[i] = owner.Contribution(counts.AsSpan(i * Slots, Slots), i);
                Count(i, halves[i], 1);
            }

            Array.Fill(dirty, true);
        }

        /// <summary>Moves one copy from partner <paramref name="giver"/> to <paramref name="taker"/>: only the items the two coded differently change.</summary>
        public void Move(int giver, int taker)
        {
            held[giver]--;
            held[taker]++;
            var moves = owner.differing[(giver * owner.m) + taker];
            var (itemCounts, itemHalves) = (counts, halves);
            for (var x = 0; x < moves.Length;)
            {
                // A domain's changes are summed in registers and stored once, not through memory item after item.
                var (d, n) = (moves[x], moves[x + 1]);
                x += 2;
                long changeOfSum = 0;
                var changeOfCount = 0;
                for (var end = x + (3 * n); x < end; x += 3)
                {
                    var i = moves[x];

                    // "None" is counted into a slot no one reads, so no branch is needed for it.
                    itemCounts[moves[x + 1]]--;
                    itemCounts[moves[x + 2]]++;
                    var (now, before) = (owner.Contribution(itemCounts.AsSpan(i * Slots, Slots), i), itemHalves[i]);

                    // Whether or not the item changed, without a branch: which way it goes is a coin toss to the processor.
                    changeOfSum += Math.Max(now, 0) - Math.Max(before, 0);
                    changeOfCount += (int)((uint)~now >> 31) - (int)((uint)~before >> 31);
                    itemHalves[i] = now;
                }

                sum[d] += changeOfSum;
                count[d] += changeOfCount;
                dirty[d] = true;
            }
        }

        /// <summary>Adds (or, with −1, takes away) an item's contribution to its domain's sums, and marks the domain changed.</summary>
        private void Count(int i, int contribution, int sign)
        {
            var d = owner.domainOf[i];
            dirty[d] = true;
            if (contribution >= 0)
            {
                sum[d] += sign * contribution;
                count[d] += sign;
            }
        }

        /// <summary>The resample's domain, theme and overall scores (NaN for none).</summary>
        public double[] Scores()
        {
            var checklist = owner.checklist;
            var domains = checklist.Domains.Count;
            for (var d = 0; d < domains; d++)
            {
                if (!dirty[d])
                {
                    continue;
                }

                dirty[d] = false;
                if (owner.excluded[d] || count[d] == 0)
                {
                    output[d] = double.NaN;
                }
                else if (owner.plain[d])
                {
                    // The scorer's sum of points, each a multiple of 12.5, is exact; so is this one.
                    output[d] = sum[d] * Scorer.HalfLevelPoints / count[d];
                }
                else
                {
                    var score = owner.constant[d];
                    for (var v = owner.varyingStarts[d]; v < owner.varyingStarts[d + 1]; v++)
                    {
                        var i = owner.varying[v];
                        if (halves[i] >= 0)
                        {
                            score.Add(halves[i] * Scorer.HalfLevelPoints, owner.weights.ItemWeights[i]);
                        }
                    }

                    output[d] = score.Value() ?? double.NaN;
                }
            }

            var overall = new Aggregator(owner.policy.Aggregation);
            for (var t = 0; t < checklist.Themes.Count; t++)
            {
                var theme = new Aggregator(owner.policy.Aggregation);
                foreach (var d in owner.themeDomains[t])
                {
                    if (!double.IsNaN(output[d]))
                    {
                        theme.Add(output[d], owner.weights.DomainWeights[d]);
                    }
                }

                var value = theme.Value();
                output[domains + t] = value ?? double.NaN;
                overall.Add(value, 1);
            }

            output[^1] = overall.Value() ?? double.NaN;
            return output;
        }
    }
}
