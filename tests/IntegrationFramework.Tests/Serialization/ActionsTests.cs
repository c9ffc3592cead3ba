using System.Text.Json.Nodes;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>The partners' action plan in the assessment file: read, written and checked like everything else.</summary>
public sealed class ActionsTests
{
    private static readonly Assessment Review = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), new LocalDate(2025, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("icb", "NHS South West London ICB", PartnerKind.IntegratedCareBoard)
        .Rate("GOV.3", "council", Progress.Planned, Progress.Embedded)
        .Rate("GOV.3", "icb", Progress.UnderDevelopment)
        .WithAction(new PlannedAction("GOV.3", "Bring clinical leads into every decision of the board", "icb", new LocalDate(2026, 3, 31)))
        .WithAction(new PlannedAction("GOV.3", "Publish the board's decisions", "Director of Integration", new LocalDate(2026, 6, 30), ActionStatus.Done, "Illustrative"))
        .Build();

    [Fact]
    public void Actions_are_written_and_read_back_as_they_were()
    {
        var json = AssessmentJson.Serialize(Review);

        Assert.Contains("\"actions\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"done\"", json, StringComparison.Ordinal);
        Assert.Equal(Review, AssessmentJson.Parse(json).Value);
        Assert.Empty(Review.Validate());
    }

    [Fact]
    public void Each_wrong_action_is_a_problem_at_its_path_and_nothing_throws()
    {
        var node = JsonNode.Parse(AssessmentJson.Serialize(Review))!.AsObject();
        node["actions"] = JsonNode.Parse("""
            [
              { "item": "GOV.99", "action": "a", "owner": "icb", "due": "2026-03-31", "status": "open" },
              { "item": "GOV.3", "action": "b", "owner": "icb", "due": "31 March 2026", "status": "open" },
              { "item": "GOV.3", "action": "c", "owner": "icb", "due": "2026-03-31", "status": "started" },
              { "item": "GOV.3", "action": "d", "owner": " ", "due": "2026-03-31", "status": "open" },
              { "item": "GOV.3", "owner": "icb", "due": "2026-03-31", "status": "open" }
            ]
            """);

        var read = AssessmentJson.Parse(node.ToJsonString());

        Assert.Null(read.Value);
        Assert.Equal(
            ["$.actions[1].due", "$.actions[2].status", "$.actions[3].owner", "$.actions[4].action"],
            read.Problems.Select(p => p.Location.JsonPath));
        Assert.StartsWith("'started' is not", read.Problems[1].Message, StringComparison.Ordinal);

        // An unknown item is the assessment's own check, once the file reads.
        node["actions"] = JsonNode.Parse("""[{ "item": "GOV.99", "action": "a", "owner": "icb", "due": "2026-03-31", "status": "open" }]""");
        var unknown = Assert.Single(AssessmentJson.Parse(node.ToJsonString()).Problems);
        Assert.Equal((ProblemCodes.UnknownItem, "$.actions[0].item"), (unknown.Code, unknown.Location.JsonPath));
    }

    [Fact]
    public void A_plan_as_JSON_reads_its_rows_with_an_action_and_refuses_a_wrong_one_at_its_path()
    {
        var good = """{"plan": [{"item": "GOV.3", "action": "", "owner": ""}, {"item": "GOV.3", "action": "Publish", "owner": "icb", "due": "2026-03-31", "status": ""}]}"""u8;
        var bad = """{"plan": [{"item": "GOV.3", "action": "Publish", "owner": "icb", "due": "2026-03-31", "status": "started"}]}"""u8;

        var read = Collecting.ActionPlan.ReadFile(good, Frameworks.ShiftingTheCentreOfGravity2018);
        var refused = Collecting.ActionPlan.ReadFile(bad, Frameworks.ShiftingTheCentreOfGravity2018);

        Assert.True(Collecting.ActionPlan.IsPlan(good));
        Assert.False(Collecting.ActionPlan.IsPlan(System.Text.Encoding.UTF8.GetBytes(AssessmentJson.Serialize(Review))));
        Assert.Equal([new PlannedAction("GOV.3", "Publish", "icb", new LocalDate(2026, 3, 31))], read.Value!);
        Assert.Equal("$.plan[0].status", Assert.Single(refused.Problems).Location.JsonPath);
    }

    [Fact]
    public void An_open_action_past_its_due_date_is_overdue_and_a_done_one_never()
    {
        Assert.True(Review.Actions[0].IsOverdue(new LocalDate(2026, 4, 1)));
        Assert.False(Review.Actions[0].IsOverdue(new LocalDate(2026, 3, 31)));
        Assert.False(Review.Actions[1].IsOverdue(new LocalDate(2027, 1, 1)));
        Assert.Throws<ArgumentException>(() => new PlannedAction("GOV.3", " ", "icb", new LocalDate(2026, 3, 31)));
    }
}
