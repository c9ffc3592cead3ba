using System.Xml.Linq;

namespace IntegrationFramework.Reports.Tests;

public sealed class RadarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData(0, 4, 100, 320, 75)]
    [InlineData(1, 4, 100, 485, 240)]
    [InlineData(2, 4, 50, 320, 322.5)]
    [InlineData(3, 4, 100, 155, 240)]
    [InlineData(0, 10, 0, 320, 240)]
    public void Axes_start_at_the_top_and_go_clockwise_with_values_as_a_share_of_the_radius(int axis, int axes, double value, double x, double y)
    {
        var point = RadarChart.Point(axis, axes, value);

        Assert.Equal(x, point.X, 9);
        Assert.Equal(y, point.Y, 9);
    }

    [Fact]
    public void A_shape_with_fewer_than_three_values_is_a_line_or_a_point_and_text_is_escaped()
    {
        var two = XElement.Parse(RadarChart.Render("t", ["A", "B", "C"], ["A & a", "B", "C"], [new RadarSeries("s", [10, null, 20], "#000", "#000", false)]));
        var one = XElement.Parse(RadarChart.Render("<t>", ["A", "B", "C"], ["A", "B", "C"], [new RadarSeries("s", [null, 50, null], "#000", "#000", false)]));

        Assert.Single(two.Elements(Svg + "polyline"));
        Assert.Empty(two.Elements(Svg + "polygon"));
        Assert.Empty(one.Elements(Svg + "polyline"));
        Assert.Single(one.Descendants(Svg + "circle"), c => (string?)c.Attribute("data-axis") == "B");
        Assert.Equal("<t>", one.Element(Svg + "title")!.Value);
    }
}
