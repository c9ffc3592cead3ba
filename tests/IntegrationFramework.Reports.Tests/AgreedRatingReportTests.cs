using AngleSharp.Html.Parser;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

/// <summary>After the consensus meeting: the card marks the items it agreed, and the pack no longer lists them.</summary>
public sealed class AgreedRatingReportTests
{
    private static readonly Assessment Met = AssessmentBuilder.From(Sample.Croydon)
        .Agree("PCC.4", Progress.InPlace, "Safeguarding is joined up for adults, not yet for children.", new LocalDate(2018, 10, 15), "Croydon consensus workshop", Progress.Embedded)
        .Build();

    private static readonly ScoreCardReport Report = ScoreCardReport.For(Scorer.Score(Met), Met);

    private const string Note = "Agreed in place, target embedded on 15 October 2018 by Croydon consensus workshop (the partners' median: under development): Safeguarding is joined up for adults, not yet for children.";

    [Fact]
    public void The_HTML_card_marks_the_agreed_item_and_says_what_the_meeting_agreed_and_why()
    {
        var page = new HtmlParser().ParseDocument(Reports.Report.Render(Report, ReportFormat.Html));

        var row = page.QuerySelector("tr#item-PCC\\.4")!;
        Assert.Equal("true", row.GetAttribute("data-agreed"));
        Assert.Equal("agreed at the meeting", row.QuerySelector(".tag")!.TextContent);
        Assert.Equal("in place (agreed)", row.Children[1].TextContent);
        Assert.Equal($"Consensus meeting: {Note}", page.QuerySelector("tr[data-evidence-of='PCC.4'] .agreed-note")!.TextContent);
        Assert.Equal("The consensus meeting agreed 1 item: for each, the level it agreed is the consensus, and the partners' median is kept beside it.", page.QuerySelector("p.agreed-count")!.TextContent);
        // Only the agreed item is marked.
        Assert.Single(page.QuerySelectorAll("tr[data-agreed]"));
    }

    [Fact]
    public void Text_and_Markdown_mark_it_too_and_the_explanation_counts_the_agreed_level()
    {
        var text = Reports.Report.Render(Report, ReportFormat.Text);
        var markdown = Reports.Report.Render(Report, ReportFormat.Markdown);

        Assert.Contains($"    Consensus meeting: {Note}", text, StringComparison.Ordinal);
        Assert.Contains("PCC.4 [agreed at the meeting] ", text, StringComparison.Ordinal);
        Assert.Contains("**PCC.4** *agreed at the meeting* ", markdown, StringComparison.Ordinal);
        Assert.Contains(" | in place (agreed) |", markdown, StringComparison.Ordinal);
        Assert.Contains(Note, markdown, StringComparison.Ordinal);
        Assert.Contains("PCC.4 in place (agreed) 75", ScoreExplanation.Of(Report, "PCC").ToText().Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pack_leaves_out_what_the_meeting_has_agreed()
    {
        Assert.Contains(Agenda.Items(ScoreCardReport.For(Scorer.Score(Sample.Croydon), Sample.Croydon)), e => e.ItemId == "PCC.4");
        Assert.DoesNotContain(Agenda.Items(Report), e => e.ItemId == "PCC.4");
        // PCC.4 was the only item apart; every format says so rather than that the partners agreed.
        foreach (var format in (ReportFormat[])[ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html])
        {
            Assert.Contains("Nothing left to settle. The consensus meeting has agreed 1 item already; they are not listed again.", IntegrationFramework.Reports.Report.RenderAgenda(Report, format), StringComparison.Ordinal);
        }
    }
}
