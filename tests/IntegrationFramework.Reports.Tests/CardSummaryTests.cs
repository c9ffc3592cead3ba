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
                "Only 1% of the applicable items are rated, so the scores may move as more are rated.",
                "The theme SL Shared leadership and accountability has no score: none of its items in scope is rated, so the overall score leaves it out.",
                "The theme SS Shared systems has no score: none of its items in scope is rated, so the overall score leaves it out.",
            ],
            cautions);
        foreach (var format in (ReportFormat[])[ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html])
        {
            var rendered = Report.Render(report, format);
            Assert.Contains("so the scores may move as more are rated.", rendered, StringComparison.Ordinal);
            Assert.Contains("Shared systems has no score", rendered, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_card_with_every_item_rated_has_no_caution()
    {
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council);
        foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items)
        {
            builder = builder.Rate(item.Id, "council", Progress.Planned);
        }

        var assessment = builder.Build();

        Assert.Empty(CardSummary.Cautions(ScoreCardReport.For(Scorer.Score(assessment), assessment)));
    }

    [Theory]
    [InlineData(0, 0, "The partners agree within a level on every rated item.")]
    [InlineData(1, 2, "The partners are split (three levels or more apart) on 1 item and partly agree (two levels apart) on 2 items: see “For the consensus meeting”.")]
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

        Assert.Equal(expected, CardSummary.Split(Scorer.Score(builder.Build())).Plain);
    }
}
