using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>
/// The appendix of a score card, from a new page when printed: every item of every domain in scope, with its consensus,
/// points, agreement, target and gap, the partners' evidence and what the consensus meeting agreed under it; then the
/// rest of the work list.
/// </summary>
internal static class AppendixContent
{
    /// <summary>How the item tables are read.</summary>
    public const string Rule = "Consensus is the median of the partners' levels (with an even number, the midpoint of the two middle ones); points are the consensus × 25; agreement is from the spread of levels (at most 1 apart: agreement, 2: partial, 3 or more: split); where enough partners stand two levels or more from the consensus the item is uncertain and shows the range of levels given. A target is the median of the targets set, with how many of the item's partners set one.";

    /// <summary>The appendix.</summary>
    public static Section Appendix(ScoreCardReport report)
        => new("appendix", "Appendix: every item", [CardContent.Note(Rule)])
        {
            Marks = Marks.Classes("appendix"),
            Sections = [.. report.Framework.Checklist.Domains.Select(d => Domain(report, d)), .. CardContent.MoreWork(report) is { } more ? [more] : (Section[])[]],
        };

    private static Section Domain(ScoreCardReport report, Checklists.Domain domain)
    {
        var heading = $"{domain.Code} {domain.Name}";
        if (report.Card.FindDomain(domain.Code) is not { Excluded: false })
        {
            return new($"appendix-{domain.Code}", heading, [CardContent.Note("Out of scope: the assessment excludes this domain. Its ratings are kept but not scored.")]);
        }

        var table = new Table(
            [
                new("Item", Width: 50, Class: "item-text"), new("Consensus", Width: 24, Class: "consensus"), new("Points", Numeric: true, Width: 6, Class: "points"),
                new("Agreement", Width: 16, Class: "agreement"), new("Target", Width: 17, Class: "target"), new("Gap", Numeric: true, Width: 3, Class: "gap"),
            ],
            [.. domain.Items.Select(item => Row(report, item))])
        {
            Marks = Marks.Classes("items"),
        };
        return new($"appendix-{domain.Code}", heading, [table]);
    }

    private static Row Row(ScoreCardReport report, Checklists.ChecklistItem item)
    {
        var score = report.Card.FindItem(item.Id);
        var split = score?.Agreement == Agreement.Split;
        var tag = CardSummary.Tag(score);
        var agreedNote = score is { } scored ? CardSummary.AgreedNote(report, scored) : null;
        var agreed = agreedNote is not null;
        // The tag right after the id, so that plain text, which cuts the item's text to its column, keeps it.
        var text = Text.Of(item.Id, Style.Strong);
        text = agreed ? text.Then(" ").Then("agreed at the meeting", Style.Tag, "agreed") : tag is not null ? text.Then(" ").Then(tag, Style.Tag) : text;
        text = text.Then($" {item.Text}");
        var classes = $"{(split ? "split " : string.Empty)}{(agreed ? "agreed" : string.Empty)}".Trim();
        var marks = new Marks(CardContent.ItemAnchor(item.Id), classes.Length > 0 ? classes : null, [new("item", item.Id), .. agreed ? [new KeyValuePair<string, string>("agreed", "true")] : (KeyValuePair<string, string>[])[]]);
        var details = new List<Detail>();
        if (agreedNote is not null)
        {
            details.Add(new Detail("Consensus meeting", agreedNote, "agreed-note"));
        }

        details.AddRange(report.EvidenceFor(item.Id).Select(e => new Detail(e.Assessor, e.Evidence)));
        return new Row(
        [
            text,
            score is { } known ? CardSummary.Consensus(known) : Display.Status(ItemStatus.Unrated),
            Display.Score(score?.Points),
            $"{Display.Agreement(score?.Agreement)} ({score?.Ratings ?? 0})",
            CardSummary.Target(score),
            Display.Gap(score?.Gap),
        ])
        {
            Marks = marks,
            Details = details,
            DetailMarks = Marks.Of("evidence-of", item.Id, $"evidence-row{(split ? " split" : string.Empty)}{(agreed ? " agreed" : string.Empty)}"),
        };
    }
}
