using System.Globalization;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IntegrationFramework.Reports.Tests.Browser;

/// <summary>
/// Every HTML report opened in Debian's Chromium, as a reader would: checked from the page's own boxes, printed to PDF
/// and read back with poppler, and run through axe. Screenshots and PDFs go under artifacts/screenshots for a reviewer.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class ReportsInTheBrowserTests(Chromium chromium)
{
    /// <summary>A4 in points, 210 × 297 mm; Chromium rounds to whole device pixels, so within 2 points.</summary>
    private const double A4Width = 595.28;

    private const double A4Height = 841.89;

    /// <summary>Radar labels and points, and anything that overlaps another, from their client rectangles.</summary>
    private const string RadarOverlaps = """
        () => [...document.querySelectorAll('svg.radar')].flatMap(svg => {
          const frame = svg.getBoundingClientRect();
          const box = (e, name) => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name }; };
          const labels = [...svg.querySelectorAll('text.axis-label, text.ring-label')].map(t => box(t, `label "${t.textContent}"`));
          const points = [...svg.querySelectorAll('g.series')].flatMap(g => [...g.querySelectorAll('g.points circle')].map(c => box(c, `the ${g.dataset.series} point on ${c.dataset.axis}`)));
          const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          const problems = [];
          labels.forEach((a, i) => {
            labels.slice(i + 1).filter(b => hit(a, b)).forEach(b => problems.push(`${a.name} overlaps ${b.name}`));
            points.filter(p => hit(a, p)).forEach(p => problems.push(`${a.name} overlaps ${p.name}`));
            if (a.left < frame.left || a.right > frame.right || a.top < frame.top || a.bottom > frame.bottom) problems.push(`${a.name} is cut off by the chart's edge`);
          });
          return problems;
        })
        """;

    /// <summary>
    /// Every outline whose contrast with the page's white is below 3:1 (WCAG's for graphics), by the relative luminance
    /// of its computed stroke colour, so a shape survives greyscale print.
    /// </summary>
    private const string FaintOutlines = """
        () => [...document.querySelectorAll('svg.radar g.series .outline')].flatMap(shape => {
          const [r, g, b] = getComputedStyle(shape).stroke.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number)
            .map(c => c / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          const contrast = 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
          return contrast >= 3 ? [] : [`${shape.closest('g.series').dataset.series}: ${getComputedStyle(shape).stroke}, ${contrast.toFixed(2)}:1`];
        })
        """;

    /// <summary>
    /// Every drawn segment of every shape, as the pair of axes its ends sit on: each end must be a drawn point, and the
    /// two must be neighbouring axes, so that no segment crosses an axis without a value. Points must be where the
    /// legend gives a value, and only there.
    /// </summary>
    private const string RadarSegments = """
        () => [...document.querySelectorAll('figure.radar-figure')].flatMap(figure => {
          const svg = figure.querySelector('svg.radar');
          const axes = [...svg.querySelectorAll('g.axes line')].map(l => l.dataset.axis);
          const n = axes.length, centre = `${svg.dataset.cx},${svg.dataset.cy}`;
          const columns = [...figure.querySelectorAll('table.legend thead th')].map(th => th.textContent.trim().toLowerCase());
          const problems = [];
          let segments = 0, breaks = 0;
          svg.querySelectorAll('g.series').forEach(g => {
            const series = g.dataset.series;
            const column = columns.indexOf(series);
            const valued = [...figure.querySelectorAll('table.legend tbody tr')].filter(tr => !tr.children[column].querySelector('em')).map(tr => tr.dataset.axis);
            const drawn = [...g.querySelectorAll('g.points circle')].map(c => c.dataset.axis);
            if (column < 0 || valued.join() !== drawn.join()) problems.push(`${series}: points on ${drawn.join()} but the legend has values for ${valued.join()}`);
            const at = new Map([...g.querySelectorAll('g.points circle')].map(c => [`${c.getAttribute('cx')},${c.getAttribute('cy')}`, axes.indexOf(c.dataset.axis)]));
            g.querySelectorAll('.outline, .wedge').forEach(shape => {
              let vertices = shape.getAttribute('points').trim().split(/\s+/);
              const wedge = shape.classList.contains('wedge');
              if (wedge) {
                if (vertices[0] !== centre) problems.push(`${series}: a wedge that does not start at the centre`);
                vertices = vertices.slice(1);
              }
              if (shape.tagName === 'polyline') breaks++;
              const index = vertices.map(v => at.has(v) ? at.get(v) : (problems.push(`${series}: vertex ${v} is not a drawn point`), -1));
              const pairs = index.slice(1).map((j, k) => [index[k], j]);
              if (shape.tagName === 'polygon' && !wedge) pairs.push([index[index.length - 1], index[0]]);
              pairs.forEach(([i, j]) => {
                segments++;
                if ((j - i + n) % n !== 1) problems.push(`${series}: a segment from ${axes[i]} to ${axes[j]} crosses ${axes.filter((_, k) => (k - i + n) % n > 0 && (k - i + n) % n < (j - i + n) % n).join(', ')}, which has no value`);
              });
            });
          });
          return [...problems, `segments ${segments}`, `breaks ${breaks}`];
        })
        """;

    [Theory]
    [MemberData(nameof(ReportPages.Names), MemberType = typeof(ReportPages))]
    public async Task Nothing_scrolls_sideways_at_1280_or_390_pixels(string name)
    {
        foreach (var width in (int[])[1280, 390])
        {
            var page = await chromium.Open(ReportPages.Html(name), width);
            var (scroll, client) = await Widths(page);
            // The whole page, and its first screen as a reader first sees it.
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, $"{name}-{width}.png"), FullPage = true });
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, $"{name}-{width}-first-screen.png") });
            Assert.True(scroll <= client, $"{name} at {width} px is {scroll} px wide, wider than its {client} px window.");
            await page.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(ReportPages.WithRadar), MemberType = typeof(ReportPages))]
    public async Task The_radar_takes_at_least_half_the_reports_width_no_label_overlaps_another_or_a_point_and_every_outline_has_3_to_1_contrast(string name)
    {
        foreach (var width in (int[])[1280, 390])
        {
            var page = await chromium.Open(ReportPages.Html(name), width);
            var radar = await page.EvaluateAsync<double>("() => document.querySelector('svg.radar').getBoundingClientRect().width");
            var content = await page.EvaluateAsync<double>("() => { const b = document.body, s = getComputedStyle(b); return b.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }");
            Assert.True(radar >= content / 2, $"{name} at {width} px: the radar is {radar:0} px wide in a report {content:0} px wide.");
            Assert.Empty(await page.EvaluateAsync<string[]>(RadarOverlaps));
            Assert.Empty(await page.EvaluateAsync<string[]>(FaintOutlines));
            await page.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(ReportPages.WithRadar), MemberType = typeof(ReportPages))]
    public async Task No_radar_segment_crosses_an_axis_without_a_value(string name)
    {
        var page = await chromium.Open(ReportPages.Html(name), 1280);
        var found = await page.EvaluateAsync<string[]>(RadarSegments);

        var counts = found.Where(f => f.StartsWith("segments ", StringComparison.Ordinal) || f.StartsWith("breaks ", StringComparison.Ordinal)).ToList();
        Assert.Empty(found.Except(counts));
        // The check saw segments; and where a domain has no score the outline is broken into runs, not closed.
        Assert.True(Count(counts, "segments") > 0, $"{name}: no segment was drawn");
        if (name.Contains("part-filled", StringComparison.Ordinal))
        {
            Assert.True(Count(counts, "breaks") > 0, $"{name}: a domain has no score, but no outline is broken");
        }

        await page.CloseAsync();
    }

    [Theory]
    [InlineData("card-croydon", 12)]
    [InlineData("card-part-filled", 12)]
    [InlineData("card-after-meeting", 12)]
    [InlineData("agenda-croydon", 4)]
    [InlineData("compare-plymouth", 3)]
    [InlineData("compare-part-filled", 3)]
    [InlineData("rollup-croydon", 4)]
    public async Task Each_report_prints_on_A4_within_its_page_count_with_a_footer_on_every_page(string name, int maxPages)
    {
        var page = await chromium.Open(ReportPages.Html(name), 1280);
        var pdf = Path.Combine(Chromium.Artifacts, $"{name}.pdf");
        await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true });
        await page.CloseAsync();

        var (pages, width, height) = Poppler.Info(pdf);
        Assert.InRange(width, A4Width - 2, A4Width + 2);
        Assert.InRange(height, A4Height - 2, A4Height + 2);
        Assert.InRange(pages, 1, maxPages);
        for (var number = 1; number <= pages; number++)
        {
            var text = Poppler.Text(pdf, number);
            Assert.Contains($"Page {number.ToString(CultureInfo.InvariantCulture)} of {pages.ToString(CultureInfo.InvariantCulture)}", text, StringComparison.Ordinal);
            Assert.Contains("IntegrationFramework", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_printed_cards_first_page_holds_the_headline_the_radar_and_the_top_actions()
    {
        var page = await chromium.Open(ReportPages.Html("card-croydon"), 1280);
        var pdf = Path.Combine(Chromium.Artifacts, "card-croydon-page-one.pdf");
        await page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true });
        await page.CloseAsync();

        var first = Poppler.Text(pdf, 1);
        Assert.Contains("Croydon", first, StringComparison.Ordinal);
        Assert.Contains("55.4", first, StringComparison.Ordinal);
        Assert.Contains("Domain scores", first, StringComparison.Ordinal);
        Assert.Contains("TRA 53.6", first, StringComparison.Ordinal);
        Assert.Contains("What to work on next", first, StringComparison.Ordinal);
        Assert.Contains("10.", first, StringComparison.Ordinal);
        Assert.Contains("Croydon (E09000008)", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReportPages.Names), MemberType = typeof(ReportPages))]
    public async Task Axe_finds_no_serious_or_critical_violation_of_WCAG_2_2_AA(string name)
    {
        foreach (var width in (int[])[1280, 390])
        {
            var page = await chromium.Open(ReportPages.Html(name), width);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
            await page.CloseAsync();

            Assert.NotEmpty(result.Passes);
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}")
                .ToList();
            Assert.True(serious.Count == 0, $"{name} at {width} px:\n{string.Join('\n', serious)}");
        }
    }

    private static async Task<(int Scroll, int Client)> Widths(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    private static int Count(List<string> counts, string what)
        => int.Parse(counts.Single(c => c.StartsWith(what + " ", StringComparison.Ordinal))[(what.Length + 1)..], CultureInfo.InvariantCulture);
}
