using System.Runtime.CompilerServices;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Scores an assessment: turns every assessor's ratings into a <see cref="ScoreCard"/> of items, domains, themes and
/// an overall score, under a <see cref="ScoringPolicy"/>.
/// </summary>
/// <remarks>
/// The rules, in plain words (the standard policy; see each score type for detail):
/// <list type="bullet">
/// <item>An item's <b>consensus</b> is the median of the levels its partners give, ignoring <c>notApplicable</c> (with
/// an even number, the midpoint of the two middle ones, which may fall between two levels), unless the consensus
/// meeting agreed a level (<see cref="Assessment.AgreedRatings"/>), which then is the consensus; it is worth 25
/// <b>points</b> a level (37.5 midway between planned and under development). An item is <b>not applicable</b> when more than half of its ratings say so,
/// and then leaves every score and coverage. An item nobody rates is <b>unrated</b>, not zero.</item>
/// <item><b>Agreement</b> is the spread between the highest and lowest level: ≤ 1 agreement, 2 partial, ≥ 3 split. An
/// item is <b>uncertain</b> when at least max(2, ⌈m/3⌉) of its m levels stand two or more levels from its median.</item>
/// <item>A <b>domain score</b> is the weighted mean of its rated, applicable items' points; <b>coverage</b> is rated ÷
/// applicable items; <b>alpha</b> is Krippendorff's ordinal alpha over the domain's items.</item>
/// <item>A <b>theme score</b> is the mean of its domain scores, the <b>overall score</b> the mean of theme scores; missing
/// scores are left out, so domains count equally within a theme and themes equally overall.</item>
/// <item><b>Stages</b>, boundaries to the lower stage: emerging ≤ 25 &lt; developing ≤ 50 &lt; maturing ≤ 75 &lt;
/// thriving. A domain has a stage only at coverage of at least 50 %; a theme or the overall only when every domain in
/// scope under it has one.</item>
/// <item>Targets give each item a <b>gap</b> and each domain a <b>target score</b>. Excluded domains are kept, unscored.</item>
/// </list>
/// Scoring is deterministic: the same assessment and policy give the same numbers, to the last bit, whatever the order
/// of ratings and assessors and whatever the assessors are called.
/// </remarks>
public static class Scorer
{
    private const int Stride = CompiledRatings.Stride;
    private const int NotApplicableSlot = CompiledRatings.NotApplicableSlot;
    private const int TargetSlot = CompiledRatings.TargetSlot;
    private const int TargetCountSlot = CompiledRatings.TargetCountSlot;

    /// <summary>Scores an assessment.</summary>
    /// <param name="assessment">The assessment to score.</param>
    /// <param name="policy">The rules to score by; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The score card, which records the policy's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ScoringException">The assessment has problems (see <see cref="Assessment.Validate"/>); they are in <see cref="ScoringException.Problems"/>.</exception>
    /// <exception cref="ArgumentException">The policy weights an item or domain that the assessment's framework does not have.</exception>
    public static ScoreCard Score(Assessment assessment, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(assessment);
        policy ??= ScoringPolicy.Standard;
        if (!assessment.Problems.IsEmpty)
        {
            throw new ScoringException(
                $"The assessment of {assessment.Footprint} on {IsoDate.Format(assessment.AssessedOn)} cannot be scored: it has {assessment.Problems.Count} problem(s).",
                assessment.Problems);
        }

        var weights = policy.Compile(assessment.Framework);
        return Build(assessment, policy, weights, assessment.Compiled.Counts, assessment.Compiled.Agreed);
    }

    /// <summary>
    /// Scores an assessment and works out how sure each score is (<see cref="Bands.Of"/>): the card carries its
    /// <see cref="ScoreCard.Bands"/>. The partner bands score the assessment again for every multiset of its partners,
    /// so this costs some 0.1 ms for five partners and a few for eight, against microseconds for <see cref="Score"/>.
    /// </summary>
    /// <param name="assessment">The assessment to score.</param>
    /// <param name="policy">The rules to score by; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The score card, with its bands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ScoringException">The assessment has problems (see <see cref="Assessment.Validate"/>); they are in <see cref="ScoringException.Problems"/>.</exception>
    /// <exception cref="ArgumentException">The policy weights an item or domain that the assessment's framework does not have.</exception>
    public static ScoreCard ScoreWithBands(Assessment assessment, ScoringPolicy? policy = null)
    {
        var card = Score(assessment, policy);
        return card.WithBands(Bands.For(assessment, policy ?? ScoringPolicy.Standard, card));
    }

