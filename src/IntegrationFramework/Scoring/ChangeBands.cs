using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Scoring;

/// <summary>
/// How far each change between two reviews moves with whose views were sought: the band of the change of every domain,
/// theme and the overall score (<see cref="ChangeBand"/>), from both reviews scored again with their partners drawn
/// with replacement.
/// </summary>
/// <remarks>
/// <para>
/// When the partners who rated are the same in both reviews (by assessor id), the same multiset is applied to both
/// (<see cref="Paired"/>): every multiset of the m partners weighted m!/(∏kᵢ!)/mᵐ, exact for m ≤ 8, else 2,000 draws
/// from a fixed seed, as the partner band of <see cref="Bands"/> is made; each resample's change is its later score
/// minus its earlier. Otherwise — when any partner joined or left — each review is resampled on its own, 2,000 draws
/// from the fixed seed with each draw's pair drawn together, and the change is the later draw's score minus the
/// earlier's; the partners both reviews share are then drawn independently in each, which makes the bands wider than
/// pairing them would. The band is the weighted 2.5 % and 97.5 % points of the changes, resamples in which either
/// review has no score left out, and is given only where both reviews have the score. With three partners or fewer in
/// either review there is no band: too few to tell how much a score depends on who rated.
/// </para>
/// <para>
/// Made by <see cref="Of"/>; <see cref="ReviewComparison.Of"/> puts each band on its change. A comparison of score
/// cards read without their ratings has none.
/// </para>
/// </remarks>
public sealed record ChangeBands
{
    private ChangeBands(
        Framework framework,
        string policyId,
        string footprintCode,
        LocalDate earlier,
        LocalDate later,
        BandMethod method,
        int resamples,
        bool paired,
        int earlierPartners,
        int laterPartners,
        int joined,
        int left,
        ChangeBand? overall,
        EquatableArray<ChangeBand?> themes,
        EquatableArray<ChangeBand?> domains)
    {
        Framework = framework;
        PolicyId = policyId;
        FootprintCode = footprintCode;
        Earlier = earlier;
        Later = later;
        Method = method;
        Resamples = resamples;
        Paired = paired;
        EarlierPartners = earlierPartners;
        LaterPartners = laterPartners;
        Joined = joined;
        Left = left;
        Overall = overall;
        Themes = themes;
        Domains = domains;
    }

    /// <summary>The framework of the later review: the one both were assessed against, or, across editions, the one derived from the earlier's.</summary>
    public Framework Framework { get; }

    /// <summary>The policy both reviews were scored under.</summary>
    public string PolicyId { get; }

    /// <summary>The code of the footprint both reviews are of.</summary>
    public string FootprintCode { get; }

    /// <summary>The date of the earlier review.</summary>
    public LocalDate Earlier { get; }

    /// <summary>The date of the later review.</summary>
    public LocalDate Later { get; }

    /// <summary>
    /// How the bands were made: <see cref="BandMethod.Exact"/> (paired, every multiset),
    /// <see cref="BandMethod.SeededDraws"/> (2,000 draws), or <see cref="BandMethod.TooFewPartners"/> (none).
    /// </summary>
    public BandMethod Method { get; }

    /// <summary>How many resamples the bands rest on: the multisets enumerated, the draws, or 0.</summary>
    public int Resamples { get; }

    /// <summary>The seed of the draws (<see cref="BandMethod.SeededDraws"/>); <see langword="null"/> otherwise.</summary>
    public int? Seed => Method == BandMethod.SeededDraws ? PartnerResampler.Seed : null;

    /// <summary>Whether both reviews have the same partners, so that each resample applies one multiset to both.</summary>
    public bool Paired { get; }

    /// <summary>How many partners rated in the earlier review.</summary>
    public int EarlierPartners { get; }

    /// <summary>How many partners rated in the later review.</summary>
    public int LaterPartners { get; }

    /// <summary>How many partners rated in the later review and not the earlier.</summary>
    public int Joined { get; }

    /// <summary>How many partners rated in the earlier review and not the later.</summary>
    public int Left { get; }

    /// <summary>The band of the overall score's change; <see langword="null"/> without a band, without a score in either review, or across editions when items are new or dropped.</summary>
    public ChangeBand? Overall { get; }

    /// <summary>The band of each theme's change, in the later checklist's order; <see langword="null"/> without a band, without a score in either review, or across editions when the theme's items changed.</summary>
    public EquatableArray<ChangeBand?> Themes { get; }

