using FsCheck.Xunit;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Tests;

public sealed class DisplayTests
{
    [Theory]
    [InlineData(0.6661864675591244, "0.666")]   // read "differently": two decimals would show 0.67, above 0.667
    [InlineData(0.6672, "0.67")]                // at or above 0.667 either way
    [InlineData(0.66691, "0.6669")]             // three decimals would show 0.667 too
    [InlineData(0.7996, "0.7996")]              // below 0.8, which two and three decimals would hide
    [InlineData(0.8004, "0.80")]
    [InlineData(0.19, "0.19")]
    [InlineData(-0.0004, "0.00")]               // no minus sign on a zero
    [InlineData(-0.4172, "-0.42")]
    public void An_alpha_band_end_keeps_the_side_of_each_threshold_it_is_on(double bound, string shown)
        => Assert.Equal(shown, Display.AlphaBound(bound));

    [Property(MaxTest = 500)]
    public bool What_an_alpha_band_end_shows_is_on_the_same_side_of_both_thresholds_as_the_value(bool nearAlike, int millionths)
    {
        // Within 0.01 either side of a threshold, where rounding could cross it.
        var value = (nearAlike ? AlphaBand.Alike : AlphaBand.BroadlyAlike) + ((millionths % 10_000) / 1e6);
        var shown = double.Parse(Display.AlphaBound(value), System.Globalization.CultureInfo.InvariantCulture);
        return (value < AlphaBand.BroadlyAlike) == (shown < AlphaBand.BroadlyAlike) && (value < AlphaBand.Alike) == (shown < AlphaBand.Alike);
    }

    [Fact]
    public void An_alpha_that_rounds_to_zero_has_no_minus_sign()
        => Assert.Equal(["0.00", "-0.01", "—"], [Display.Alpha(-0.004), Display.Alpha(-0.006), Display.Alpha(null)]);
}
