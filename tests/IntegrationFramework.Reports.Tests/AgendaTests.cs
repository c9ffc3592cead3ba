using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

public sealed class AgendaTests
{
    /// <summary>Two partners, apart by four, three and two levels on different items, with and without targets.</summary>
    private static readonly Assessment Apart = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("ccg", "Croydon CCG", PartnerKind.ClinicalCommissioningGroup)
        .WithAssessor("vcse", "Croydon VCSE", PartnerKind.Vcse)
        .Rate("PRV.1", "council", Progress.NotStarted).Rate("PRV.1", "ccg", Progress.InPlace)
        .Rate("PRV.2", "council", Progress.Planned, Progress.Embedded, evidence: "Plan agreed in March.").Rate("PRV.2", "ccg", Progress.Embedded)
        .Rate("TRA.1", "council", Progress.NotStarted).Rate("TRA.1", "ccg", Progress.Embedded).Rate("TRA.1", "vcse", Progress.Planned)
        .Rate("TRA.2", "council", Progress.Planned).Rate("TRA.2", "ccg", Progress.InPlace)
        .Rate("TRA.3", "council", Progress.InPlace).Rate("TRA.3", "ccg", Progress.InPlace)
        .Rate("TRA.4", "council", Progress.NotStarted).Rate("TRA.4", "ccg", Progress.InPlace)
        .Build();

    /// <summary>The order the pack lists <see cref="Apart"/>'s items in.</summary>
    private static readonly string[] Order = ["TRA.1", "PRV.2", "TRA.4", "PRV.1", "TRA.2"];

    private static ScoreCardReport Meeting { get; } = ScoreCardReport.For(Scorer.Score(Apart), Apart);

    [Fact]
    public void The_pack_lists_split_and_partial_items_widest_apart_first_then_by_gap_then_in_checklist_order()
    {
        var entries = Agenda.Items(Meeting);

        // TRA.1 is four levels apart; PRV.2 three with a gap of 1.5 (median 2.5, target 4); TRA.4 and PRV.1 three with no target, in the
        // checklist's order; TRA.2 two. TRA.3, on which the partners agree, is not on the agenda.
        Assert.Equal(Order, entries.Select(e => e.ItemId));
        Assert.Equal([4, 3, 3, 3, 2], entries.Select(e => e.Spread));
        Assert.Equal(1.5, entries[1].Gap);
        Assert.Equal("split, 3 levels apart; consensus under development–in place, target embedded, gap +1.5", Agenda.Standing(entries[1]));
        Assert.Equal("split, 3 levels apart; consensus planned–under development, no target set", Agenda.Standing(entries[3]));
        Assert.Equal("partial, 2 levels apart; consensus under development, no target set", Agenda.Standing(entries[4]));
    }

    [Fact]
    public void Every_partner_has_a_column_even_where_it_did_not_rate_the_item()
    {
        var prv2 = Agenda.Items(Meeting).Single(e => e.ItemId == "PRV.2");

        Assert.Equal(["Croydon Council", "Croydon CCG", "Croydon VCSE"], prv2.Ratings.Select(r => r.Assessor));
        Assert.Equal(["planned → embedded", "embedded", "not rated"], prv2.Ratings.Select(Agenda.Describe));
        Assert.Equal("Plan agreed in March.", prv2.Ratings[0].Evidence);
    }

    [Theory]
    [InlineData(1.0, "the partners read this domain alike")]
    [InlineData(0.8, "the partners read this domain alike")]
    [InlineData(0.7999, "broadly alike, conclusions tentative")]
    [InlineData(0.667, "broadly alike, conclusions tentative")]
    [InlineData(0.6669, "they read it differently — agree what the items mean first")]
    [InlineData(-0.5, "they read it differently — agree what the items mean first")]
    public void Alpha_is_read_on_Krippendorffs_own_thresholds(double alpha, string reading)
        => Assert.Equal(reading, Agenda.ReadAlpha(alpha));

    [Fact]
    public void A_domain_without_alpha_says_why()
        => Assert.Equal("no alpha: too few paired ratings to tell how alike the partners read this domain", Agenda.ReadAlpha(null));

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void Every_format_of_the_pack_lists_the_items_in_the_same_order_with_every_partners_evidence(ReportFormat format)
    {
        var pack = Report.RenderAgenda(Meeting, format);

        var positions = Order.Select(id => pack.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("TRA.3", pack, StringComparison.Ordinal);
        Assert.Contains("Plan agreed in March.", pack, StringComparison.Ordinal);
        Assert.Contains("Croydon VCSE", pack, StringComparison.Ordinal);
        Assert.Contains("not rated", pack, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_needs_the_assessment_and_one_of_its_formats()
    {
        var cardOnly = ScoreCardReport.For(Meeting.Card);

        var missing = Assert.Throws<ArgumentException>(() => Report.RenderAgenda(cardOnly, ReportFormat.Html));
        Assert.Equal("The consensus meeting pack shows each partner's ratings, so it needs the assessment: make the report with ScoreCardReport.For(card, assessment). (Parameter 'report')", missing.Message);
        var format = Assert.Throws<ArgumentOutOfRangeException>(() => Report.RenderAgenda(Meeting, ReportFormat.Csv));
        Assert.StartsWith("format must be one of Text, Markdown, Html for the consensus meeting pack; it was Csv.", format.Message, StringComparison.Ordinal);
    }
}
