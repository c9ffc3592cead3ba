using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>
/// How sure each score of an assessment is: how far each domain, theme and overall score moves with whose views were
/// sought (the partner band, <see cref="ScoreBand"/>), how far each alpha moves with which items were asked
/// (<see cref="AlphaBand"/>), how far a domain moves with an uncertain item (<see cref="UncertainItem"/>), and what they
/// rest on: each partner's coverage (<see cref="PartnerCoverage"/>).
/// </summary>
/// <remarks>
/// <para>
/// The partner band rescores the assessment for every multiset of its m partners drawn with replacement (each copy of a
/// partner rates as one more partner), weighted m!/(∏kᵢ!)/mᵐ: exact for four to eight partners (35 to 6,435
/// resamples), 2,000 draws from a fixed seed above eight, and none with three partners or fewer, where there are too
/// few to tell how much a score depends on who rated. m counts the partners who rated anything. It is a noise band
/// from whose views were sought, not a confidence interval; with five partners or fewer no partner-level test reaches
/// p &lt; .05.
/// </para>
/// <para>
/// Made by <see cref="Of"/>, which scores the assessment again many times (about 0.1 ms for five partners, a few for
/// eight), so <see cref="Scorer.Score"/> leaves it out and <see cref="Scorer.ScoreWithBands"/> puts it on the card;
/// and by the score card reader. Lists are in the checklist's order.
/// </para>
/// </remarks>
public sealed record Bands
{
    internal Bands(
        BandMethod method,
        int resamples,
        ScoreBand? overall,
        EquatableArray<ScoreBand?> themes,
        EquatableArray<ScoreBand?> domains,
        EquatableArray<AlphaBand> alphas,
        AlphaBand checklistAlpha,
        EquatableArray<PartnerCoverage> partners,
        EquatableArray<UncertainItem> uncertainItems)
    {
        Method = method;
        Resamples = resamples;
        Overall = overall;
        Themes = themes;
        Domains = domains;
        Alphas = alphas;
        ChecklistAlpha = checklistAlpha;
        Partners = partners;
        UncertainItems = uncertainItems;
    }

    /// <summary>How the partner bands were made, or that there were too few partners to make them.</summary>
    public BandMethod Method { get; }

    /// <summary>How many resamples the partner bands rest on: the multisets enumerated, the draws, or 0.</summary>
    public int Resamples { get; }

    /// <summary>The seed of the draws (<see cref="BandMethod.SeededDraws"/>); <see langword="null"/> otherwise.</summary>
    public int? Seed => Method == BandMethod.SeededDraws ? PartnerResampler.Seed : null;

    /// <summary>The overall score's partner band; <see langword="null"/> without a band or a score.</summary>
    public ScoreBand? Overall { get; }

    /// <summary>Each theme's partner band, in the checklist's order; <see langword="null"/> without a band or a score.</summary>
    public EquatableArray<ScoreBand?> Themes { get; }

    /// <summary>Each domain's partner band, in the checklist's order; <see langword="null"/> without a band or a score.</summary>
    public EquatableArray<ScoreBand?> Domains { get; }

    /// <summary>Each domain's alpha with its jackknife band, in the checklist's order (an excluded domain has no pairs).</summary>
    public EquatableArray<AlphaBand> Alphas { get; }

    /// <summary>The alpha of the whole checklist (every item in scope) with its jackknife band.</summary>
    public AlphaBand ChecklistAlpha { get; }

    /// <summary>How much each partner the assessment lists rated, in its order.</summary>
    public EquatableArray<PartnerCoverage> Partners { get; }

    /// <summary>The uncertain items not agreed by the consensus meeting, each with its domain's score at its lowest and highest level.</summary>
    public EquatableArray<UncertainItem> UncertainItems { get; }

    /// <summary>How many partners the bands resample: those who rated anything.</summary>
    public int PartnersResampled => Partners.Count(p => p.Rated > 0);

    /// <summary>Works out the bands of an assessment under a policy.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="policy">The rules to score by; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ScoringException">The assessment has problems; they are in <see cref="ScoringException.Problems"/>.</exception>
    /// <exception cref="ArgumentException">The policy weights an item or domain that the assessment's framework does not have.</exception>
    public static Bands Of(Assessment assessment, ScoringPolicy? policy = null)
        => For(assessment, policy ?? ScoringPolicy.Standard, Scorer.Score(assessment, policy));

    /// <summary>The bands of an assessment whose plain card <paramref name="card"/> is already made under <paramref name="policy"/>.</summary>
    internal static Bands For(Assessment assessment, ScoringPolicy policy, ScoreCard card)
    {
        Preconditions.NotNull(assessment);
        if (!assessment.Problems.IsEmpty)
        {
            throw new ScoringException($"The assessment of {assessment.Footprint} on {IsoDate.Format(assessment.AssessedOn)} cannot be scored: it has {assessment.Problems.Count} problem(s).", assessment.Problems);
        }

        var weights = policy.Compile(assessment.Framework);
        var resampler = new PartnerResampler(assessment, policy, weights);
        var m = resampler.Partners.Count;
        var checklist = weights.Framework.Checklist;
        var domains = new ScoreBand?[checklist.Domains.Count];
        var themes = new ScoreBand?[checklist.Themes.Count];
        ScoreBand? overall = null;
        var method = m <= 3 ? BandMethod.TooFewPartners : resampler.Exact ? BandMethod.Exact : BandMethod.SeededDraws;
        var resamples = method == BandMethod.TooFewPartners ? 0 : PartnerResampler.ResampleCount(m);
        if (method != BandMethod.TooFewPartners)
        {
            var scores = resampler.Run();
            var series = new ScoreBand?[resampler.Series];
            var actual = card.Domains.Select(d => d.Score).Concat(card.Themes.Select(t => t.Score)).Append(card.Overall.Score).ToArray();
            if (resamples >= PartnerResampler.SplitFrom)
            {
                Parallel.For(0, series.Length, s => series[s] = scores.BandOf(s, actual[s]));
            }
            else
            {
                for (var s = 0; s < series.Length; s++)
                {
                    series[s] = scores.BandOf(s, actual[s]);
                }
            }

            Array.Copy(series, domains, domains.Length);
            Array.Copy(series, domains.Length, themes, 0, themes.Length);
            overall = series[^1];
        }

        var (alphas, checklistAlpha) = AlphaBands(assessment, card);
        return new Bands(
            method,
            resamples,
            overall,
            new EquatableArray<ScoreBand?>(themes),
            new EquatableArray<ScoreBand?>(domains),
            alphas,
            checklistAlpha,
            Coverage(assessment, card),
            Uncertain(card, policy, weights));
    }

