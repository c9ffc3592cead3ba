using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

public sealed class CardSummaryTests
{
    [Fact]
    public void A_card_with_low_coverage_and_themes_without_a_score_cautions_the_reader_in_every_format()
    {
        var assessment = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .Rate("TRA.1", "council", Progress.InPlace)
            .Build();
        var report = ScoreCardReport.For(Scorer.Score(assessment), assessment);

        var cautions = CardSummary.Cautions(report);

        Assert.Equal(
            [
                "This card is one partner's view (Croydon Council), not a consensus.",
                "Only 1% of the applicable items are rated, so the scores may move as more are rated.",
                "Less than 80 % rated: TRA (14%), PCC (0%), PRV (0%), CUL (0%), LEA (0%), GOV (0%), WFD (0%), PBS (0%), COM (0%), INF (0%).",
                "Rated fewer than half the applicable items: Croydon Council 1 of 86.",
                "The theme SL Shared leadership and accountability has no score: none of its items in scope is rated, so the overall score leaves it out.",
                "The theme SS Shared systems has no score: none of its items in scope is rated, so the overall score leaves it out.",
            ],
            cautions);
        // One rating of 86: a score, but no stage, and never that the partners agree.
        Assert.Equal("One partner rated, so there is no agreement between partners to measure.", CardSummary.Split(report).Plain);
        Assert.StartsWith("Overall  75.0  no stage: a domain has none  coverage 1%", Report.Render(report, ReportFormat.Text).Split('\n')[3], StringComparison.Ordinal);
        foreach (var format in (ReportFormat[])[ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html])
        {
            var rendered = Report.Render(report, format);
            Assert.Contains("so the scores may move as more are rated.", rendered, StringComparison.Ordinal);
            Assert.Contains("Shared systems has no score", rendered, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_card_with_every_item_rated_by_every_partner_has_no_caution()
    {
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .WithAssessor("icb", "Croydon ICB", PartnerKind.IntegratedCareBoard);
        foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items)
        {
            builder = builder.Rate(item.Id, "council", Progress.Planned).Rate(item.Id, "icb", Progress.UnderDevelopment);
        }

        var assessment = builder.Build();

        Assert.Empty(CardSummary.Cautions(ScoreCardReport.For(Scorer.Score(assessment), assessment)));
    }

    [Fact]
    public void The_work_list_gives_an_uncertain_item_the_range_of_levels_and_no_gap_and_says_how_many_set_a_target()
    {
        // TRA.1: two partners at not started and two at embedded stand two levels from the median (under development):
        // uncertain. TRA.2: planned and under development, a median between the two, and one target.
        var assessment = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .WithAssessor("icb", "Croydon ICB", PartnerKind.IntegratedCareBoard)
            .WithAssessor("trust", "Croydon Health Services", PartnerKind.NhsTrust)
            .WithAssessor("vcse", "Croydon VCSE", PartnerKind.Vcse)
            .Rate("TRA.1", "council", Progress.NotStarted, Progress.Embedded).Rate("TRA.1", "icb", Progress.NotStarted)
            .Rate("TRA.1", "trust", Progress.Embedded).Rate("TRA.1", "vcse", Progress.Embedded)
            .Rate("TRA.2", "council", Progress.Planned, Progress.Embedded).Rate("TRA.2", "icb", Progress.UnderDevelopment)
            .Build();
        var report = ScoreCardReport.For(Scorer.Score(assessment), assessment);
        var gaps = report.Gaps.Items;

        Assert.Equal("levels not started to embedded → embedded, 1 of 4 set a target", CardSummary.Aim(report.Card, gaps.Single(g => g.ItemId == "TRA.1")));
        Assert.Equal("planned–under development → embedded, gap +2.5, 1 of 2 set a target", CardSummary.Aim(report.Card, gaps.Single(g => g.ItemId == "TRA.2")));
        Assert.Equal("uncertain: levels from not started to embedded, 4 apart; target embedded (1 of 4 partners set one)", Agenda.Standing(Agenda.Items(report).Single(e => e.ItemId == "TRA.1")));

        // Once the consensus meeting agrees TRA.1 (in place), one level speaks for the partners again: it and its gap are given.
        var agreed = AssessmentBuilder.From(assessment).Agree("TRA.1", Progress.InPlace, "Agreed at the meeting.", new LocalDate(2026, 3, 9), "Consensus meeting").Build();
        var after = ScoreCardReport.For(Scorer.Score(agreed), agreed);
        Assert.Equal("in place → embedded, gap +1, 1 of 4 set a target", CardSummary.Aim(after.Card, after.Gaps.Items.Single(g => g.ItemId == "TRA.1")));
    }

    [Theory]
    [InlineData(0, 0, "The partners agree within a level on every rated item.")]
    [InlineData(1, 2, "The partners are split (three levels or more apart) on 1 item and partly agree (two apart) on 2 items: see “For the consensus meeting”.")]
    public void The_summary_counts_the_split_and_partial_items(int split, int partial, string expected)
    {
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("a", "A", PartnerKind.Council)
            .WithAssessor("b", "B", PartnerKind.NhsTrust);
        var items = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items;
        for (var i = 0; i < split; i++)
        {
            builder = builder.Rate(items[i].Id, "a", Progress.NotStarted).Rate(items[i].Id, "b", Progress.InPlace);
        }

        for (var i = split; i < split + partial; i++)
        {
            builder = builder.Rate(items[i].Id, "a", Progress.NotStarted).Rate(items[i].Id, "b", Progress.UnderDevelopment);
        }

        builder = builder.Rate(items[^1].Id, "a", Progress.Planned).Rate(items[^1].Id, "b", Progress.Planned);

        var assessment = builder.Build();
        Assert.Equal(expected, CardSummary.Split(ScoreCardReport.For(Scorer.Score(assessment), assessment)).Plain);
    }
}
