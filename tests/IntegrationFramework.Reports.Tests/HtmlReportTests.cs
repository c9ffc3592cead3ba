using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Reports.Tests.Browser;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

public sealed class HtmlReportTests
{
    private static readonly string Html = Report.Render(Sample.Report, ReportFormat.Html);
    private static readonly IDocument Page = new HtmlParser().ParseDocument(Html);
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_page_is_html_that_names_the_footprint_date_and_overall_score()
    {
        Assert.Equal("Croydon: integration score card, 1 October 2018", Page.Title);
        Assert.Equal("en", Page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Croydon", Page.QuerySelector("h1")!.TextContent);
        Assert.Equal(Display.Score(Sample.Card.Overall.Score), Page.QuerySelector("[data-overall]")!.TextContent);
        Assert.Contains("Shifting the centre of gravity (2018)", Page.QuerySelector("header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained_with_no_scripts_style_sheets_images_or_remote_addresses()
    {
        Assert.Empty(Page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.Empty(Page.QuerySelectorAll("[src]"));
        // Links only within the page, each to an element it has.
        Assert.All(Page.QuerySelectorAll("[href]"), e => Assert.NotNull(Page.GetElementById(e.GetAttribute("href")!.StartsWith('#') ? e.GetAttribute("href")![1..] : throw new Xunit.Sdk.XunitException($"{e.TagName} refers to {e.GetAttribute("href")}."))));
        Assert.DoesNotContain("@import", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", Html, StringComparison.Ordinal);
        Assert.Single(Page.QuerySelectorAll("style"));
    }

    [Fact]
    public void The_radar_chart_is_valid_svg_whose_vertices_are_computed_from_the_domain_scores()
    {
        var svg = XElement.Parse(Page.QuerySelector("svg.radar")!.OuterHtml);
        var (cx, cy, radius) = (Number(svg, "data-cx"), Number(svg, "data-cy"), Number(svg, "data-radius"));
        var domains = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domains;
        var series = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-series") == "score");
        var points = series.Descendants(Svg + "circle").ToList();
        var scored = domains.Select((d, i) => (d.Code, i, Sample.Card.FindDomain(d.Code)!.Value.Score)).Where(d => d.Score is not null).ToList();

        Assert.Equal(10, int.Parse((string)svg.Attribute("data-axes")!, CultureInfo.InvariantCulture));
        Assert.Equal(scored.Select(d => d.Code), points.Select(p => (string)p.Attribute("data-axis")!));
        foreach (var ((code, axis, score), point) in scored.Zip(points))
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * axis / 10);
            // Coordinates are written to two decimals.
            Assert.Equal(cx + (radius * score!.Value / 100 * Math.Cos(angle)), Number(point, "cx"), 0.005);
            Assert.Equal(cy + (radius * score.Value / 100 * Math.Sin(angle)), Number(point, "cy"), 0.005);
        }

        // Croydon's sample leaves PRV, LEA, GOV, PBS and COM unrated and WFD out of scope: the outline joins INF, TRA and
        // PCC, round the top, and CUL stands alone; nothing is closed.
        var outline = Assert.Single(series.Elements(Svg + "polyline"));
        var at = points.ToDictionary(p => (string)p.Attribute("data-axis")!, p => $"{p.Attribute("cx")!.Value},{p.Attribute("cy")!.Value}");
        Assert.Equal([at["INF"], at["TRA"], at["PCC"]], ((string)outline.Attribute("points")!).Split(' '));
        Assert.DoesNotContain(series.Elements(Svg + "polygon"), p => (string?)p.Attribute("class") == "outline");
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("data-series") == "target");
        Assert.Equal(4, svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "rings").Elements(Svg + "circle").Count());
    }

    [Fact]
    public void Axis_labels_show_each_domains_score_or_why_it_has_none()
    {
        var labels = Page.QuerySelectorAll("svg.radar text.axis-label").ToDictionary(t => t.GetAttribute("data-axis")!, t => t.TextContent);

        Assert.StartsWith("TRA " + Display.Score(Sample.Card.FindDomain("TRA")!.Value.Score), labels["TRA"], StringComparison.Ordinal);
        Assert.Equal("WFD out of scope", labels["WFD"]);
        Assert.Equal("PRV not rated", labels["PRV"]);
    }

    [Fact]
    public void Each_theme_has_a_bar_as_wide_as_its_score()
    {
        var bars = Page.QuerySelectorAll(".bar[data-theme]").ToList();

        Assert.Equal(["SO", "SL", "SS"], bars.Select(b => b.GetAttribute("data-theme")));
        foreach (var bar in bars)
        {
            var score = Sample.Card.FindTheme(bar.GetAttribute("data-theme")!)!.Value.Score ?? 0;
            Assert.Equal($"width:{Display.Number(score)}%", bar.QuerySelector("span")!.GetAttribute("style"));
        }
    }

    [Fact]
    public void Each_domain_has_a_table_of_its_items_with_split_items_highlighted_and_evidence_escaped()
    {
        var rows = Page.QuerySelectorAll("tr[data-item]").ToList();
        var split = rows.Single(r => r.GetAttribute("data-item") == "PCC.4");

        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Count - 7, rows.Count);
        Assert.Contains("split", split.ClassList);
        // Split, and uncertain: each partner two levels from the median, so the uncertain tag, which comes first.
        Assert.Contains(CardSummary.UncertainTag, split.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r != split && r.ClassList.Contains("split"));
        var evidence = Page.QuerySelector("tr[data-evidence-of='TRA.1'] .evidence")!;
        Assert.Equal("Croydon Council: Alliance agreement <signed> for 10 years & more.", evidence.TextContent);
        Assert.Equal("Croydon <Voluntary> & Community: We disagree:\nsafeguarding is joined up.", Page.QuerySelector("tr[data-evidence-of='PCC.4'] .evidence")!.TextContent);
        Assert.Contains("evidence-row", Page.QuerySelector("tr[data-evidence-of='PCC.4']")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("Out of scope", Page.QuerySelector("section#WFD")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_gap_analysis_lists_items_in_order_and_case_examples_for_weak_domains()
    {
        var items = Page.QuerySelectorAll("ol.gaps li, ol.gaps-more li").Select(li => li.GetAttribute("data-item")).ToList();

        Assert.Equal(Sample.Report.Gaps.Items.Select(g => g.ItemId), items);
        Assert.Equal("PCC.4", items[0]);
        var weak = Page.QuerySelectorAll("div.weak").ToList();
        // Each weak domain's examples sit in its own section, so the page has them in the checklist's order.
        Assert.Equal(["INF", "PCC"], Sample.Report.Gaps.WeakDomains.Select(d => d.DomainCode));
        Assert.Equal(["PCC", "INF"], weak.Select(w => w.GetAttribute("data-domain")));
        Assert.Contains("Single database in North East Lincolnshire", Page.QuerySelector("section#INF div.weak[data-domain=INF]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_footer_names_the_policy_and_the_framework_version()
    {
        var footer = Page.QuerySelector("footer")!.TextContent;

        Assert.Contains("Scored under the standard scoring policy", footer, StringComparison.Ordinal);
        Assert.Contains("framework shifting-the-centre-of-gravity-2018 version 1.0.0", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roll_up_page_lists_the_children_and_the_weakest_in_each_domain()
    {
        var children = new[] { ("N1", 10_000), ("N2", 30_000) }.Select(c =>
            Scorer.Score(AssessmentBuilder.From(Sample.Croydon).WithFootprint(new Footprint(c.Item1, $"Neighbourhood {c.Item1}", Level.Neighbourhood, c.Item2)).Build()));
        var rollup = Rollup.Combine(new Footprint("E09000008", "Croydon", Level.Place), children);

        var page = new HtmlParser().ParseDocument(Report.Render(rollup, ReportFormat.Html));

        Assert.Equal("Croydon: roll-up of 2 score cards", page.Title);
        Assert.Contains("Weighted by population: each domain's score, coverage and target are the mean of the children's, each child counting by its residents", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Neighbourhood N2", page.Body.TextContent, StringComparison.Ordinal);
        // Both children are Croydon's ratings: the same alpha, so each domain's children's alpha reads "a to a", and the
        // rolled-up domain has none of its own.
        var alpha = Display.Alpha(Scorer.Score(Sample.Croydon).FindDomain("TRA")!.Value.Alpha);
        Assert.Contains(page.QuerySelectorAll("tr"), tr => tr.TextContent.Contains("TRA Transformation", StringComparison.Ordinal) && tr.TextContent.Contains($"{alpha} to {alpha}", StringComparison.Ordinal));
        Assert.Null(rollup.Card.FindDomain("TRA")!.Value.Alpha);
        Assert.NotNull(page.QuerySelector("svg.radar"));
        Assert.NotNull(XElement.Parse(page.QuerySelector("svg.radar")!.OuterHtml));
    }

    [Fact]
    public void Every_domain_score_is_explained_with_links_to_the_rows_of_the_items_it_counts()
    {
        var tra = Page.QuerySelector("section.domain#TRA p.explain")!;

        Assert.Equal("75.0: the mean of 2 rated items, TRA.1 in place–embedded 87.5 and TRA.2 under development–in place 62.5. Not counted: TRA.3, TRA.4, TRA.5, TRA.6 and TRA.7 unrated.", tra.TextContent);
        var links = Page.QuerySelectorAll("p.explain a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#item-TRA.1", links);
        Assert.All(links, href => Assert.NotNull(Page.GetElementById(href[1..])));
    }

    [Theory]
    [MemberData(nameof(ReportPages.Names), MemberType = typeof(ReportPages))]
    public void A_work_list_that_shows_its_first_ten_has_the_rest_in_the_appendix(string name)
    {
        var page = new HtmlParser().ParseDocument(ReportPages.Html(name));
        var note = Regex.Match(page.Body!.TextContent, @"The first 10 of (\d+); the rest are in the appendix\.");

        var listed = page.QuerySelectorAll("ol.gaps li, ol.gaps-more li").Select(li => li.GetAttribute("data-item")).ToList();
        Assert.Equal(note.Success ? int.Parse(note.Groups[1].Value, CultureInfo.InvariantCulture) : page.QuerySelectorAll("ol.gaps li").Length, listed.Count);
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.True(page.QuerySelectorAll("ol.gaps li").Length <= CardSummary.TopActions);
    }

    [Fact]
    public void A_comparison_page_draws_both_reviews_and_lists_every_change()
    {
        var later = Scorer.Score(AssessmentBuilder.From(Sample.Croydon).AssessedOn(new LocalDate(2019, 10, 1)).Build());
        var trend = ReviewComparison.Of(Sample.Card, later);

        var page = new HtmlParser().ParseDocument(Report.Render(trend, Sample.Card, later, ReportFormat.Html));

        var svg = XElement.Parse(page.QuerySelector("svg.radar")!.OuterHtml);
        Assert.Equal(["earlier", "later"], svg.Elements(Svg + "g").Where(g => g.Attribute("data-series") is not null).Select(g => (string)g.Attribute("data-series")!));
        // The later review comes first, as the values the chart's labels show.
        Assert.Equal(["Later", "Earlier"], page.QuerySelectorAll("table.legend thead th.num").Select(th => th.TextContent));
        Assert.Contains("1.0 years between the reviews", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No item rated in both reviews changed.", page.Body.TextContent, StringComparison.Ordinal);
    }

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
