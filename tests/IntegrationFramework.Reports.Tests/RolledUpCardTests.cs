using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Tests;

/// <summary>
/// A roll-up's card given to the ordinary card report: its items have no consensus, so the report says what a roll-up
/// can say, and never that nothing is left to work on or that partners are split. (The consensus pack needs an
/// assessment, which a roll-up has not.)
/// </summary>
public sealed class RolledUpCardTests
{
    private static readonly Rollup Rolled = Rollup.Combine(
        new Footprint("E09000008", "Croydon", Level.Place),
        [Child("N", Progress.Planned, Progress.Embedded), Child("S", Progress.Embedded, Progress.Embedded)]);

    [Fact]
    public void A_rolled_up_card_is_known_by_its_items()
    {
        Assert.True(Rolled.Card.RolledUp);
        Assert.False(Sample.Card.RolledUp);
    }

    [Fact]
    public void The_card_report_gives_each_item_the_children_s_levels_and_the_domains_below_their_target()
    {
        var text = Report.Render(ScoreCardReport.For(Rolled.Card), ReportFormat.Text);

        // PCC.1: one child planned, the other embedded, each its partners' only level.
        Assert.Contains("children planned to embedded", text, StringComparison.Ordinal);
        Assert.Contains("A roll-up has no consensus of its own to work from", text, StringComparison.Ordinal);
        Assert.Contains("A roll-up's items are its children's", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Every rated item has reached its target", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The partners are split", text, StringComparison.Ordinal);
        Assert.DoesNotContain("The partners agree within a level", text, StringComparison.Ordinal);
    }

    /// <summary>A neighbourhood whose one partner rates PCC.1 and PCC.2. Illustrative.</summary>
    private static ScoreCard Child(string code, Progress pcc1, Progress pcc2) => Scorer.Score(AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint(code, $"Neighbourhood {code}", Level.Neighbourhood, 10_000, "E09000008"), new NodaTime.LocalDate(2025, 10, 1))
        .WithAssessor("pcn", "Primary care network", Partners.PartnerKind.PrimaryCareNetwork)
        .Rate("PCC.1", "pcn", pcc1)
        .Rate("PCC.2", "pcn", pcc2, Progress.Embedded)
        .Build());
}
