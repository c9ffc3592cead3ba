using System.Globalization;
using System.Net;
using System.Text;

namespace IntegrationFramework.Reports;

/// <summary>One shape on a radar chart: a value from 0 to 100, or none, for each axis.</summary>
/// <param name="Name">What the shape shows, such as "score" or "target".</param>
/// <param name="Values">A value per axis, in axis order; <see langword="null"/> where there is none.</param>
/// <param name="Stroke">The colour of its outline.</param>
/// <param name="Fill">The colour that fills it, or <c>none</c>.</param>
/// <param name="Dashed">Whether its outline is dashed.</param>
internal sealed record RadarSeries(string Name, double?[] Values, string Stroke, string Fill, bool Dashed);

/// <summary>
/// Draws a radar chart as inline SVG. Axis <c>i</c> of <c>n</c> points at −90° + 360° · i / n, from the top, clockwise;
/// a value <c>v</c> sits at <c>v / 100</c> of the radius along its axis. Rings mark 25, 50, 75 and 100 — the stage
/// thresholds. A shape joins only the axes that have a value; an axis without one shows a dash.
/// </summary>
internal static class RadarChart
{
    public const double Width = 640;
    public const double Height = 480;
    public const double CenterX = 320;
    public const double CenterY = 240;
    public const double Radius = 165;

    /// <summary>Where value <paramref name="value"/> on axis <paramref name="axis"/> of <paramref name="axes"/> sits.</summary>
    public static (double X, double Y) Point(int axis, int axes, double value)
    {
        var angle = (-Math.PI / 2) + (2 * Math.PI * axis / axes);
        var distance = Radius * value / 100;
        return (CenterX + (distance * Math.Cos(angle)), CenterY + (distance * Math.Sin(angle)));
    }

    /// <summary>The chart, as an <c>svg</c> element.</summary>
    /// <param name="title">What the chart shows, for assistive technology and tooltips.</param>
    /// <param name="codes">A short label per axis, such as <c>TRA</c>.</param>
    /// <param name="names">A full name per axis, for tooltips.</param>
    /// <param name="series">The shapes, drawn in order; the first is labelled with its values.</param>
    public static string Render(string title, IReadOnlyList<string> codes, IReadOnlyList<string> names, IReadOnlyList<RadarSeries> series)
    {
        var n = codes.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"{N(Width)}\" height=\"{N(Height)}\" role=\"img\" aria-labelledby=\"radar-title\" data-cx=\"{N(CenterX)}\" data-cy=\"{N(CenterY)}\" data-radius=\"{N(Radius)}\" data-axes=\"{n}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"radar-title\">{E(title)}</title>");
        svg.Append("<g class=\"rings\" fill=\"none\" stroke=\"#d0d5dd\" stroke-width=\"1\">");
        foreach (var ring in (double[])[25, 50, 75, 100])
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(CenterX)}\" cy=\"{N(CenterY)}\" r=\"{N(Radius * ring / 100)}\" />");
        }

        svg.Append("</g><g class=\"ring-labels\" font-size=\"11\" fill=\"#98a2b3\" text-anchor=\"start\">");
        foreach (var ring in (double[])[25, 50, 75, 100])
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(CenterX + 4)}\" y=\"{N(CenterY - (Radius * ring / 100) - 3)}\">{N(ring)}</text>");
        }

        svg.Append("</g><g class=\"axes\" stroke=\"#d0d5dd\" stroke-width=\"1\">");
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, n, 100);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(CenterX)}\" y1=\"{N(CenterY)}\" x2=\"{N(x)}\" y2=\"{N(y)}\" />");
        }

        svg.Append("</g>");
        for (var s = series.Count - 1; s >= 0; s--)
        {
            Shape(svg, series[s], codes, names);
        }

        svg.Append("<g class=\"labels\" font-size=\"13\" fill=\"#344054\">");
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, n, 112);
            var (dx, dy) = (x - CenterX, y - CenterY);
            var anchor = Math.Abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
            var value = series.Count > 0 ? series[0].Values[i] : null;
            var baseline = dy > 20 ? N(y + 10) : dy < -20 ? N(y - 4) : N(y + 4);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label\" x=\"{N(x)}\" y=\"{baseline}\" text-anchor=\"{anchor}\" data-axis=\"{E(codes[i])}\"><tspan font-weight=\"600\">{E(codes[i])}</tspan> {(value is { } v ? Display.Score(v) : Display.None)}<title>{E(names[i])}</title></text>");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void Shape(StringBuilder svg, RadarSeries shape, IReadOnlyList<string> codes, IReadOnlyList<string> names)
    {
        var n = codes.Count;
        var axes = new List<int>(n);
        var points = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            if (shape.Values[i] is { } value)
            {
                var (x, y) = Point(i, n, value);
                points.Append(points.Length == 0 ? string.Empty : " ").Append(N(x)).Append(',').Append(N(y));
                axes.Add(i);
            }
        }

        var dash = shape.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
        if (axes.Count >= 3)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"series {E(shape.Name)}\" data-series=\"{E(shape.Name)}\" points=\"{points}\" fill=\"{shape.Fill}\" fill-opacity=\"0.25\" stroke=\"{shape.Stroke}\" stroke-width=\"2\"{dash} />");
        }
        else if (axes.Count == 2)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series {E(shape.Name)}\" data-series=\"{E(shape.Name)}\" points=\"{points}\" fill=\"none\" stroke=\"{shape.Stroke}\" stroke-width=\"2\"{dash} />");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"points {E(shape.Name)}\" fill=\"{shape.Stroke}\">");
        foreach (var axis in axes)
        {
            var value = shape.Values[axis]!.Value;
            var (x, y) = Point(axis, n, value);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{(shape.Dashed ? 3 : 4)}\" data-axis=\"{E(codes[axis])}\" data-value=\"{N(value)}\"><title>{E(codes[axis])} {E(names[axis])}, {E(shape.Name)}: {Display.Score(value)}</title></circle>");
        }

        svg.Append("</g>");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