    /// <summary>
    /// The band of each domain's change, in the later checklist's order; <see langword="null"/> without a band, without a
    /// score in either review (where some resamples may score a domain that the reviews themselves do not), or across
    /// editions when the domain's items changed (new, dropped or moved items).
    /// </summary>
    public EquatableArray<ChangeBand?> Domains { get; }

    /// <summary>Works out the band of every change between two reviews of one footprint.</summary>
    /// <param name="earlier">The earlier review's assessment.</param>
    /// <param name="later">The later review's assessment, against the same framework.</param>
    /// <param name="policy">The rules to score by; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ArgumentNullException">An assessment is null.</exception>
    /// <exception cref="ScoringException">
    /// An assessment has problems, or the two cannot be compared: frameworks that are neither one edition nor an edition and one derived from it (<see cref="EditionContinuation.Between"/>), different footprints, or the later dated
    /// before the earlier (as <see cref="ReviewComparison.Validate"/> finds for their cards).
    /// </exception>
    /// <exception cref="ArgumentException">The policy weights an item or domain that the framework does not have.</exception>
    public static ChangeBands Of(Assessment earlier, Assessment later, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(later);
        foreach (var assessment in (Assessment[])[earlier, later])
        {
            if (!assessment.Problems.IsEmpty)
            {
                throw new ScoringException($"The assessment of {assessment.Footprint} on {IsoDate.Format(assessment.AssessedOn)} cannot be scored: it has {assessment.Problems.Count} problem(s).", assessment.Problems);
            }
        }

        policy ??= ScoringPolicy.Standard;
        var (before, after) = (Scorer.Score(earlier, policy), Scorer.Score(later, policy));
        var problems = ReviewComparison.Validate(before, after);
        if (!problems.IsEmpty)
        {
            throw new ScoringException("The reviews cannot be compared.", problems);
        }

        // Each later domain, theme and the overall against the earlier one of the same code. Across editions, a score
        // whose items changed (new, dropped or moved items) mixes progress with the change of checklist: no band.
        var continuation = EditionContinuation.Between(earlier.Framework, later.Framework)!;
        static bool Same((int Added, int Removed) changed) => changed.Added + changed.Removed == 0;
        var earlierSeries = EarlierSeries(earlier.Framework.Checklist, later.Framework.Checklist);
        var actual = after.Domains.Select((a, d) => a.Score is not null && earlierSeries[d] >= 0 && before.Domains[earlierSeries[d]].Score is not null && Same(continuation.DomainChanges(a.Code)))
            .Concat(after.Themes.Select((a, t) => a.Score is not null && earlierSeries[after.Domains.Count + t] is var e && e >= 0 && before.Themes[e - before.Domains.Count].Score is not null && Same(continuation.ThemeChanges(a.Code))))
            .Append(before.Overall.Score is not null && after.Overall.Score is not null && Same(continuation.OverallChanges()))
            .ToArray();
        var first = new PartnerResampler(earlier, policy, policy.Compile(earlier.Framework));
        var weights = policy.Compile(later.Framework);
        var second = new PartnerResampler(later, policy, weights);
        var (m, n) = (first.Partners.Count, second.Partners.Count);
        var joined = second.Partners.Except(first.Partners, StringComparer.Ordinal).Count();
        var left = first.Partners.Except(second.Partners, StringComparer.Ordinal).Count();
        var paired = joined == 0 && left == 0;
        var checklist = weights.Framework.Checklist;
        var series = new ChangeBand?[second.Series];
        var method = m <= 3 || n <= 3 ? BandMethod.TooFewPartners : paired && first.Exact ? BandMethod.Exact : BandMethod.SeededDraws;
        var resamples = method switch
        {
            BandMethod.TooFewPartners => 0,
            BandMethod.Exact => PartnerResampler.ResampleCount(m),
            _ => PartnerResampler.Draws,
        };
        if (method != BandMethod.TooFewPartners)
        {
            var changes = paired ? PairedChanges(first, second, method, resamples, earlierSeries) : DrawnChanges(first, second, earlierSeries);
            for (var s = 0; s < series.Length; s++)
            {
                series[s] = actual[s] && changes.RangeOf(s) is { } range ? new ChangeBand(range.Low, range.High) : null;
            }
        }

        var domains = checklist.Domains.Count;
        return new ChangeBands(
            later.Framework,
            policy.Id,
            later.Footprint.Code,
            earlier.AssessedOn,
            later.AssessedOn,
            method,
            resamples,
            paired,
            m,
            n,
            joined,
            left,
            series[^1],
            new EquatableArray<ChangeBand?>(series[domains..^1]),
            new EquatableArray<ChangeBand?>(series[..domains]));
    }

