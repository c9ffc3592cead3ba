using IntegrationFramework.Assessments;

namespace IntegrationFramework.Tests.Assessments;

public sealed class ProgressTests
{
    [Theory]
    [InlineData(Progress.NotStarted, 0, 0, "notStarted")]
    [InlineData(Progress.Planned, 1, 25, "planned")]
    [InlineData(Progress.UnderDevelopment, 2, 50, "underDevelopment")]
    [InlineData(Progress.InPlace, 3, 75, "inPlace")]
    [InlineData(Progress.Embedded, 4, 100, "embedded")]
    public void Each_level_is_worth_25_points_a_step(Progress progress, int level, int points, string fileName)
    {
        Assert.True(progress.IsLevel());
        Assert.Equal(level, progress.Level());
        Assert.Equal(points, progress.Points());
        Assert.Equal(fileName, progress.ToFileName());
    }

    [Fact]
    public void Not_applicable_is_distinct_from_every_level_and_has_no_points()
    {
        Assert.False(Progress.NotApplicable.IsLevel());
        Assert.Equal("notApplicable", Progress.NotApplicable.ToFileName());
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Progress.NotApplicable.Points());
        Assert.StartsWith("progress must be a level, from NotStarted (0) to Embedded (4); it was NotApplicable.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_outside_the_scale_are_not_levels()
    {
        Assert.False(((Progress)5).IsLevel());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Progress)5).ToFileName());
    }
}
