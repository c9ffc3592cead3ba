using System.Globalization;
using System.Net;
using System.Text;

namespace IntegrationFramework.Reports;

/// <summary>One axis of a radar chart: a domain's code and name, and what it shows where a shape has no value.</summary>
/// <param name="Code">The short label on the chart, such as <c>TRA</c>.</param>
/// <param name="Name">The full name, in the legend.</param>
/// <param name="Missing">What a missing value means here: <c>not rated</c>, or <c>out of scope</c> for an excluded domain.</param>
/// <param name="Excluded">Whether the domain is out of scope: its axis is drawn dashed.</param>
internal sealed record RadarAxis(string Code, string Name, string Missing, bool Excluded);

/// <summary>One shape on a radar chart: a value from 0 to 100, or none, for each axis.</summary>
/// <param name="Name">What the shape shows, such as "score" or "target", as the legend's column heading.</param>
/// <param name="Values">A value per axis, in axis order; <see langword="null"/> where there is none.</param>
/// <param name="Stroke">The colour of its outline.</param>
/// <param name="Fill">The colour that fills it, or <c>none</c>.</param>
/// <param name="Dashed">Whether its outline is dashed.</param>
internal sealed record RadarSeries(string Name, double?[] Values, string Stroke, string Fill, bool Dashed);

/// <summary>
/// Draws a radar chart as inline SVG beside a legend table that names every domain and gives every value, the chart's
/// text alternative. Axis <c>i</c> of <c>n</c> points at −90° + 360° · i / n, from the top, clockwise; a value <c>v</c>
/// sits at <c>v / 100</c> of the radius along its axis. Rings mark 25, 50, 75 and 100 — the stage thresholds.
/// </summary>
/// <remarks>
/// A shape is drawn only between neighbouring axes that both have a value: where a domain has no score the outline
/// stops, so no segment crosses its axis and no value is drawn that nobody gave. Each run of scored axes is filled as a
/// wedge from the centre. An out-of-scope axis is dashed and labelled "out of scope"; an unrated one "not rated".
/// </remarks>
internal static class RadarChart
{
    public const double Width = 600;
    public const double Height = 460;
    public const double CenterX = 300;
    public const double CenterY = 230;
    public const double Radius = 175;

    /// <summary>How far outside the outer ring the axis labels sit.</summary>
    private const double LabelGap = 20;

    /// <summary>Where value <paramref name="value"/> on axis <paramref name="axis"/> of <paramref name="axes"/> sits.</summary>
    public static (double X, double Y) Point(int axis, int axes, double value) => At(Angle(axis, axes), Radius * value / 100);

    /// <summary>The chart and its legend, as a <c>figure</c> element.</summary>
    /// <param name="title">What the chart shows, for assistive technology and as the legend's caption.</param>
    /// <param name="caption">A sentence under the chart saying how to read it.</param>
    /// <param name="axes">The axes, in order.</param>
    /// <param name="series">The shapes, drawn in order; the first is labelled with its values on the chart.</param>
    /// <param name="bands">Each axis's band, drawn as a pale bar along the axis under the shapes and given in the legend; <see langword="null"/> for none.</param>
    public static string Render(string title, string caption, IReadOnlyList<RadarAxis> axes, IReadOnlyList<RadarSeries> series, IReadOnlyList<Scoring.ScoreBand?>? bands = null)
    {
        var html = new StringBuilder("<figure class=\"radar-figure\">");
        html.Append(Svg(title, axes, series, bands));
        Legend(html, title, axes, series, bands);
        html.Append(CultureInfo.InvariantCulture, $"<figcaption>{E(caption)}</figcaption></figure>");
        return html.ToString();
    }

