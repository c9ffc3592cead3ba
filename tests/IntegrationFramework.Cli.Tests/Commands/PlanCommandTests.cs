using IntegrationFramework.Collecting;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// <c>ifw plan</c> as the chair uses it: the plan written from an assessment, filled in as a table, merged with the
/// partners' files, and its actions on the card; a wrongly filled row refused at its line and column.
/// </summary>
public sealed class PlanCommandTests
{
    [Fact]
    public void The_plan_lists_the_whole_work_list_with_empty_columns_to_fill()
    {
        using var folder = new Folder();

        var run = Run.Ifw("plan", folder.Write("croydon.json", Folder.Croydon())).Succeeded();

        var lines = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ActionPlan.Columns), lines[0]);
        Assert.StartsWith("item,action,owner,due,status", lines[0], StringComparison.Ordinal);

        // The council's TRA.1 target is embedded: TRA.1 (under development: planned, under development, in place) is on the list.
        Assert.Contains(lines, l => l.StartsWith("TRA.1,,,,,,", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.EndsWith("items to plan. Fill in action, owner (an assessor's id or a name), due (yyyy-MM-dd) and status (open, done, dropped) where the partners agree an action, and merge the plan with ifw merge.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filled_plan_merged_with_the_assessment_puts_its_actions_on_the_card()
    {
        using var folder = new Folder();
        var assessment = folder.Write("croydon.json", Folder.Croydon());
        var plan = Run.Ifw("plan", assessment).Succeeded().Output;
        var filled = folder.Write("plan.csv", plan.Replace("TRA.1,,,,,,", "TRA.1,Agree one vision with the ICB,icb,2026-03-31,,Illustrative,", StringComparison.Ordinal));

        var merged = Run.Ifw("merge", assessment, filled).Succeeded().Output;
        var card = Run.Ifw("score", folder.Write("merged.json", merged)).Succeeded().Output.Split('\n');

        Assert.Contains("\"action\": \"Agree one vision with the ICB\"", merged, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"open\"", merged, StringComparison.Ordinal);
        Assert.Contains("Actions: 1 open (1 overdue on 24 November 2026), 0 done, 0 dropped; see “Action plan”.", card);
    }

    [Fact]
    public void The_plan_as_JSON_and_as_a_workbook_goes_back_through_merge_too()
    {
        using var folder = new Folder();
        var assessment = folder.Write("croydon.json", Folder.Croydon());
        var workbook = Path.Combine(folder.Path, "plan.xlsx");

        var json = Run.Ifw("plan", assessment, "--format", "json").Succeeded().Output;
        Run.Ifw("plan", assessment, "-o", workbook).Succeeded();
        var filled = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var row = filled["plan"]!.AsArray().First(r => (string?)r!["item"] == "TRA.1")!;
        (row["action"], row["owner"], row["due"], row["status"]) = ("Agree one vision", "icb", "2026-03-31", "done");
        var merged = Run.Ifw("merge", assessment, folder.Write("plan.json", filled.ToJsonString())).Succeeded().Output;

        Assert.StartsWith("{\n  \"plan\": [\n    {\n      \"item\": ", json, StringComparison.Ordinal);
        Assert.Contains("\"action\": \"Agree one vision\"", merged, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"done\"", merged, StringComparison.Ordinal);
        Assert.True(new Workbooks.WorkbookFormat().IsPlan(File.ReadAllBytes(workbook)));
        Assert.Equal("ifw: a workbook is not written to standard output; give -o FILE.xlsx.", Assert.Single(Run.Ifw("plan", assessment, "--format", "xlsx").Refused().ErrorLines));
    }

    [Fact]
    public void Merging_keeps_the_actions_a_partner_file_already_has_once()
    {
        using var folder = new Folder();
        var assessment = folder.Write("croydon.json", Folder.Croydon());
        var merged = Run.Ifw("merge", assessment, folder.Write("plan.csv", Run.Ifw("plan", assessment).Succeeded().Output.Replace("TRA.1,,,,,,", "TRA.1,Agree one vision,icb,2026-03-31,,,", StringComparison.Ordinal))).Succeeded().Output;
        var withActions = folder.Write("with-actions.json", merged);

        // The assessment with its action, merged again with itself and another copy: the action once, nothing lost.
        var again = Run.Ifw("merge", withActions, folder.Write("copy.json", merged)).Succeeded().Output;

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(again, "Agree one vision"));
    }

    [Fact]
    public void A_wrongly_filled_row_is_refused_at_its_line_and_column_and_nothing_is_written()
    {
        using var folder = new Folder();
        var assessment = folder.Write("croydon.json", Folder.Croydon());
        var plan = Run.Ifw("plan", assessment).Succeeded().Output;
        var filled = folder.Write("plan.csv", plan.Replace("TRA.1,,,,,,", "TRA.1,Agree one vision,,31 March 2026,started,,", StringComparison.Ordinal));
        var line = Array.FindIndex(plan.Split("\r\n"), l => l.StartsWith("TRA.1,", StringComparison.Ordinal)) + 1;

        var run = Run.Ifw("merge", assessment, filled, "-o", Path.Combine(folder.Path, "merged.json")).Refused();

        Assert.Equal(
            [
                $"{filled}: line {line}, owner: The action on TRA.1 has no owner; give an assessor's id or a name.",
                $"{filled}: line {line}, due: '31 March 2026' is not a date in the form yyyy-MM-dd; give when the action on TRA.1 is due.",
                $"{filled}: line {line}, status: 'started' is not a status; give open, done or dropped (empty is open).",
            ],
            run.ErrorLines.Where(l => l.StartsWith(filled, StringComparison.Ordinal)));
        Assert.False(File.Exists(Path.Combine(folder.Path, "merged.json")));
    }
}
