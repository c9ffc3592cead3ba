using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// What <c>ifw score</c> prints where the ratings carry little: the exact line for each case a board could be misled
/// by (issue 25), so that no sentence claims more than the ratings hold.
/// </summary>
public sealed class HowSureTests
{
    private static readonly IntegrationFramework.Checklists.Checklist Checklist = Frameworks.ShiftingTheCentreOfGravity2018.Checklist;

    [Fact]
    public void A_domain_with_one_rated_item_gets_no_reading_of_alpha()
    {
        var lines = Score(Partners(2, ("TRA.1", [2, 3])));

        Assert.Contains("    Alpha: not enough to tell yet: alpha 0.00 rests on 1 item with two partners' levels, and over one item alpha is 0 whenever the levels differ.", lines);
    }

    [Fact]
    public void A_domain_where_74_of_75_ratings_are_the_same_level_is_not_read_as_read_differently()
    {
        var rows = Checklist.Domain("PRV").Items.Select((item, i) => (item.Id, i == 0 ? [.. Levels(2, 4), 3] : Levels(2, 5))).ToArray();

        var lines = Score(Partners(5, rows));

        Assert.Contains("    Alpha: not enough to tell yet: alpha 0.00, but the levels differ on one item only.", lines);
    }

    [Fact]
    public void A_domain_where_every_rating_is_the_same_level_is_in_full_agreement()
    {
        var rows = Checklist.Domain("PRV").Items.Select(item => (item.Id, Levels(2, 5))).ToArray();

        var lines = Score(Partners(5, rows));

        Assert.Contains("    Alpha: full agreement: every level given is the same.", lines);
    }

    [Fact]
    public void Two_partners_two_items_within_a_level_are_not_read_as_read_differently()
    {
        var lines = Score(Partners(2, ("TRA.1", [2, 3]), ("TRA.2", [3, 2])));

        Assert.Contains("    Alpha: not enough to tell yet: alpha -0.50 rests on 2 items with two partners' levels, and over one item alpha is 0 whenever the levels differ.", lines);
    }

    [Fact]
    public void One_rating_of_86_is_a_score_without_a_stage_that_says_whose_view_it_is()
    {
        var lines = Score(Partners(1, ("TRA.1", [4])));

        Assert.Contains("Overall  100.0  no stage: a domain has none  coverage 1%  target 100.0", lines);
        Assert.Contains(lines, l => l.StartsWith("Caution: This card is one partner's view (Partner 1), not a consensus. Only 1% of the applicable items are rated", StringComparison.Ordinal));
        Assert.Contains("TRA Transformation                         100.0  —            no stage: under half rated       14%      —   100.0", lines);
    }

    [Fact]
    public void One_partner_is_never_said_to_agree()
    {
        var rows = Checklist.Items.Select(item => (item.Id, Levels(3, 1))).ToArray();

        var lines = Score(Partners(1, rows));

        Assert.Contains("Caution: This card is one partner's view (Partner 1), not a consensus.", lines);
        Assert.Contains("One partner rated, so there is no agreement between partners to measure.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("partners agree", StringComparison.Ordinal));
        Assert.Contains("  With one partner's ratings there is no telling how much a score depends on who rated: no band is given.", lines);
    }

    [Fact]
    public void Every_item_in_place_is_maturing_not_thriving()
    {
        var rows = Checklist.Items.Select(item => (item.Id, Levels(3, 4))).ToArray();

        var lines = Score(Partners(4, rows));

        Assert.Contains("Overall  75.0  maturing  band 75.0–75.0  coverage 100%  target 75.0", lines);
        Assert.Contains("    75.0 maturing · band 75.0–75.0 · coverage 100% (7 of 7 applicable items) · target 75.0", lines);
    }

    [Fact]
    public void Every_item_under_development_is_developing_not_maturing()
    {
        var rows = Checklist.Items.Select(item => (item.Id, Levels(2, 4))).ToArray();

        var lines = Score(Partners(4, rows));

        Assert.Contains("Overall  50.0  developing  band 50.0–50.0  coverage 100%  target 50.0", lines);
    }

    [Fact]
    public void A_stage_that_holds_in_fewer_than_80_percent_of_resamples_is_given_as_the_stages_its_band_spans()
    {
        // TRA: three partners say 2 on TRA.1 and one says 0; TRA.2 and TRA.3 are 2, TRA.4 3 for all. TRA scores
        // (50 + 50 + 50 + 75) / 4 = 56.25, maturing; with two or more copies of the partner who says 0 (67 of 256
        // resamples) it is 50 or 43.75, developing. So maturing holds in 189/256 = 0.74 of resamples, below 0.8.
        var lines = Score(Partners(4, ("TRA.1", [2, 2, 2, 0]), ("TRA.2", [2, 2, 2, 2]), ("TRA.3", [2, 2, 2, 2]), ("TRA.4", [3, 3, 3, 3])));

        Assert.Contains(lines, l => l.StartsWith("    56.3 developing or maturing · band 43.8–56.3 · coverage 57% (4 of 7 applicable items)", StringComparison.Ordinal));
    }

    /// <summary><paramref name="count"/> partners giving <paramref name="level"/>.</summary>
    private static int[] Levels(int level, int count) => [.. Enumerable.Repeat(level, count)];

    private static string[] Score(Assessment assessment)
    {
        using var folder = new Folder();
        var path = folder.Write("assessment.json", assessment);
        return Run.Ifw("score", path).Succeeded().Output.Split('\n');
    }

    /// <summary>An assessment of the 2018 checklist: for each row, the level each of <paramref name="partners"/> gives.</summary>
    private static Assessment Partners(int partners, params (string Item, int[] Levels)[] rows)
    {
        var builder = AssessmentBuilder.For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), new LocalDate(2025, 10, 1));
        for (var p = 1; p <= partners; p++)
        {
            builder = builder.WithAssessor($"p{p}", $"Partner {p}", PartnerKind.Vcse);
        }

        foreach (var (item, levels) in rows)
        {
            for (var p = 0; p < levels.Length; p++)
            {
                builder = builder.Rate(item, $"p{p + 1}", (Progress)levels[p]);
            }
        }

        return builder.Build();
    }
}