    /// <summary>The chart alone, as an <c>svg</c> element.</summary>
    public static string Svg(string title, IReadOnlyList<RadarAxis> axes, IReadOnlyList<RadarSeries> series, IReadOnlyList<Scoring.ScoreBand?>? bands = null)
    {
        var n = axes.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 {N(Width)} {N(Height)}\" role=\"img\" aria-labelledby=\"radar-title radar-desc\" data-cx=\"{N(CenterX)}\" data-cy=\"{N(CenterY)}\" data-radius=\"{N(Radius)}\" data-axes=\"{n}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"radar-title\">{E(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"radar-desc\">A radar chart with an axis for each of the {n} domains, from 0 at the centre to 100 at the edge; rings at 25, 50 and 75 mark the stages. The table beside it gives every value.</desc>");
        svg.Append("<g class=\"rings\" fill=\"none\" stroke=\"#d0d5dd\" stroke-width=\"1\">");
        foreach (var ring in (double[])[25, 50, 75, 100])
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(CenterX)}\" cy=\"{N(CenterY)}\" r=\"{N(Radius * ring / 100)}\" />");
        }

        svg.Append("</g><g class=\"axes\" stroke-width=\"1\">");
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, n, 100);
            var style = axes[i].Excluded ? "stroke=\"#98a2b3\" stroke-dasharray=\"3 3\"" : "stroke=\"#d0d5dd\"";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(CenterX)}\" y1=\"{N(CenterY)}\" x2=\"{N(x)}\" y2=\"{N(y)}\" {style} data-axis=\"{E(axes[i].Code)}\" />");
        }

        svg.Append("</g>");
        Bands(svg, axes, bands);
        for (var s = series.Count - 1; s >= 0; s--)
        {
            Shape(svg, series[s], axes);
        }

        RingLabels(svg, n);
        svg.Append("<g class=\"labels\" font-size=\"15\" fill=\"#344054\">");
        for (var i = 0; i < n; i++)
        {
            var (x, y) = At(Angle(i, n), Radius + LabelGap);
            var (dx, dy) = (x - CenterX, y - CenterY);
            var anchor = Math.Abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
            var baseline = dy > 20 ? y + 14 : dy < -20 ? y - 2 : y + 5;
            var value = series.Count > 0 ? series[0].Values[i] : null;
            var reading = value is { } v ? Display.Score(v) : axes[i].Missing;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-label\" x=\"{N(x)}\" y=\"{N(baseline)}\" text-anchor=\"{anchor}\" data-axis=\"{E(axes[i].Code)}\"{(value is null ? " font-style=\"italic\"" : string.Empty)}><tspan font-weight=\"600\">{E(axes[i].Code)}</tspan> {E(reading)}</text>");
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>Each axis's band as a pale, wide bar along the axis from its low to its high, under the shapes.</summary>
    private static void Bands(StringBuilder svg, IReadOnlyList<RadarAxis> axes, IReadOnlyList<Scoring.ScoreBand?>? bands)
    {
        if (bands is null)
        {
            return;
        }

        svg.Append("<g class=\"bands\" stroke=\"#84caff\" stroke-opacity=\"0.55\" stroke-width=\"9\" stroke-linecap=\"round\">");
        for (var i = 0; i < axes.Count && i < bands.Count; i++)
        {
            if (bands[i] is { } band)
            {
                var (x1, y1) = Point(i, axes.Count, band.Low);
                var (x2, y2) = Point(i, axes.Count, band.High);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" data-axis=\"{E(axes[i].Code)}\" data-low=\"{N(band.Low)}\" data-high=\"{N(band.High)}\"><title>{E(axes[i].Code)} band: {Display.Score(band.Low)} to {Display.Score(band.High)}</title></line>");
            }
        }

        svg.Append("</g>");
    }

    /// <summary>
    /// The ring values, on the ray halfway between the first two axes, where no point can sit, with a white halo so they
    /// read over a shape.
    /// </summary>
    private static void RingLabels(StringBuilder svg, int n)
    {
        svg.Append("<g class=\"ring-labels\" font-size=\"11\" fill=\"#475467\" text-anchor=\"middle\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">");
        var angle = n > 1 ? (Angle(0, n) + Angle(1, n)) / 2 : Angle(0, n) + (Math.PI / 4);
        foreach (var ring in (double[])[25, 50, 75, 100])
        {
            var (x, y) = At(angle, Radius * ring / 100);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"ring-label\" x=\"{N(x)}\" y=\"{N(y + 4)}\">{N(ring)}</text>");
        }

        svg.Append("</g>");
    }

    private static void Shape(StringBuilder svg, RadarSeries shape, IReadOnlyList<RadarAxis> axes)
    {
        var n = axes.Count;
        var name = E(shape.Name);
        var dash = shape.Dashed ? " stroke-dasharray=\"7 4\"" : string.Empty;
        var scored = new bool[n];
        for (var i = 0; i < n; i++)
        {
            scored[i] = shape.Values[i] is not null;
        }

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"series {name}\" data-series=\"{name}\">");
        if (Array.TrueForAll(scored, s => s) && n >= 3)
        {
            var all = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                AppendPoint(all, i, n, shape.Values[i]!.Value);
            }

            svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"outline\" points=\"{all}\" fill=\"{shape.Fill}\" fill-opacity=\"0.25\" stroke=\"{shape.Stroke}\" stroke-width=\"2\"{dash} />");
        }
        else
        {
            // Each run of neighbouring scored axes: a wedge from the centre for the fill, a line through the run for the outline.
            for (var start = 0; start < n; start++)
            {
                if (!scored[start] || scored[(start + n - 1) % n])
                {
                    continue;
                }

                var run = new StringBuilder();
                var length = 0;
                for (var i = start; scored[i % n] && length < n; i++, length++)
                {
                    AppendPoint(run, i % n, n, shape.Values[i % n]!.Value);
                }

                if (length < 2)
                {
                    continue;
                }

                if (shape.Fill != "none")
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"wedge\" points=\"{N(CenterX)},{N(CenterY)} {run}\" fill=\"{shape.Fill}\" fill-opacity=\"0.25\" stroke=\"none\" />");
                }

                svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"outline\" points=\"{run}\" fill=\"none\" stroke=\"{shape.Stroke}\" stroke-width=\"2\"{dash} />");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"points\" fill=\"{(shape.Dashed ? "#ffffff" : shape.Stroke)}\" stroke=\"{shape.Stroke}\" stroke-width=\"{(shape.Dashed ? 1.5 : 0)}\">");
        for (var i = 0; i < n; i++)
        {
            if (shape.Values[i] is { } value)
            {
                var (x, y) = Point(i, n, value);
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{(shape.Dashed ? 3.5 : 4)}\" data-axis=\"{E(axes[i].Code)}\" data-value=\"{N(value)}\"><title>{E(axes[i].Code)} {E(axes[i].Name)}, {name}: {Display.Score(value)}</title></circle>");
            }
        }

        svg.Append("</g></g>");
    }

    /// <summary>The legend: a table naming each domain with every shape's value, or why it has none.</summary>
    private static void Legend(StringBuilder html, string title, IReadOnlyList<RadarAxis> axes, IReadOnlyList<RadarSeries> series, IReadOnlyList<Scoring.ScoreBand?>? bands)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"legend\"><caption>{E(title)}</caption><thead><tr><th scope=\"col\">Domain</th>");
        for (var s = 0; s < series.Count; s++)
        {
            var shape = series[s];
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"num\"><span class=\"key{(shape.Dashed ? " dashed" : string.Empty)}\" style=\"border-color:{shape.Stroke}\" aria-hidden=\"true\"></span>{E(Capitalise(shape.Name))}</th>");
            if (s == 0 && bands is not null)
            {
                html.Append("<th scope=\"col\" class=\"num\"><span class=\"key band\" aria-hidden=\"true\"></span>Band</th>");
            }
        }

        html.Append("</tr></thead><tbody>");
        for (var i = 0; i < axes.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-axis=\"{E(axes[i].Code)}\"><th scope=\"row\"><strong>{E(axes[i].Code)}</strong> {E(axes[i].Name)}</th>");
            for (var s = 0; s < series.Count; s++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{(series[s].Values[i] is { } v ? Display.Score(v) : $"<em>{E(axes[i].Missing)}</em>")}</td>");
                if (s == 0 && bands is not null)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<td class=\"num band\">{(i < bands.Count && bands[i] is { } band ? $"{Display.Score(band.Low)}–{Display.Score(band.High)}" : Display.None)}</td>");
                }
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static double Angle(int axis, int axes) => (-Math.PI / 2) + (2 * Math.PI * axis / axes);

    private static (double X, double Y) At(double angle, double distance) => (CenterX + (distance * Math.Cos(angle)), CenterY + (distance * Math.Sin(angle)));

    private static void AppendPoint(StringBuilder points, int axis, int axes, double value)
    {
        var (x, y) = Point(axis, axes, value);
        points.Append(points.Length == 0 ? string.Empty : " ").Append(N(x)).Append(',').Append(N(y));
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
