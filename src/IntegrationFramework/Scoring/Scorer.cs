using System.Runtime.CompilerServices;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Scores an assessment: turns every assessor's ratings into a <see cref="ScoreCard"/> of items, domains, themes and
/// an overall score, under a <see cref="ScoringPolicy"/>.
/// </summary>
/// <remarks>
/// The rules, in plain words (the standard policy; see each score type for detail):
/// <list type="bullet">
/// <item>An item's <b>consensus</b> is the lower median of the levels its assessors give, ignoring <c>notApplicable</c>;
/// it is worth level × 25 <b>points</b>. An item is <b>not applicable</b> when more than half of its ratings say so,
/// and then leaves every score and coverage. An item nobody rates is <b>unrated</b>, not zero.</item>
/// <item><b>Agreement</b> is the spread between the highest and lowest level: ≤ 1 agreement, 2 partial, ≥ 3 split.</item>
/// <item>A <b>domain score</b> is the weighted mean of its rated, applicable items' points; <b>coverage</b> is rated ÷
/// applicable items; <b>alpha</b> is Krippendorff's ordinal alpha over the domain's items.</item>
/// <item>A <b>theme score</b> is the mean of its domain scores, the <b>overall score</b> the mean of theme scores; missing
/// scores are left out, so domains count equally within a theme and themes equally overall.</item>
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
                $"The assessment of {assessment.Footprint} on {assessment.AssessedOn:yyyy-MM-dd} cannot be scored: it has {assessment.Problems.Count} problem(s).",
                assessment.Problems);
        }

        var weights = policy.Compile(assessment.Framework!);
        return Build(assessment, policy, weights, assessment.Compiled.Counts);
    }

    private static ScoreCard Build(Assessment assessment, ScoringPolicy policy, CompiledPolicy weights, ReadOnlySpan<int> counts)
    {
        var checklist = weights.Framework.Checklist;
        var excludedDomains = assessment.Compiled.ExcludedDomains;
        var notStarted = policy.UnratedItems == UnratedItems.NotStarted;
        var ids = checklist.ItemIds;
        var items = new ItemScore[ids.Length];
        var domains = new DomainScore[checklist.Domains.Count];
        Span<double> coincidences = stackalloc double[KrippendorffAlpha.Levels * KrippendorffAlpha.Levels];
        Span<double> totals = stackalloc double[KrippendorffAlpha.Levels];
        int ratedInScope = 0, applicableInScope = 0;

        for (var d = 0; d < domains.Length; d++)
        {
            var domain = checklist.Domains[d];
            var excluded = excludedDomains[d];
            var score = new Aggregator(policy.Aggregation);
            var target = new Aggregator(policy.Aggregation);
            var alpha = new KrippendorffAlpha(coincidences, totals);
            int rated = 0, applicable = 0;
            for (var i = checklist.DomainStarts[d]; i < checklist.DomainStarts[d + 1]; i++)
            {
                var levels = counts.Slice(i * Stride, KrippendorffAlpha.Levels);
                var notApplicable = counts[(i * Stride) + NotApplicableSlot];
                var (leveled, lowest, highest) = Spread(levels);
                var ratings = leveled + notApplicable;
                var id = ids[i];
                if (excluded)
                {
                    items[i] = ItemScore.Unchecked(id, ItemStatus.Excluded, -1, double.NaN, null, ratings, notApplicable, -1);
                }
                else if (ratings == 0)
                {
                    applicable++;
                    if (notStarted)
                    {
                        score.Add(0, weights.ItemWeights[i]);
                        target.Add(0, weights.ItemWeights[i]);
                        items[i] = ItemScore.Unchecked(id, ItemStatus.Unrated, 0, 0, null, 0, 0, -1);
                    }
                    else
                    {
                        items[i] = ItemScore.Unchecked(id, ItemStatus.Unrated, -1, double.NaN, null, 0, 0, -1);
                    }
                }
                else if (2 * notApplicable > ratings)
                {
                    items[i] = ItemScore.Unchecked(id, ItemStatus.NotApplicable, -1, double.NaN, null, ratings, notApplicable, -1);
                }
                else
                {
                    applicable++;
                    rated++;
                    var consensus = LowerMedian(levels, leveled, lowest);
                    var aims = counts[(i * Stride) + TargetCountSlot];
                    var aim = aims > 0 ? LowerMedian(counts.Slice((i * Stride) + TargetSlot, KrippendorffAlpha.Levels), aims, 0) : -1;
                    var points = consensus * ProgressExtensions.PointsPerLevel;
                    score.Add(points, weights.ItemWeights[i]);
                    target.Add(aim >= 0 ? aim * ProgressExtensions.PointsPerLevel : points, weights.ItemWeights[i]);
                    alpha.AddUnit(levels, leveled, lowest, highest);
                    items[i] = ItemScore.Unchecked(id, ItemStatus.Rated, consensus, points, AgreementOf(highest - lowest), ratings, notApplicable, aim);
                }
            }

            if (excluded)
            {
                domains[d] = DomainScore.Unchecked(domain.Code, domain.ThemeCode, true, null, null, null, null, 0, 0);
                continue;
            }

            ratedInScope += rated;
            applicableInScope += applicable;
            domains[d] = DomainScore.Unchecked(
                domain.Code,
                domain.ThemeCode,
                false,
                score.Value(),
                applicable > 0 ? (double)rated / applicable : null,
                alpha.Value(),
                target.Value(),
                rated,
                applicable);
        }

        var themes = new ThemeScore[checklist.Themes.Count];
        var overall = new Aggregator(policy.Aggregation);
        var overallTarget = new Aggregator(policy.Aggregation);
        for (var t = 0; t < themes.Length; t++)
        {
            var score = new Aggregator(policy.Aggregation);
            var target = new Aggregator(policy.Aggregation);
            for (var d = 0; d < domains.Length; d++)
            {
                if (checklist.ThemeOfDomain[d] == t)
                {
                    score.Add(domains[d].Score, weights.DomainWeights[d]);
                    target.Add(domains[d].TargetScore, weights.DomainWeights[d]);
                }
            }

            themes[t] = new(checklist.Themes[t].Code, score.Value(), target.Value());
            overall.Add(themes[t].Score, 1);
            overallTarget.Add(themes[t].TargetScore, 1);
        }

        return new ScoreCard(
            assessment.FrameworkId,
            policy.Id,
            assessment.Footprint,
            assessment.AssessedOn,
            new OverallScore(overall.Value(), applicableInScope > 0 ? (double)ratedInScope / applicableInScope : null, overallTarget.Value()),
            new EquatableArray<ThemeScore>(themes),
            new EquatableArray<DomainScore>(domains),
            new EquatableArray<ItemScore>(items));
    }

    /// <summary>The lower median of values given as counts by level: the value at position (n − 1) / 2 in ascending order.</summary>
    /// <param name="countsByLevel">How many values are at each level.</param>
    /// <param name="n">How many values there are: the sum of the counts.</param>
    /// <param name="from">A level at or below the lowest level with a value, to start from.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LowerMedian(ReadOnlySpan<int> countsByLevel, int n, int from)
    {
        var position = (n - 1) / 2;
        var seen = 0;
        for (var level = from; level < countsByLevel.Length; level++)
        {
            seen += countsByLevel[level];
            if (seen > position)
            {
                return level;
            }
        }

        throw new ArgumentException("The counts hold fewer values than n.", nameof(n));
    }

    /// <summary>How many values the counts hold, and the lowest and highest level with any (−1 and −1 when none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Total, int Lowest, int Highest) Spread(ReadOnlySpan<int> countsByLevel)
    {
        int total = 0, lowest = -1, highest = -1;
        for (var level = 0; level < countsByLevel.Length; level++)
        {
            if (countsByLevel[level] != 0)
            {
                total += countsByLevel[level];
                lowest = lowest < 0 ? level : lowest;
                highest = level;
            }
        }

        return (total, lowest, highest);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Agreement AgreementOf(int spread) => spread switch
    {
        <= 1 => Agreement.Full,
        2 => Agreement.Partial,
        _ => Agreement.Split,
    };
}