    private static ScoreCard Build(Assessment assessment, ScoringPolicy policy, CompiledPolicy weights, ReadOnlySpan<int> counts, ReadOnlySpan<int> agreed)
    {
        var checklist = weights.Framework.Checklist;
        var excludedDomains = assessment.Compiled.ExcludedDomains;
        var notStarted = policy.UnratedItems == UnratedItems.NotStarted;
        var ids = checklist.ItemIds;
        var items = new ItemScore[ids.Length];
        var domains = new DomainScore[checklist.Domains.Count];
        int ratedInScope = 0, applicableInScope = 0;

        for (var d = 0; d < domains.Length; d++)
        {
            var domain = checklist.Domains[d];
            var excluded = excludedDomains[d];
            var score = new Aggregator();
            var target = new Aggregator();
            var alpha = default(KrippendorffAlpha);
            int rated = 0, applicable = 0;
            for (var i = checklist.DomainStarts[d]; i < checklist.DomainStarts[d + 1]; i++)
            {
                var item = counts.Slice(i * Stride, Stride);
                var levels = item[..KrippendorffAlpha.Levels];
                var notApplicable = item[NotApplicableSlot];
                var (leveled, lowest, highest) = LevelCounts.Spread(levels);
                var ratings = leveled + notApplicable;
                var id = ids[i];
                if (excluded)
                {
                    items[i] = new ItemScore(id, ItemStatus.Excluded, -1, double.NaN, null, ratings, notApplicable, -1);
                }
                else if (ratings == 0)
                {
                    applicable++;
                    if (notStarted)
                    {
                        score.Add(0, weights.ItemWeights[i]);
                        target.Add(0, weights.ItemWeights[i]);
                        items[i] = new ItemScore(id, ItemStatus.Unrated, 0, 0, null, 0, 0, -1);
                    }
                    else
                    {
                        items[i] = new ItemScore(id, ItemStatus.Unrated, -1, double.NaN, null, 0, 0, -1);
                    }
                }
                else if (2 * notApplicable > ratings && (agreed.IsEmpty || agreed[2 * i] < 0))
                {
                    items[i] = new ItemScore(id, ItemStatus.NotApplicable, -1, double.NaN, null, ratings, notApplicable, -1);
                }
                else
                {
                    applicable++;
                    rated++;
                    var median = leveled > 0 ? LevelCounts.MedianHalfLevels(levels, leveled) : -1;
                    var aims = item[TargetCountSlot];
                    var aim = aims > 0 ? LevelCounts.MedianHalfLevels(item.Slice(TargetSlot, KrippendorffAlpha.Levels), aims) : -1;
                    var uncertain = leveled > 0 && LevelCounts.IsUncertain(levels, leveled, median);

                    // What the consensus meeting agreed, where it agreed anything, is the consensus (and the target, when
                    // it gives one); agreement, uncertainty and alpha stay the individual ratings'.
                    var meeting = !agreed.IsEmpty && agreed[2 * i] >= 0;
                    var consensus = meeting ? 2 * agreed[2 * i] : median;
                    aim = meeting && agreed[(2 * i) + 1] >= 0 ? 2 * agreed[(2 * i) + 1] : aim;
                    var points = consensus * HalfLevelPoints;
                    score.Add(points, weights.ItemWeights[i]);
                    target.Add(aim >= 0 ? aim * HalfLevelPoints : points, weights.ItemWeights[i]);
                    // Alpha is over the items the partners' own ratings make applicable, agreed or not.
                    if (2 * notApplicable <= ratings)
                    {
                        alpha.AddUnit(levels, leveled);
                    }

                    items[i] = new ItemScore(
                        id,
                        ItemStatus.Rated,
                        consensus,
                        points,
                        leveled > 0 ? AgreementOf(highest - lowest) : null,
                        ratings,
                        notApplicable,
                        aim,
                        aims,
                        lowest,
                        highest,
                        uncertain,
                        meeting,
                        median);
                }
            }

            if (excluded)
            {
                domains[d] = new DomainScore(domain.Code, domain.ThemeCode, true, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0);
                continue;
            }

            ratedInScope += rated;
            applicableInScope += applicable;
            domains[d] = new DomainScore(
                domain.Code,
                domain.ThemeCode,
                false,
                score.Value(policy.Aggregation) ?? double.NaN,
                applicable > 0 ? (double)rated / applicable : double.NaN,
                alpha.Value() ?? double.NaN,
                target.Value(policy.Aggregation) ?? double.NaN,
                rated,
                applicable);
        }

        var themes = new ThemeScore[checklist.Themes.Count];
        var overall = new Aggregator();
        var overallTarget = new Aggregator();
        var everyDomainStaged = true;
        for (var t = 0; t < themes.Length; t++)
        {
            var score = new Aggregator();
            var target = new Aggregator();
            var staged = true;
            for (var d = 0; d < domains.Length; d++)
            {
                if (checklist.ThemeOfDomain[d] == t)
                {
                    score.Add(domains[d].Score, weights.DomainWeights[d]);
                    target.Add(domains[d].TargetScore, weights.DomainWeights[d]);
                    staged &= domains[d].Excluded || domains[d].Stage is not null;
                }
            }

            themes[t] = new(checklist.Themes[t].Code, score.Value(policy.Aggregation), target.Value(policy.Aggregation), staged);
            everyDomainStaged &= staged;
            overall.Add(themes[t].Score, 1);
            overallTarget.Add(themes[t].TargetScore, 1);
        }

        return new ScoreCard(
            assessment.Framework,
            policy.Id,
            assessment.Footprint,
            assessment.AssessedOn,
            new OverallScore(overall.Value(policy.Aggregation), applicableInScope > 0 ? (double)ratedInScope / applicableInScope : null, overallTarget.Value(policy.Aggregation), everyDomainStaged),
            new EquatableArray<ThemeScore>(themes),
            new EquatableArray<DomainScore>(domains),
            new EquatableArray<ItemScore>(items));
    }

    /// <summary>The points of one half-level: 12.5.</summary>
    internal const double HalfLevelPoints = ProgressExtensions.PointsPerLevel / 2.0;

    /// <summary>Agreement from the spread between the highest and lowest level: at most 1 full, 2 partial, 3 or 4 split.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Agreement AgreementOf(int spread) => (Agreement)AgreementBySpread[spread];

    /// <summary>The agreement for a spread of 0 to 4 levels, looked up rather than compared, for the reason in <see cref="LevelCounts"/>.</summary>
    private static ReadOnlySpan<byte> AgreementBySpread =>
        [(byte)Agreement.Full, (byte)Agreement.Full, (byte)Agreement.Partial, (byte)Agreement.Split, (byte)Agreement.Split];
}
