using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Scoring;

/// <summary>
/// The scoring invariants, each checked on 1,000 generated assessments of any size (see <see cref="AssessmentGenerators"/>).
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 1000)]
public sealed class ScoringPropertyTests
{
    [Property]
    public void The_scorer_gives_what_a_plain_reference_implementation_of_the_rules_gives(Assessment assessment)
    {
        var expected = Benchmarks.ReferenceScorer.Score(assessment);

        var actual = Scorer.Score(assessment);

        Assert.Equal(expected.Items, actual.Items);
        Assert.Equal(expected.Themes, actual.Themes);
        Assert.Equal(expected.Overall, actual.Overall);
        for (var d = 0; d < expected.Domains.Count; d++)
        {
            var (e, a) = (expected.Domains[d], actual.Domains[d]);
            Assert.Equal((e.Code, e.Excluded, e.Score, e.Coverage, e.TargetScore, e.RatedItems, e.ApplicableItems), (a.Code, a.Excluded, a.Score, a.Coverage, a.TargetScore, a.RatedItems, a.ApplicableItems));

            // Alpha sums fractions in another order (the scorer divides once per run of equal-sized units), so the two
            // may differ in the last bits.
            Assert.Equal(e.Alpha is null, a.Alpha is null);
            Assert.Equal(e.Alpha ?? 0, a.Alpha ?? 0, 1e-12);
        }
    }

    [Property]
    public void Every_score_coverage_and_alpha_lies_in_its_range_and_stages_agree_with_scores(Assessment assessment)
    {
        var card = Scorer.Score(assessment);

        foreach (var domain in card.Domains)
        {
            AssertInRange(domain.Score, 0, 100);
            AssertInRange(domain.TargetScore, 0, 100);
            AssertInRange(domain.Coverage, 0, 1);
            AssertInRange(domain.Alpha, -1, 1);
            // A domain has a stage only when at least half its applicable items are rated.
            AssertStage(domain.Score, domain.Stage, domain.Coverage >= 0.5);
            Assert.Equal(domain.Score is null, domain.TargetScore is null);
        }

        foreach (var theme in card.Themes)
        {
            AssertInRange(theme.Score, 0, 100);
            // A theme, and the overall score, only when every domain in scope under it has one.
            AssertStage(theme.Score, theme.Stage, card.Domains.Where(d => d.ThemeCode == theme.Code && !d.Excluded).All(d => d.Coverage >= 0.5 && d.Score is not null));
        }

        AssertInRange(card.Overall.Score, 0, 100);
        AssertInRange(card.Overall.Coverage, 0, 1);
        AssertStage(card.Overall.Score, card.Overall.Stage, card.Domains.Where(d => !d.Excluded).All(d => d.Coverage >= 0.5 && d.Score is not null));
        foreach (var item in card.Items)
        {
            Assert.Equal(item.Consensus?.Points, item.Points);
            Assert.Equal(item.Status == ItemStatus.Rated, item.Agreement is not null);
        }

        Assert.Equal(assessment.Ratings.Count, card.Items.Sum(i => i.Ratings));
    }

    [Property]
    public Property Raising_any_one_rating_never_lowers_a_domain_theme_or_overall_score(Assessment assessment, int seed)
    {
        var random = new Random(seed);
        var raisable = assessment.Ratings.Where(r => r.Progress is >= Progress.NotStarted and < Progress.Embedded).ToList();
        return Prop.When(raisable.Count > 0, () =>
        {
            var rating = raisable[random.Next(raisable.Count)];
            var raised = (Progress)random.Next((int)rating.Progress + 1, 5);
            var target = rating.Target is { } t && t < raised ? raised : rating.Target;
            var before = Scorer.Score(assessment);
            var after = Scorer.Score(AssessmentBuilder.From(assessment).WithRating(rating with { Progress = raised, Target = target }).Build());

            for (var d = 0; d < before.Domains.Count; d++)
            {
                AssertNotLower(before.Domains[d].Score, after.Domains[d].Score, before.Domains[d].Code);
            }

            for (var t2 = 0; t2 < before.Themes.Count; t2++)
            {
                AssertNotLower(before.Themes[t2].Score, after.Themes[t2].Score, before.Themes[t2].Code);
            }

            AssertNotLower(before.Overall.Score, after.Overall.Score, "overall");
        });
    }

