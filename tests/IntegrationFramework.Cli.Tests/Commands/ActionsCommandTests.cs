using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// The partners' actions as the chair meets them: on the card (page one's count, beside the item in the work list, the
/// action plan) and a year later in the comparison, with what became of each and how its item moved.
/// </summary>
public sealed class ActionsCommandTests
{
    [Fact]
    public void The_card_counts_the_actions_shows_each_beside_its_item_and_lists_the_plan()
    {
        using var folder = new Folder();

        var lines = Run.Ifw("score", folder.Write("croydon.json", Review(new LocalDate(2025, 10, 1), Progress.UnderDevelopment, ActionStatus.Open))).Succeeded().Output.Split('\n');

        // The tests' clock says 24 November 2026: the ICB's action, due on 31 March 2026 and open, is overdue.
        Assert.Contains("Actions: 1 open (1 overdue on 24 November 2026), 1 done, 0 dropped; see “Action plan”.", lines);
        Assert.Contains(lines, l => l.Contains("GOV.3 Clinical and professional expertise in oversight and decision-making.", StringComparison.Ordinal)
            && l.EndsWith("— action: Bring clinical leads into every decision (NHS South West London ICB, due 31 March 2026, open, overdue); action: Publish the board's decisions (Director of Integration, due 30 June 2026, done)", StringComparison.Ordinal));
        Assert.Contains("Action plan", lines);
        Assert.Contains("  What the partners agreed to do, who owns each action and when it is due. Overdue: open and due before 24 November 2026.", lines);
    }

    [Fact]
    public void A_year_later_the_comparison_says_what_became_of_each_action_and_how_its_item_moved()
    {
        using var folder = new Folder();
        var earlier = folder.Write("2025.json", Review(new LocalDate(2025, 10, 1), Progress.UnderDevelopment, ActionStatus.Open));
        var later = folder.Write("2026.json", Review(new LocalDate(2026, 10, 1), Progress.Embedded, ActionStatus.Done));

        var lines = Run.Ifw("compare", earlier, later).Succeeded().Output.Split('\n');
        using var json = JsonDocument.Parse(Run.Ifw("compare", earlier, later, "--format", "json").Succeeded().Output);

        // GOV.3: planned and under development (37.5), then both embedded (100): +62.5; GOV, its only rated item, the same.
        Assert.Contains("The earlier review's actions", lines);
        Assert.Contains("    - GOV.3 Bring clinical leads into every decision (icb, due 31 March 2026): open, done in the later review; the item +62.5; GOV +62.5, with no band to tell.", lines);
        var first = json.RootElement.GetProperty("actions")[0];
        Assert.Equal(
            """{"item":"GOV.3","action":"Bring clinical leads into every decision","owner":"icb","due":"2026-03-31","status":"open","laterStatus":"done","change":62.5,"domainChange":62.5}""",
            JsonSerializer.Serialize(first));
        Assert.Equal(2, json.RootElement.GetProperty("actions").GetArrayLength());
    }

    [Fact]
    public void Next_year_s_template_from_a_signed_review_carries_its_open_actions_only()
    {
        using var folder = new Folder();
        var signed = Path.Combine(folder.Path, "signed.json");
        Run.Ifw("sign", folder.Write("2025.json", Review(new LocalDate(2025, 10, 1), Progress.UnderDevelopment, ActionStatus.Open)), "--by", "Jane Smith:Chief executive:Croydon Council", "--date", "2025-11-01", "-o", signed).Succeeded();

        var run = Run.Ifw("template", "--from", signed, "--date", "2026-10-01", "--format", "json");

        run.Succeeded();
        Assert.Contains("1 open action is carried over: GOV.3.", run.ErrorLines);
        using var json = JsonDocument.Parse(run.Output);
        var action = Assert.Single(json.RootElement.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Bring clinical leads into every decision", "open"), (action.GetProperty("action").GetString(), action.GetProperty("status").GetString()));
        Assert.False(json.RootElement.TryGetProperty("signOff", out _));
        Assert.Equal("2026-10-01", json.RootElement.GetProperty("assessedOn").GetString());
    }

    /// <summary>Two partners rate GOV.3 (the council planned, aiming for embedded; the ICB as given), with two actions. Illustrative.</summary>
    private static Assessment Review(LocalDate on, Progress icb, ActionStatus first) => AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), on)
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("icb", "NHS South West London ICB", PartnerKind.IntegratedCareBoard)
        .Rate("GOV.3", "council", icb == Progress.Embedded ? Progress.Embedded : Progress.Planned, Progress.Embedded)
        .Rate("GOV.3", "icb", icb)
        .WithAction(new PlannedAction("GOV.3", "Bring clinical leads into every decision", "icb", new LocalDate(2026, 3, 31), first))
        .WithAction(new PlannedAction("GOV.3", "Publish the board's decisions", "Director of Integration", new LocalDate(2026, 6, 30), ActionStatus.Done))
        .Build();
}
