namespace IntegrationFramework.Scoring;

/// <summary>The state one run of resamples keeps up to date.</summary>
internal sealed partial class PartnerResampler
{
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

                    output[d] = score.Value(owner.policy.Aggregation) ?? double.NaN;
                }
            }

            var overall = new Aggregator();
            for (var t = 0; t < checklist.Themes.Count; t++)
            {
                var theme = new Aggregator();
                foreach (var d in owner.themeDomains[t])
                {
                    if (!double.IsNaN(output[d]))
                    {
                        theme.Add(output[d], owner.weights.DomainWeights[d]);
                    }
                }

                var value = theme.Value(owner.policy.Aggregation);
                output[domains + t] = value ?? double.NaN;

                // A theme without a number (a mean of weights so large it overflows is NaN) leaves the overall, as the
                // scorer's theme score without one does.
                overall.Add(value is { } number && !double.IsNaN(number) ? number : null, 1);
            }

            output[^1] = overall.Value(owner.policy.Aggregation) ?? double.NaN;
            return output;
        }
    }
}
