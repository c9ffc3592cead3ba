using System.Globalization;
using System.Xml.Linq;
using FsCheck.Xunit;

namespace IntegrationFramework.Reports.Tests;

public sealed class RadarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static RadarAxis[] Axes(int n, int excluded = -1)
        => [.. Enumerable.Range(0, n).Select(i => new RadarAxis($"D{i}", $"Domain {i}", i == excluded ? "out of scope" : "not rated", i == excluded))];

    [Theory]
    [InlineData(0, 4, 100, 300, 55)]
    [InlineData(1, 4, 100, 475, 230)]
    [InlineData(2, 4, 50, 300, 317.5)]
    [InlineData(3, 4, 100, 125, 230)]
    [InlineData(0, 10, 0, 300, 230)]
    public void Axes_start_at_the_top_and_go_clockwise_with_values_as_a_share_of_the_radius(int axis, int axes, double value, double x, double y)
    {
        var point = RadarChart.Point(axis, axes, value);

        Assert.Equal(x, point.X, 9);
        Assert.Equal(y, point.Y, 9);
    }

    [Fact]
    public void A_shape_stops_at_an_axis_without_a_value_and_text_is_escaped()
    {
        var svg = XElement.Parse(RadarChart.Svg("<t>", [new("A", "A & a", "not rated", false), new("B", "B", "not rated", false), new("C", "C", "out of scope", true)], [new RadarSeries("s", [10, null, 20], "#000", "#000", false)]));

        // A and C are neighbours (the circle closes), B is not scored: one line from C to A, and no closed outline.
        var outline = Assert.Single(svg.Descendants(Svg + "polyline"));
        Assert.Equal([Key(RadarChart.Point(2, 3, 20)), Key(RadarChart.Point(0, 3, 10))], Points(outline).Select(Key));
        Assert.DoesNotContain(svg.Descendants(Svg + "polygon"), p => (string?)p.Attribute("class") == "outline");
        Assert.Equal("<t>", svg.Element(Svg + "title")!.Value);
        Assert.Equal("B not rated", svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("data-axis") == "B").Value);
        Assert.Equal("C 20.0", svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("data-axis") == "C").Value);
        Assert.Equal("3 3", (string?)svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("data-axis") == "C").Attribute("stroke-dasharray"));
    }

    [Fact]
    public void Excluded_and_unrated_axes_read_differently_on_the_chart_and_in_the_legend()
    {
        var figure = RadarChart.Render("Scores", "How to read it.", Axes(3, excluded: 2), [new RadarSeries("score", [50, null, null], "#000", "none", false)]);

        Assert.Contains("<em>not rated</em>", figure, StringComparison.Ordinal);
        Assert.Contains("<em>out of scope</em>", figure, StringComparison.Ordinal);
        Assert.Contains("<caption>Scores</caption>", figure, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"radar-desc\">", figure, StringComparison.Ordinal);
    }

    /// <summary>
    /// For any values on 3 to 12 axes, every outline segment joins two neighbouring axes that both have a value, every
    /// valued axis has one point, and the outline is closed only when every axis has a value.
    /// </summary>
    [Property(MaxTest = 300)]
    public void No_segment_crosses_an_axis_without_a_value(byte axes, int[] raw)
    {
        var n = 3 + (axes % 10);
        // Values from 1 to 100, so no two points meet at the centre.
        var values = Enumerable.Range(0, n).Select(i => raw.Length > i && raw[i] % 3 != 0 ? (double?)(1 + Math.Abs(raw[i] % 100)) : null).ToArray();
        var svg = XElement.Parse(RadarChart.Svg("t", Axes(n), [new RadarSeries("s", values, "#000", "#00f", false)]));

        var axisOf = Enumerable.Range(0, n).Where(i => values[i] is not null).ToDictionary(i => Key(RadarChart.Point(i, n, values[i]!.Value)), i => i);
        var outlines = svg.Descendants().Where(e => (string?)e.Attribute("class") == "outline").ToList();
        foreach (var outline in outlines)
        {
            var points = Points(outline).Select(p => axisOf[Key(p)]).ToList();
            var closed = outline.Name == Svg + "polygon";
            for (var s = 0; s < points.Count - (closed ? 0 : 1); s++)
            {
                var (from, to) = (points[s], points[(s + 1) % points.Count]);
                Assert.Equal((from + 1) % n, to);
            }
        }

        Assert.Equal(values.All(v => v is not null), outlines.Exists(o => o.Name == Svg + "polygon"));
        Assert.Equal(axisOf.Count, svg.Descendants(Svg + "circle").Count(c => c.Attribute("data-value") is not null));
    }

    private static (double X, double Y)[] Points(XElement shape)
        => [.. ((string)shape.Attribute("points")!).Split(' ').Select(p => p.Split(',')).Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))];

    private static string Key((double X, double Y) point) => string.Create(CultureInfo.InvariantCulture, $"{point.X:0.##},{point.Y:0.##}");
}
