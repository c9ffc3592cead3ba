using FsCheck;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly AssessmentBuilder Croydon = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 386_710), new LocalDate(2018, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council);

    [Fact]
    public void Scoring_an_invalid_assessment_throws_one_exception_carrying_the_problems()
    {
        var assessment = Croydon.Rate("TRA.9", "council", Progress.Planned).Rate("TRA.1", "nobody", Progress.Planned).Build();

        var error = Assert.Throws<ScoringException>(() => Scorer.Score(assessment));

        Assert.Equal([ProblemCodes.UnknownItem, ProblemCodes.UnknownAssessor], error.Problems.Select(p => p.Code));
        Assert.StartsWith("The assessment of Croydon (E09000008, place) on 2018-10-01 cannot be scored: it has 2 problem(s).", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.ratings[0].item: Item 'TRA.9' is not in the shifting-the-centre-of-gravity-2018 checklist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_records_the_framework_policy_footprint_and_date_and_lists_everything_in_order()
    {
        var card = Scorer.Score(Croydon.Rate("PCC.4", "council", Progress.InPlace).Build());

        Assert.Equal("shifting-the-centre-of-gravity-2018", card.Framework.Id);
        Assert.Equal("standard", card.PolicyId);
        Assert.Equal(new LocalDate(2018, 10, 1), card.AssessedOn);
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Select(i => i.Id), card.Items.Select(i => i.ItemId));
        Assert.Equal(["SO", "SL", "SS"], card.Themes.Select(t => t.Code));
        Assert.Equal(75, card.Overall.Score);
        Assert.Equal("Croydon (E09000008, place) on 2018-10-01: 75.0 (no stage) under standard", card.ToString());
        Assert.Null(card.FindItem("XX.1"));
        Assert.Null(card.FindDomain("XX"));
        Assert.Null(card.FindTheme("XX"));
    }

    [Fact]
    public void An_unrated_assessment_has_no_scores_and_no_coverage_of_rated_items()
    {
        var card = Scorer.Score(Croydon.Build());

        Assert.Null(card.Overall.Score);
        Assert.Null(card.Overall.Stage);
        Assert.Equal(0, card.Overall.Coverage);
        Assert.Equal("Croydon (E09000008, place) on 2018-10-01: no score under standard", card.ToString());
    }

    [Fact]
    public void A_domain_whose_every_item_is_not_applicable_has_no_score_and_no_coverage()
    {
        var builder = Croydon;
        foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("INF").Items)
        {
            builder = builder.Rate(item.Id, "council", Progress.NotApplicable);
        }

        var inf = Scorer.Score(builder.Build()).FindDomain("INF")!.Value;

        Assert.Null(inf.Score);
        Assert.Null(inf.Coverage);
        Assert.Equal(0, inf.ApplicableItems);
    }

    [Fact]
    public void A_default_of_every_public_score_struct_is_a_consistent_empty_value()
    {
        Assert.Equal((string.Empty, ItemStatus.Unrated, (MedianLevel?)null, (double?)null, (Agreement?)null, 0, 0, (MedianLevel?)null, (double?)null),
            (default(ItemScore).ItemId, default(ItemScore).Status, default(ItemScore).Consensus, default(ItemScore).Points, default(ItemScore).Agreement, default(ItemScore).Ratings, default(ItemScore).NotApplicableRatings, default(ItemScore).Target, default(ItemScore).Gap));
        Assert.Equal((false, false, (Progress?)null, (Progress?)null, (MedianLevel?)null, 0),
            (default(ItemScore).AgreedByMeeting, default(ItemScore).Uncertain, default(ItemScore).LowestLevel, default(ItemScore).HighestLevel, default(ItemScore).Median, default(ItemScore).TargetSetters));
        Assert.Equal((string.Empty, string.Empty, false, (double?)null, (Stage?)null, (double?)null, (double?)null, (double?)null, 0, 0),
            (default(DomainScore).Code, default(DomainScore).ThemeCode, default(DomainScore).Excluded, default(DomainScore).Score, default(DomainScore).Stage, default(DomainScore).Coverage, default(DomainScore).Alpha, default(DomainScore).TargetScore, default(DomainScore).RatedItems, default(DomainScore).ApplicableItems));
        Assert.Equal((string.Empty, (double?)null, (Stage?)null, (double?)null), (default(ThemeScore).Code, default(ThemeScore).Score, default(ThemeScore).Stage, default(ThemeScore).TargetScore));
        Assert.Equal(((double?)null, (Stage?)null, (double?)null, (double?)null), (default(OverallScore).Score, default(OverallScore).Stage, default(OverallScore).Coverage, default(OverallScore).TargetScore));
        Assert.Equal((string.Empty, (double?)null, (double?)null, (double?)null, (double?)null), (default(ScoreChange).Code, default(ScoreChange).Earlier, default(ScoreChange).Later, default(ScoreChange).PerYear, default(ScoreChange).Difference));
        Assert.Equal((string.Empty, string.Empty, string.Empty), (default(WeakestChild).DomainCode, default(WeakestChild).FootprintCode, default(WeakestChild).FootprintName));
        Assert.Equal((string.Empty, string.Empty), (default(ItemGap).ItemId, default(ItemGap).DomainCode));
    }

    [Property(MaxTest = 2000)]
    public void A_score_with_a_flag_in_its_sign_bit_reads_back_to_the_last_bit_with_its_flag(NormalFloat number, bool flag, int kind)
    {
        // Scores and coverages are never negative: whole points, fractions of them, 0, 100, the largest double, +∞ and none.
        var value = (kind & 7) switch
        {
            0 => Math.Abs(number.Get),
            1 => Math.Abs(number.Get) % 100,
            2 => 0.0,
            3 => 100.0,
            4 => double.MaxValue,
            5 => double.PositiveInfinity,
            6 => double.Epsilon,
            _ => double.NaN,
        };
        var stored = Missing.StoreFlagged(value, flag);
        var score = double.IsNaN(value) ? (double?)null : Math.Min(value, 100);
        var theme = new ThemeScore("T", score, 50, flag);
        var domain = new DomainScore("D", "T", flag, value, 0.5, 0.1, 60, 1, 2);

        Assert.Equal(flag, Missing.Flag(stored));
        long? bits = double.IsNaN(value) ? null : BitConverter.DoubleToInt64Bits(value);
        Assert.Equal(bits, Missing.LoadFlagged(stored) is { } back ? BitConverter.DoubleToInt64Bits(back) : null);
        var overall = new OverallScore(score, 0.5, 50, flag);
        Assert.Equal((score, 50.0, bits, flag), (theme.Score, theme.TargetScore, domain.Score is { } d ? BitConverter.DoubleToInt64Bits(d) : (long?)null, domain.Excluded));
        Assert.Equal((score, 0.5, 50.0), (overall.Score, overall.Coverage, overall.TargetScore));
        Assert.Equal((flag && score is not null, flag && score is not null), (theme.Stage is not null, overall.Stage is not null));
        Assert.NotEqual(theme, new ThemeScore("T", score, 50, !flag));
        Assert.NotEqual(domain, new DomainScore("D", "T", !flag, value, 0.5, 0.1, 60, 1, 2));
        Assert.Equal(Missing.StoreFlagged(0.0, flag), Missing.StoreFlagged(-0.0, flag));
    }

    [Fact]
    public void Scores_keep_every_bit_of_the_numbers_they_hold()
    {
        var third = 100.0 / 3;
        var item = new ItemScore("I", ItemStatus.Rated, 3, third, Agreement.Full, 3, 0, 4);
        var domain = new DomainScore("D", "T", false, third, 0.0, -0.25, 100, 1, 3);

        Assert.Equal(BitConverter.DoubleToInt64Bits(third), BitConverter.DoubleToInt64Bits(item.Points!.Value));
        Assert.Equal((MedianLevel.Above(Progress.Planned), MedianLevel.Of(Progress.UnderDevelopment), 0.5), (item.Consensus, item.Target, item.Gap));
        Assert.Equal((third, 0.0, -0.25, 100.0), (domain.Score, domain.Coverage, domain.Alpha, domain.TargetScore));
        Assert.Null(new DomainScore("D", "T", false, double.NaN, double.NaN, double.NaN, double.NaN, 0, 0).Score);
    }

    [Fact]
    public void The_median_spread_and_uncertainty_from_counts_by_level_are_those_of_the_sorted_levels_for_every_count_up_to_four_with_and_without_vectors()
    {
        // Every combination of 0 to 4 values at each of the five levels (5^5 − 1 of them), against the definitions.
        Span<int> counts = stackalloc int[5];
        for (var code = 1; code < 5 * 5 * 5 * 5 * 5; code++)
        {
            var levels = new List<int>();
            for (int level = 0, rest = code; level < 5; level++, rest /= 5)
            {
                counts[level] = rest % 5;
                levels.AddRange(Enumerable.Repeat(level, counts[level]));
            }

            var n = levels.Count;
            var median = levels[(n - 1) / 2] + levels[n / 2];
            var apart = levels.Count(level => Math.Abs((2 * level) - median) >= 4);

            Assert.Equal(median, LevelCounts.MedianHalfLevels(counts, n));
            Assert.Equal(median, LevelCounts.MedianHalfLevelsScalar(counts, n));
            Assert.Equal(median, LevelCounts.MedianHalfLevelsVector(counts, n));
            Assert.Equal(apart, LevelCounts.Apart(counts, median));
            Assert.Equal(apart >= Math.Max(2, (int)Math.Ceiling(n / 3.0)), LevelCounts.IsUncertain(counts, n, median));
            var spread = (n, levels.Count == 0 ? -1 : levels[0], levels.Count == 0 ? -1 : levels[^1]);
            Assert.Equal(spread, LevelCounts.Spread(counts));
            Assert.Equal(spread, LevelCounts.SpreadScalar(counts));
            Assert.Equal(spread, LevelCounts.SpreadVector(counts));
        }

        counts.Clear();
        Assert.Equal((0, -1, -1), LevelCounts.SpreadScalar(counts));
        Assert.Equal((0, -1, -1), LevelCounts.SpreadVector(counts));
        Assert.Equal((8, 8), (LevelCounts.MedianHalfLevelsScalar(counts, 0), LevelCounts.MedianHalfLevelsVector(counts, 0)));
    }
}
