using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
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

        Assert.Equal("shifting-the-centre-of-gravity-2018", card.FrameworkId);
        Assert.Equal("standard", card.PolicyId);
        Assert.Equal(new LocalDate(2018, 10, 1), card.AssessedOn);
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Select(i => i.Id), card.Items.Select(i => i.ItemId));
        Assert.Equal(["SO", "SL", "SS"], card.Themes.Select(t => t.Code));
        Assert.Equal(75, card.Overall.Score);
        Assert.Equal("Croydon (E09000008, place) on 2018-10-01: 75.0 (thriving) under standard", card.ToString());
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
    public void Score_cards_check_their_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DomainScore("D", "T", false, 101, null, null, null, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DomainScore("D", "T", false, null, null, null, null, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemScore("I", ItemStatus.Rated, Progress.NotApplicable, null, null, 1, 0, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ItemScore("I", ItemStatus.Rated, null, null, null, 1, 2, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverallScore(null, 1.5, null));
    }
}
