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
        Assert.Equal("split, 3 levels apart; consensus under development–in place, target embedded (1 of 2 partners set one), gap +1.5", Agenda.Standing(entries[1]));
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
    [InlineData(new[] { "TRA.1 2 3" }, "not enough to tell yet: alpha 0.00 rests on 1 item with two partners' levels, and over one item alpha is 0 whenever the levels differ")]
    [InlineData(new[] { "TRA.1 2 3", "TRA.2 3 2" }, "not enough to tell yet: alpha -0.50 rests on 2 items with two partners' levels, and over one item alpha is 0 whenever the levels differ")]
    [InlineData(new[] { "TRA.1 2 2", "TRA.2 2 2", "TRA.3 2 2", "TRA.4 2 3" }, "not enough to tell yet: alpha 0.00, but the levels differ on one item only")]
    [InlineData(new[] { "TRA.1 2 2", "TRA.2 2 2", "TRA.3 2 2" }, "full agreement: every level given is the same")]
    [InlineData(new[] { "TRA.1 2 -", "TRA.2 - 3" }, "no item has levels from two partners: no agreement to measure")]
    [InlineData(new[] { "TRA.1 0 0", "TRA.2 1 1", "TRA.3 2 2", "TRA.4 3 3", "TRA.5 4 4", "TRA.6 0 0", "TRA.7 4 4" }, "the partners read it alike (alpha 1.00, 1.00 to 1.00)")]
    [InlineData(new[] { "TRA.1 1 1", "TRA.2 2 2", "TRA.3 1 2" }, "not enough to tell yet (alpha 0.44, could be -0.86 to 1.00)")]
    public void Alpha_is_read_in_words_only_where_its_band_lies_in_one_range(string[] rows, string reading)
    {
        var builder = AssessmentBuilder.For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("a", "A", PartnerKind.Council).WithAssessor("b", "B", PartnerKind.Vcse);
        foreach (var tokens in rows.Select(r => r.Split(' ')))
        {
            for (var p = 1; p < tokens.Length; p++)
            {
                builder = tokens[p] == "-" ? builder : builder.Rate(tokens[0], p == 1 ? "a" : "b", (Progress)int.Parse(tokens[p], System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(reading, BandWords.Alpha(Bands.Of(builder.Build()).Alphas[0]));
    }

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
    public void A_partner_furthest_out_on_most_split_items_is_named_once_and_no_one_is_when_the_disagreements_move_about()
    {
        // The council is four levels below the others on three items (each split, the consensus embedded) and level with
        // them on a fourth: its offset from the others' median is (−4 − 4 − 4 + 0) / 4 = −3.
        var oneApart = Pack(
            ("TRA.1", Progress.NotStarted, Progress.Embedded, Progress.Embedded),
            ("TRA.2", Progress.NotStarted, Progress.Embedded, Progress.Embedded),
            ("TRA.3", Progress.NotStarted, Progress.Embedded, Progress.Embedded),
            ("TRA.4", Progress.InPlace, Progress.InPlace, Progress.InPlace));

        Assert.Contains("Croydon Council: 3.00 levels below the others' median on average, over 4 items, and the furthest from the consensus on 3 of the 3 split or uncertain items.", oneApart, StringComparison.Ordinal);
        Assert.DoesNotContain("Croydon CCG:", oneApart, StringComparison.Ordinal);

        // Each partner is the one out on one item of three: the disagreements are about the items.
        var movingAbout = Pack(
            ("TRA.1", Progress.NotStarted, Progress.Embedded, Progress.Embedded),
            ("TRA.2", Progress.Embedded, Progress.NotStarted, Progress.Embedded),
            ("TRA.3", Progress.Embedded, Progress.Embedded, Progress.NotStarted));

        Assert.Contains("No partner is the furthest from the consensus on most of the split or uncertain items", movingAbout, StringComparison.Ordinal);
        Assert.DoesNotContain("levels below the others' median", movingAbout, StringComparison.Ordinal);

        static string Pack(params (string Item, Progress Council, Progress Ccg, Progress Vcse)[] rows)
        {
            var builder = AssessmentBuilder
                .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
                .WithAssessor("council", "Croydon Council", PartnerKind.Council)
                .WithAssessor("ccg", "Croydon CCG", PartnerKind.ClinicalCommissioningGroup)
                .WithAssessor("vcse", "Croydon VCSE", PartnerKind.Vcse);
            foreach (var (item, council, ccg, vcse) in rows)
            {
                builder = builder.Rate(item, "council", council).Rate(item, "ccg", ccg).Rate(item, "vcse", vcse);
            }

            var assessment = builder.Build();
            return Report.RenderAgenda(ScoreCardReport.For(Scorer.Score(assessment), assessment), ReportFormat.Markdown);
        }
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
