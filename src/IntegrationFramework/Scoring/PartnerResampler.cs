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
internal sealed partial class PartnerResampler
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
            constant[d] = new Aggregator();
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
}
