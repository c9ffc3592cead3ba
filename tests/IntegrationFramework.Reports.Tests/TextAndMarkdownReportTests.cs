using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

public sealed class TextAndMarkdownReportTests
{
    [Fact]
    public void The_text_report_gives_the_overall_score_every_domain_the_split_items_and_what_to_work_on()
    {
        var text = Report.Render(Sample.Report, ReportFormat.Text);
        var lines = text.Split('\n');

        Assert.StartsWith("Croydon (E09000008, place)", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("assessed 1 October 2018", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith($"Overall  {Display.Score(Sample.Card.Overall.Score)}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("WFD", StringComparison.Ordinal) && l.Contains("out of scope", StringComparison.Ordinal));
        Assert.Contains("The partners are split (three levels or more apart) on 1 item", text, StringComparison.Ordinal);
        Assert.Contains("   1. PCC.4", text, StringComparison.Ordinal);
        // INF has one of five items rated: too little for a stage.
        Assert.Contains("What others did: INF Information sharing and information technology, 25.0 (no stage: under half rated)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_report_has_well_formed_tables_and_escapes_cells()
    {
        var markdown = Report.Render(Sample.Report, ReportFormat.Markdown);
        Assert.StartsWith("# Croydon: integration score card", markdown, StringComparison.Ordinal);
        Assert.Contains($"| <a id=\"item-tra-1\"></a>**TRA.1** {Sample.Croydon.Framework.Checklist.Item("TRA.1").Text} | in place–embedded | 87.5 | agreement (2) |", markdown, StringComparison.Ordinal);
        // Each domain's score is explained, its items linked to their rows in the appendix.
        Assert.Contains("75.0: the mean of 2 rated items, [TRA.1](#item-tra-1) in place–embedded 87.5 and [TRA.2](#item-tra-2) under development–in place 62.5.", markdown, StringComparison.Ordinal);
        // PCC.4: not started and embedded, both two levels from the median: uncertain, which shows the range of levels given.
        Assert.Contains($"| <a id=\"item-pcc-4\"></a>**PCC.4** *{CardSummary.UncertainTag}* {Sample.Croydon.Framework.Checklist.Item("PCC.4").Text} | not started to embedded, uncertain | 50.0 | split (2) |", markdown, StringComparison.Ordinal);
        // HTML in names and evidence is written as entities, so that a wiki or code host shows it rather than running it.
        Assert.Contains("Croydon &lt;Voluntary&gt; &amp; Community: We disagree: safeguarding is joined up.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<Voluntary>", markdown, StringComparison.Ordinal);
        Assert.Contains("Scored under the **standard** scoring policy", markdown, StringComparison.Ordinal);
        foreach (var block in markdown.Split("\n\n").Where(b => b.StartsWith('|')))
        {
            var widths = block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace("\\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|')).Distinct();
            Assert.Single(widths);
        }
    }

    [Fact]
    public void A_script_or_a_link_in_evidence_reaches_Markdown_as_text_not_as_HTML_or_a_link()
    {
        var hostile = Sample.Croydon.Ratings[0] with { Evidence = "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>" };
        var assessment = new Assessment(Sample.Croydon.Framework, Sample.Croydon.Footprint, Sample.Croydon.AssessedOn, Sample.Croydon.Assessors, [hostile, .. Sample.Croydon.Ratings.Skip(1)], Sample.Croydon.ExcludedDomains);

        var markdown = Report.Render(ScoreCardReport.For(Scorer.Score(assessment), assessment), ReportFormat.Markdown);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Comparisons_and_roll_ups_render_as_text_markdown_and_csv()
    {
        var later = Scorer.Score(AssessmentBuilder.From(Sample.Croydon).AssessedOn(new LocalDate(2020, 10, 1)).Build());
        var trend = ReviewComparison.Of(Sample.Card, later);
        string Compared(ReportFormat format) => Report.Render(trend, Sample.Card, later, format);
        var rollup = Rollup.Combine(new Geography.Footprint("LDN", "London", Geography.Level.System), [Sample.Card]);

        Assert.Contains("1 October 2018 to 1 October 2020 (2 years)", Compared(ReportFormat.Text), StringComparison.Ordinal);
        Assert.Contains("| **Overall** |", Compared(ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("## Items that moved", Compared(ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.Contains("## Stages that changed", Compared(ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.StartsWith("footprint_code,earlier,later,years,scope,code,", Compared(ReportFormat.Csv), StringComparison.Ordinal);
        Assert.Contains("Weakest child in each domain", Report.Render(rollup, ReportFormat.Text), StringComparison.Ordinal);
        Assert.Contains("## Weakest child in each domain", Report.Render(rollup, ReportFormat.Markdown), StringComparison.Ordinal);
        Assert.StartsWith("framework,policy,footprint_code,", Report.Render(rollup, ReportFormat.Csv), StringComparison.Ordinal);
        // A header, the overall row, 3 themes, 10 domains and the empty string after the last line end.
        Assert.Equal(16, Report.Render(Sample.Report, ReportFormat.Csv).Split("\r\n").Length);
    }

    /// <summary>A review with every CUL item at <paramref name="culture"/>, enough for CUL to have a stage, and INF.1 in place.</summary>
    private static ScoreCard Review(int year, Progress culture)
    {
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E06000059", "Dorset", Level.Place), new LocalDate(year, 10, 1))
            .WithAssessor("council", "Dorset Council", PartnerKind.Council)
            .Rate("INF.1", "council", Progress.InPlace);
        foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("CUL").Items)
        {
            builder = builder.Rate(item.Id, "council", culture);
        }

        return Scorer.Score(builder.Build());
    }

    [Fact]
    public void A_comparison_in_text_and_markdown_lists_the_stages_that_changed_and_the_items_that_moved()
    {
        var (earlier, later) = (Review(2024, Progress.Planned), Review(2025, Progress.Embedded));
        var trend = ReviewComparison.Of(earlier, later);

        var text = Report.Render(trend, earlier, later, ReportFormat.Text).Split('\n');
        var markdown = Report.Render(trend, earlier, later, ReportFormat.Markdown);

        Assert.Contains(text, l => l.TrimStart().StartsWith("- CUL Collaborative culture: emerging → thriving", StringComparison.Ordinal));
        Assert.Contains(text, l => l.TrimStart().StartsWith("CUL.1 ", StringComparison.Ordinal) && l.EndsWith("25.0    100.0    +75.0", StringComparison.Ordinal));
        Assert.DoesNotContain(text, l => l.TrimStart().StartsWith("INF.1 ", StringComparison.Ordinal));
        Assert.Contains("- **CUL Collaborative culture**: emerging → thriving", markdown, StringComparison.Ordinal);
        Assert.Contains($"| **CUL.1** {Frameworks.ShiftingTheCentreOfGravity2018.Checklist.FindItem("CUL.1")!.Text} | 25.0 | 100.0 | +75.0 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**INF.1**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_with_no_movement_says_so()
    {
        var (earlier, later) = (Review(2024, Progress.Planned), Review(2025, Progress.Planned));
        var trend = ReviewComparison.Of(earlier, later);

        Assert.Contains("No score changed stage.", Report.Render(trend, earlier, later, ReportFormat.Text), StringComparison.Ordinal);
        Assert.Contains("No item rated in both reviews changed.", Report.Render(trend, earlier, later, ReportFormat.Markdown), StringComparison.Ordinal);
    }
}