    [Property]
    public void Scores_do_not_depend_on_the_order_of_ratings_and_assessors_or_on_assessors_names(Assessment assessment, int seed)
    {
        var random = new Random(seed);
        var names = assessment.Assessors.ToDictionary(a => a.Id, a => $"renamed-{random.Next()}-{a.Id.Length}-{a.Id}x");
        var assessors = assessment.Assessors.Select(a => a with { Id = names[a.Id], Name = "Someone else" }).ToArray();
        var ratings = assessment.Ratings.Select(r => r with { AssessorId = names[r.AssessorId] }).ToArray();
        random.Shuffle(assessors);
        random.Shuffle(ratings);
        var reordered = new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, [.. assessors], [.. ratings], assessment.ExcludedDomains);

        Assert.Equal(Scorer.Score(assessment), Scorer.Score(reordered));
    }

    [Property]
    public Property A_not_applicable_rating_added_by_a_minority_changes_no_score(Assessment assessment, int seed)
    {
        var random = new Random(seed);
        var before = Scorer.Score(assessment);
        var candidates = before.Items
            .Select((item, index) => (item, index))
            .Where(x => x.item.Status == ItemStatus.Rated && 2 * (x.item.NotApplicableRatings + 1) <= x.item.Ratings + 1)
            .SelectMany(x => assessment.Assessors
                .Where(a => !assessment.Ratings.Any(r => r.ItemId == x.item.ItemId && r.AssessorId == a.Id))
                .Select(a => (x.item, x.index, assessor: a.Id)))
            .ToList();
        return Prop.When(candidates.Count > 0, () =>
        {
            var (item, index, assessor) = candidates[random.Next(candidates.Count)];
            var after = Scorer.Score(AssessmentBuilder.From(assessment).Rate(item.ItemId, assessor, Progress.NotApplicable).Build());

            var counted = ItemScore.From(item.ItemId, item.Status, item.Consensus, item.Points, item.Agreement, item.Ratings + 1, item.NotApplicableRatings + 1, item.Target, item.TargetSetters, item.LowestLevel, item.HighestLevel, item.Uncertain);
            Assert.Equal(before.With(items: before.Items.Select((s, i) => i == index ? counted : s).ToEquatableArray()), after);
        });
    }

    [Property]
    public Property Excluding_a_domain_removes_exactly_that_domain(Assessment assessment, int seed)
    {
        var before = Scorer.Score(assessment);
        var included = before.Domains.Where(d => !d.Excluded).ToList();
        return Prop.When(included.Count > 0, () =>
        {
            var removed = included[new Random(seed).Next(included.Count)];
            var after = Scorer.Score(AssessmentBuilder.From(assessment).Excluding(removed.Code).Build());
            var checklist = Frameworks.Find(assessment.Framework.Id)!.Checklist;

            for (var d = 0; d < before.Domains.Count; d++)
            {
                if (before.Domains[d].Code == removed.Code)
                {
                    Assert.Equal(DomainScore.From(removed.Code, removed.ThemeCode, true, null, null, null, null, 0, 0), after.Domains[d]);
                }
                else
                {
                    Assert.Equal(before.Domains[d], after.Domains[d]);
                }
            }

            for (var i = 0; i < before.Items.Count; i++)
            {
                if (checklist.Items[i].DomainCode == removed.Code)
                {
                    Assert.Equal(ItemStatus.Excluded, after.Items[i].Status);
                    Assert.Equal(before.Items[i].Ratings, after.Items[i].Ratings);
                }
                else
                {
                    Assert.Equal(before.Items[i], after.Items[i]);
                }
            }

            foreach (var theme in after.Themes)
            {
                var scores = after.Domains.Where(d => d.ThemeCode == theme.Code && d.Score is not null).Select(d => d.Score!.Value).ToList();
                AssertClose(scores.Count == 0 ? null : scores.Sum() / scores.Count, theme.Score);
            }
        });
    }

    [Property]
    public void Consensus_is_the_median_of_the_sorted_levels_and_agreement_their_spread(Assessment assessment)
    {
        var card = Scorer.Score(assessment);

        foreach (var item in card.Items.Where(i => i.Status == ItemStatus.Rated))
        {
            var levels = assessment.Ratings.Where(r => r.ItemId == item.ItemId && r.Progress.IsLevel()).Select(r => r.Progress.Level()).Order().ToList();
            var median = (levels[(levels.Count - 1) / 2] + levels[levels.Count / 2]) / 2.0;
            Assert.Equal(median, item.Consensus!.Value.Value);
            Assert.Equal(median * 25, item.Points);
            var spread = levels[^1] - levels[0];
            Assert.Equal(spread <= 1 ? Agreement.Full : spread == 2 ? Agreement.Partial : Agreement.Split, item.Agreement);
            Assert.Equal(((Progress)levels[0], (Progress)levels[^1]), (item.LowestLevel, item.HighestLevel));
            var apart = levels.Count(l => Math.Abs(l - median) >= 2);
            Assert.Equal(apart >= Math.Max(2, (int)Math.Ceiling(levels.Count / 3.0)), item.Uncertain);
            var targets = assessment.Ratings.Where(r => r.ItemId == item.ItemId && r.Target is not null).Select(r => r.Target!.Value.Level()).Order().ToList();
            Assert.Equal(targets.Count == 0 ? null : (targets[(targets.Count - 1) / 2] + targets[targets.Count / 2]) / 2.0, item.Target?.Value);
            Assert.Equal(targets.Count, item.TargetSetters);
        }
    }

    [Property]
    public void When_every_assessor_agrees_every_rated_item_is_in_agreement_and_alpha_is_1_where_defined(AgreeingAssessment agreeing)
    {
        var card = Scorer.Score(agreeing.Value);

        Assert.All(card.Items.Where(i => i.Status == ItemStatus.Rated), i => Assert.Equal(Agreement.Full, i.Agreement));
        Assert.All(card.Domains.Where(d => d.Alpha is not null), d => Assert.Equal(1, d.Alpha!.Value, 12));
    }

    [Property]
    public void Weakest_link_scores_are_never_above_mean_scores_and_counting_unrated_as_not_started_never_raises_a_score(Assessment assessment)
    {
        var standard = Scorer.Score(assessment);
        var weakest = Scorer.Score(assessment, new ScoringPolicyBuilder("weakest").Aggregate(Aggregation.WeakestLink).Build());
        var strict = Scorer.Score(assessment, new ScoringPolicyBuilder("strict").TreatUnratedAs(UnratedItems.NotStarted).Build());

        for (var d = 0; d < standard.Domains.Count; d++)
        {
            Assert.True(weakest.Domains[d].Score <= standard.Domains[d].Score + 1e-9 || standard.Domains[d].Score is null);
            Assert.True(strict.Domains[d].Score <= standard.Domains[d].Score + 1e-9 || standard.Domains[d].Score is null);
            Assert.Equal(standard.Domains[d].Coverage, strict.Domains[d].Coverage);
        }
    }

    [Property]
    public void A_roll_up_of_one_child_equals_the_child(Assessment assessment)
    {
        var child = Scorer.Score(assessment);
        var parent = new IntegrationFramework.Geography.Footprint("PARENT", "Parent", IntegrationFramework.Geography.Level.System);
        if (child.Footprint.Level == IntegrationFramework.Geography.Level.System)
        {
            child = child.With(footprint: child.Footprint with { Level = IntegrationFramework.Geography.Level.Place });
        }

        var weighting = child.Footprint.Population is null ? RollupWeighting.Equal : RollupWeighting.Population;
        var rollup = Rollup.Combine(parent, [child], weighting: weighting);

        // A rolled-up item keeps the child's points and counts, and has no consensus or target of its own; what rests on
        // one review's partners (whether it is uncertain, how many set a target) is the child's.
        // Its lowest and highest level are the child's own: its consensus, both ends of one between two levels.
        var rolled = child.Items.Select(i => ItemScore.From(i.ItemId, i.Status, null, i.Points, i.Agreement, i.Ratings, i.NotApplicableRatings, null, 0, i.Status == ItemStatus.Rated ? i.Consensus?.Lower : null, i.Status == ItemStatus.Rated ? i.Consensus?.Upper : null)).ToEquatableArray();
        // A rolled-up domain has no alpha; the child's own is its spread's lowest and highest.
        Assert.Equal(child.With(footprint: rollup.Card.Footprint, items: rolled, domains: child.WithoutAlpha()), rollup.Card);
        Assert.Equal(child.Domains.Select(d => (d.Alpha, d.Alpha, d.Score, d.Score)), rollup.Spreads.Select(s => (s.LowestAlpha, s.HighestAlpha, s.LowestScore, s.HighestScore)));
        Assert.Equal(child.Footprint.Population, rollup.Card.Footprint.Population);
        Assert.Equal(weighting, rollup.Weighting);
    }

    [Property]
    public void A_roll_up_lies_between_its_children_names_the_weakest_and_ignores_their_order(Family family, int seed)
    {
        var cards = family.Children.Select(c => Scorer.Score(c)).ToList();
        var everyPopulation = cards.TrueForAll(c => c.Footprint.Population is not null);
        var weighting = everyPopulation ? RollupWeighting.Population : RollupWeighting.Equal;
        var rollup = Rollup.Combine(family.Parent, cards, weighting: weighting);
        var shuffled = cards.ToArray();
        new Random(seed).Shuffle(shuffled);

        Assert.Equal(rollup, Rollup.Combine(family.Parent, shuffled, weighting: weighting));
        Assert.Equal(everyPopulation, Rollup.Validate(family.Parent, cards).All(p => p.Code != IntegrationFramework.Problems.ProblemCodes.ChildWithoutPopulation));
        for (var d = 0; d < rollup.Card.Domains.Count; d++)
        {
            var scores = cards.Select(c => c.Domains[d].Score).OfType<double>().ToList();
            var rolled = rollup.Card.Domains[d].Score;
            Assert.Equal(scores.Count == 0, rolled is null);
            if (rolled is { } value)
            {
                Assert.InRange(value, scores.Min(), scores.Max());
                Assert.Equal(scores.Min(), rollup.WeakestChildren.Single(w => w.DomainCode == rollup.Card.Domains[d].Code).Score);
                Assert.Equal((scores.Min(), scores.Max()), (rollup.Spreads[d].LowestScore, rollup.Spreads[d].HighestScore));
            }

            // No alpha of its own: the mean of the children's alphas is the alpha of no data.
            Assert.Null(rollup.Card.Domains[d].Alpha);
        }

        // Each theme is the mean of the rolled-up domains under it that have a score (the standard policy's rule), so the
        // card's themes are what its domains say; the overall is the mean of the themes.
        foreach (var theme in rollup.Card.Themes)
        {
            var domains = rollup.Card.Domains.Where(d => d.ThemeCode == theme.Code).Select(d => d.Score).OfType<double>().ToList();
            Assert.Equal(domains.Count == 0, theme.Score is null);
            Assert.Equal(domains.Count == 0 ? 0 : domains.Average(), theme.Score ?? 0, 9);
        }

        var themes = rollup.Card.Themes.Select(t => t.Score).OfType<double>().ToList();
        Assert.Equal(themes.Count == 0 ? 0 : themes.Average(), rollup.Card.Overall.Score ?? 0, 9);
    }

    [Property]
    public void A_trend_of_a_card_with_itself_is_zero(Assessment assessment)
    {
        var card = Scorer.Score(assessment);

        var trend = ReviewComparison.Of(card, card);

        Assert.Equal(0, trend.Years);
        Assert.Equal(NodaTime.Period.Zero, trend.Period.Normalize());
        foreach (var change in trend.Themes.Concat(trend.Domains).Concat(trend.Items).Append(trend.Overall))
        {
            Assert.True(change.Difference is null or 0, $"{change.Code} changed by {change.Difference}.");
            Assert.Null(change.PerYear);
        }
    }

    private static void AssertInRange(double? value, double low, double high)
    {
        if (value is { } v)
        {
            Assert.InRange(v, low, high);
        }
    }

    private static void AssertNotLower(double? before, double? after, string what)
    {
        if (before is { } b)
        {
            Assert.True(after is { } a && a >= b, $"{what} fell from {b} to {after}.");
        }
    }

    private static void AssertClose(double? expected, double? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e)
        {
            Assert.Equal(e, actual!.Value, 9);
        }
    }

    /// <summary>
    /// A stage is the band its score falls in, each boundary to the lower stage: emerging up to 25, developing up to 50,
    /// maturing up to 75, thriving above; none without a score or where the coverage rule withholds it.
    /// </summary>
    private static void AssertStage(double? score, Stage? stage, bool staged)
    {
        switch (stage)
        {
            case null:
                Assert.True(score is null || !staged, $"{score} has no stage");
                break;
            case Stage.Emerging:
                Assert.True(staged && score is >= 0 and <= 25, $"{score} is not emerging");
                break;
            case Stage.Developing:
                Assert.True(staged && score is > 25 and <= 50, $"{score} is not developing");
                break;
            case Stage.Maturing:
                Assert.True(staged && score is > 50 and <= 75, $"{score} is not maturing");
                break;
            case Stage.Thriving:
                Assert.True(staged && score is > 75 and <= 100, $"{score} is not thriving");
                break;
            default:
                Assert.Fail($"{stage} is not a stage");
                break;
        }
    }
}
