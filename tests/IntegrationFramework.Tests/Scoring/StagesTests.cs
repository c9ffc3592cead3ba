using IntegrationFramework.Scoring;

namespace IntegrationFramework.Tests.Scoring;

public sealed class StagesTests
{
    [Theory]
    [InlineData(0, Stage.Emerging)]
    [InlineData(25, Stage.Emerging)]
    [InlineData(25.000001, Stage.Developing)]
    [InlineData(50, Stage.Developing)]
    [InlineData(50.01, Stage.Maturing)]
    [InlineData(75, Stage.Maturing)]
    [InlineData(75.1, Stage.Thriving)]
    [InlineData(100, Stage.Thriving)]
    public void Each_boundary_belongs_to_the_lower_stage(double score, Stage stage) => Assert.Equal(stage, Stages.Of(score));

    [Fact]
    public void A_missing_score_has_no_stage_and_a_score_outside_0_to_100_is_refused()
    {
        Assert.Null(Stages.Of((double?)null));
        Assert.StartsWith("score must be from 0 to 100; it was 100.5.", Assert.Throws<ArgumentOutOfRangeException>(() => Stages.Of(100.5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Stages.Of(double.NaN));
    }
}
