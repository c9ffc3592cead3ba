using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>Writing and reading back loses nothing, for 1,000 generated assessments and score cards each.</summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 1000)]
public sealed class RoundTripPropertyTests
{
    [Property]
    public void An_assessment_written_as_JSON_reads_back_as_itself(Assessment assessment)
    {
        var result = AssessmentJson.Read(AssessmentJson.SerializeToUtf8Bytes(assessment));

        Assert.Empty(result.Problems);
        Assert.Equal(assessment, result.Value);
    }

    [Property]
    public void A_score_card_written_as_JSON_reads_back_as_itself(Assessment assessment, bool weakestLink)
    {
        var policy = weakestLink ? new ScoringPolicyBuilder("weakest").Aggregate(Aggregation.WeakestLink).TreatUnratedAs(UnratedItems.NotStarted).Build() : null;
        var card = Scorer.Score(assessment, policy);

        var result = ScoreCardJson.Read(ScoreCardJson.SerializeToUtf8Bytes(card));

        Assert.Empty(result.Problems);
        Assert.Equal(card, result.Value);
    }

    [Property]
    public void A_roll_up_card_with_fractional_points_reads_back_as_itself(Family family)
    {
        var cards = family.Children.Select(c => Scorer.Score(c)).ToList();
        var weighting = cards.TrueForAll(c => c.Footprint.Population is not null) ? RollupWeighting.Population : RollupWeighting.Equal;
        var card = Rollup.Combine(family.Parent, cards, weighting: weighting).Card;

        Assert.Equal(card, ScoreCardJson.Read(ScoreCardJson.SerializeToUtf8Bytes(card)).Value);
    }
}
