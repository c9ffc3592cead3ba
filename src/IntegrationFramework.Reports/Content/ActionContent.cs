using System.Globalization;
using IntegrationFramework.Assessments;

namespace IntegrationFramework.Reports.Content;

/// <summary>The partners' action plan on the card: a line on page one, each action beside its item, and the plan itself.</summary>
internal static class ActionContent
{
    /// <summary>"Actions: 3 open (1 overdue), 2 done, 1 dropped."; none without actions.</summary>
    public static IEnumerable<Block> Summary(ScoreCardReport report)
    {
        var actions = report.Actions;
        if (actions.IsEmpty)
        {
            yield break;
        }

        var open = actions.Count(a => a.Status == ActionStatus.Open);
        var overdue = report.Today is { } today ? $" ({Count(actions.Count(a => a.IsOverdue(today)))} overdue on {Display.Date(today)})" : string.Empty;
        yield return new Paragraph(Text.Of("Actions: ", Style.Strong).Then($"{Count(open)} open{overdue}, {Count(actions.Count(a => a.Status == ActionStatus.Done))} done, {Count(actions.Count(a => a.Status == ActionStatus.Dropped))} dropped; see “").Then("Action plan", Style.Link, Anchor).Then("”."))
        {
            Marks = Marks.Classes("actions-count"),
        };
    }

    /// <summary>The anchor of the action plan.</summary>
    public const string Anchor = "action-plan";

    /// <summary>The actions of one item, in words, for its line in the work list: "action: … (owner, due 31 March 2026, open)"; null without any.</summary>
    public static string? Beside(ScoreCardReport report, string itemId)
    {
        var mine = report.Actions.Where(a => a.ItemId == itemId).Select(a => $"action: {a.Action} ({Describe(report, a)})").ToList();
        return mine.Count == 0 ? null : string.Join("; ", mine);
    }

    /// <summary>The action plan: each action with its item, owner, due date and status, overdue ones said so; none without actions.</summary>
    public static Section? Plan(ScoreCardReport report)
    {
        if (report.Actions.IsEmpty)
        {
            return null;
        }

        var checklist = report.Framework.Checklist;
        var table = new Table(
            [new("Item", Width: 34), new("Action", Width: 34), new("Owner", Width: 16), new("Due", Width: 16), new("Status", Width: 16)],
            [.. report.Actions.Select(a => new Row([
                Text.Of(a.ItemId, Style.Strong).Then($" {checklist.FindItem(a.ItemId)?.Text}"),
                a.Note is null ? a.Action : $"{a.Action} ({a.Note})",
                report.PartnerName(a.Owner),
                Display.Date(a.Due),
                Status(report, a),
            ]) { Marks = Marks.Of("item", a.ItemId) })]);
        var judged = report.Today is { } today ? $"Overdue: open and due before {Display.Date(today)}." : "No date was given to judge what is overdue.";
        return new(Anchor, "Action plan", [CardContent.Note($"What the partners agreed to do, who owns each action and when it is due. {judged}"), table]) { Anchored = true, Marks = Marks.Classes("action-plan") };
    }

    private static string Describe(ScoreCardReport report, PlannedAction action) => $"{report.PartnerName(action.Owner)}, due {Display.Date(action.Due)}, {Status(report, action)}";

    private static string Status(ScoreCardReport report, PlannedAction action)
        => report.Today is { } today && action.IsOverdue(today) ? "open, overdue"
            : Display.Action(action.Status);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