    /// <summary>The score card's partner band of the domain with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="card">A card these bands belong to, for the checklist's order.</param>
    /// <param name="code">A domain code, such as <c>PRV</c>.</param>
    /// <returns>The band, or <see langword="null"/> without one.</returns>
    internal ScoreBand? DomainBand(ScoreCard card, string code)
    {
        var index = card.Framework.Checklist.IndexOfDomain(code);
        return index < 0 ? null : Domains[index];
    }

    /// <summary>Each domain's alpha band, and the checklist's, over the items the partners' own ratings make applicable.</summary>
    private static (EquatableArray<AlphaBand> Domains, AlphaBand Checklist) AlphaBands(Assessment assessment, ScoreCard card)
    {
        var checklist = card.Framework.Checklist;
        var counts = assessment.Compiled.Counts;
        var all = new List<int[]>();
        var bands = new AlphaBand[checklist.Domains.Count];
        for (var d = 0; d < bands.Length; d++)
        {
            var units = new List<int[]>();
            for (var i = checklist.DomainStarts[d]; i < checklist.DomainStarts[d + 1] && !card.Domains[d].Excluded; i++)
            {
                var item = counts.AsSpan(i * CompiledRatings.Stride, CompiledRatings.Stride);
                var levels = item[..KrippendorffAlpha.Levels];
                var leveled = levels[0] + levels[1] + levels[2] + levels[3] + levels[4];
                if (leveled >= 2 && 2 * item[CompiledRatings.NotApplicableSlot] <= leveled + item[CompiledRatings.NotApplicableSlot])
                {
                    units.Add(levels.ToArray());
                }
            }

            bands[d] = AlphaJackknife.Of(units);
            all.AddRange(units);
        }

        return (new EquatableArray<AlphaBand>(bands), AlphaJackknife.Of(all));
    }

    /// <summary>Each listed partner's coverage of the applicable items in scope.</summary>
    private static EquatableArray<PartnerCoverage> Coverage(Assessment assessment, ScoreCard card)
    {
        var checklist = card.Framework.Checklist;
        var applicable = new bool[checklist.Items.Count];
        var total = 0;
        for (var i = 0; i < applicable.Length; i++)
        {
            applicable[i] = card.Items[i].Status is ItemStatus.Rated or ItemStatus.Unrated;
            total += applicable[i] ? 1 : 0;
        }

        var rated = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rating in assessment.Ratings)
        {
            if (applicable[checklist.IndexOfItem(rating.ItemId)])
            {
                rated[rating.AssessorId] = rated.GetValueOrDefault(rating.AssessorId) + 1;
            }
        }

        return assessment.Assessors.Select(a => new PartnerCoverage(a.Id, rated.GetValueOrDefault(a.Id), total)).ToEquatableArray();
    }

    /// <summary>Each uncertain item not agreed by the meeting, with its domain's score at its lowest and highest level.</summary>
    private static EquatableArray<UncertainItem> Uncertain(ScoreCard card, ScoringPolicy policy, CompiledPolicy weights)
    {
        var checklist = card.Framework.Checklist;
        var uncertain = new List<UncertainItem>();
        for (var d = 0; d < checklist.Domains.Count; d++)
        {
            for (var i = checklist.DomainStarts[d]; i < checklist.DomainStarts[d + 1]; i++)
            {
                var item = card.Items[i];
                if (item is { Uncertain: true, AgreedByMeeting: false, Status: ItemStatus.Rated, LowestLevel: { } lowest, HighestLevel: { } highest })
                {
                    uncertain.Add(new(item.ItemId, checklist.Domains[d].Code, DomainWith(card, policy, weights, d, i, lowest.Points()), DomainWith(card, policy, weights, d, i, highest.Points())));
                }
            }
        }

        return uncertain.ToEquatableArray();
    }

    /// <summary>Domain <paramref name="d"/>'s score with item <paramref name="changed"/> worth <paramref name="points"/>.</summary>
    private static double DomainWith(ScoreCard card, ScoringPolicy policy, CompiledPolicy weights, int d, int changed, double points)
    {
        var checklist = card.Framework.Checklist;
        var score = new Aggregator();
        for (var i = checklist.DomainStarts[d]; i < checklist.DomainStarts[d + 1]; i++)
        {
            score.Add(i == changed ? points : card.Items[i].Status is ItemStatus.Rated or ItemStatus.Unrated ? card.Items[i].Points : null, weights.ItemWeights[i]);
        }

        return score.Value(policy.Aggregation)!.Value;
    }
}
