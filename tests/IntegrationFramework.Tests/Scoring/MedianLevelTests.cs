using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Tests.Scoring;

public sealed class MedianLevelTests
{
    [Fact]
    public void A_level_and_a_midpoint_have_their_value_points_neighbours_and_spelling()
    {
        var inPlace = MedianLevel.Of(Progress.InPlace);
        var midway = MedianLevel.Above(Progress.Planned);

        Assert.Equal((3.0, 75.0, Progress.InPlace, Progress.InPlace, true, "inPlace"), (inPlace.Value, inPlace.Points, inPlace.Lower, inPlace.Upper, inPlace.IsLevel, inPlace.ToFileName()));
        Assert.Equal((1.5, 37.5, Progress.Planned, Progress.UnderDevelopment, false, "planned-underDevelopment"), (midway.Value, midway.Points, midway.Lower, midway.Upper, midway.IsLevel, midway.ToString()));
        Assert.Equal(MedianLevel.Of(Progress.NotStarted), default);
        Assert.True(midway < inPlace && inPlace > midway && midway <= inPlace && inPlace >= MedianLevel.Above(Progress.UnderDevelopment));
    }

    [Fact]
    public void Files_hold_nine_spellings_lowest_first_and_nothing_else_reads()
    {
        Assert.Equal(
            ["notStarted", "notStarted-planned", "planned", "planned-underDevelopment", "underDevelopment", "underDevelopment-inPlace", "inPlace", "inPlace-embedded", "embedded"],
            MedianLevel.FileNames);
        Assert.All(MedianLevel.FileNames, name => Assert.Equal(name, MedianLevel.TryParse(name, out var median) ? median.ToFileName() : null));
        Assert.False(MedianLevel.TryParse("InPlace", out _));
        Assert.False(MedianLevel.TryParse("planned-inPlace", out _));
        Assert.False(MedianLevel.TryParse("notApplicable", out _));
        Assert.False(MedianLevel.TryParse(null, out _));
    }

    [Fact]
    public void There_is_no_midpoint_above_embedded_and_not_applicable_is_no_level()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MedianLevel.Above(Progress.Embedded));
        Assert.Throws<ArgumentOutOfRangeException>(() => MedianLevel.Of(Progress.NotApplicable));
    }

    [Property]
    public Property Medians_order_as_their_values_do(byte a, byte b)
    {
        var (x, y) = (Median(a % 9), Median(b % 9));
        return (Math.Sign(x.CompareTo(y)) == x.Value.CompareTo(y.Value) && (x == y) == (x.Value == y.Value)).ToProperty();
    }

    private static MedianLevel Median(int halfLevels)
        => halfLevels % 2 == 0 ? MedianLevel.Of((Progress)(halfLevels / 2)) : MedianLevel.Above((Progress)(halfLevels / 2));
}