    /// <summary>
    /// For each series of the later checklist (its domains, its themes, the overall), the series of the earlier checklist
    /// with the same code, or −1 where the earlier has none: the identity for one edition.
    /// </summary>
    private static int[] EarlierSeries(Checklist earlier, Checklist later)
    {
        var map = new int[later.Domains.Count + later.Themes.Count + 1];
        for (var d = 0; d < later.Domains.Count; d++)
        {
            map[d] = earlier.IndexOfDomain(later.Domains[d].Code);
        }

        for (var t = 0; t < later.Themes.Count; t++)
        {
            map[later.Domains.Count + t] = -1;
            for (var e = 0; e < earlier.Themes.Count; e++)
            {
                map[later.Domains.Count + t] = earlier.Themes[e].Code == later.Themes[t].Code ? earlier.Domains.Count + e : map[later.Domains.Count + t];
            }
        }

        map[^1] = earlier.Domains.Count + earlier.Themes.Count;
        return map;
    }

    /// <summary>The changes when both reviews have the same partners: one multiset (or draw) applied to both, the earlier's order of partners mapped onto the later's.</summary>
    private static ResampledScores PairedChanges(PartnerResampler before, PartnerResampler after, BandMethod method, int resamples, int[] earlierSeries)
    {
        var m = before.Partners.Count;
        var order = method == BandMethod.Exact ? Multisets.Of(m) : null;
        int[]? drawn = null;
        if (order is null)
        {
            var random = new Random(PartnerResampler.Seed);
            drawn = new int[resamples * m];
            for (var r = 0; r < resamples; r++)
            {
                PartnerResampler.Draw(random, drawn.AsSpan(r * m, m));
            }
        }

        var identity = Enumerable.Range(0, m).ToArray();
        var positions = before.Partners.Select(id => IndexOf(after.Partners, id)).ToArray();
        return Differences(before.ScoresOf(order, drawn, identity, resamples), after.ScoresOf(order, drawn, positions, resamples), before.Series, earlierSeries, resamples, order?.Weights);
    }

    /// <summary>The changes when the partners differ: each review drawn on its own, each draw's pair drawn together from one seeded sequence.</summary>
    private static ResampledScores DrawnChanges(PartnerResampler before, PartnerResampler after, int[] earlierSeries)
    {
        var (m, n, draws) = (before.Partners.Count, after.Partners.Count, PartnerResampler.Draws);
        var random = new Random(PartnerResampler.Seed);
        var (earlier, later) = (new int[draws * m], new int[draws * n]);
        for (var r = 0; r < draws; r++)
        {
            PartnerResampler.Draw(random, earlier.AsSpan(r * m, m));
            PartnerResampler.Draw(random, later.AsSpan(r * n, n));
        }

        return Differences(
            before.ScoresOf(null, earlier, [.. Enumerable.Range(0, m)], draws),
            after.ScoresOf(null, later, [.. Enumerable.Range(0, n)], draws),
            before.Series,
            earlierSeries,
            draws,
            null);
    }

    /// <summary>Each resample's later score minus its earlier, series by series (NaN where either has none), with the resamples' weights (1 each when <see langword="null"/>).</summary>
    private static ResampledScores Differences(double[] earlier, double[] later, int earlierCount, int[] earlierSeries, int resamples, long[]? weights)
    {
        var series = earlierSeries.Length;
        var changes = new ResampledScores(series, resamples, new bool[series], 0);
        var change = new double[series];
        var keys = new int[series];
        for (var r = 0; r < resamples; r++)
        {
            for (var s = 0; s < series; s++)
            {
                change[s] = earlierSeries[s] < 0 ? double.NaN : later[(r * series) + s] - earlier[(r * earlierCount) + earlierSeries[s]];
            }

            changes.Add(change, keys, weights?[r] ?? 1);
        }

        return changes;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Partner {id} is not among the later review's partners.");
    }
}
