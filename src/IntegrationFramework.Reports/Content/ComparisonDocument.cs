using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>
/// The content of a comparison of two reviews: both shapes on the radar chart (HTML), every change and change per
/// year, the scores whose stage changed, and the items that moved.
/// </summary>
internal static class ComparisonDocument
{
    public static Document Of(ReviewComparison comparison, ScoreCard earlier, ScoreCard later)
    {
        var framework = comparison.Framework;
        var checklist = framework.Checklist;
        var (from, to) = (Display.Date(comparison.Earlier), Display.Date(comparison.Later));
        var years = comparison.Years == 0 ? "No time" : $"{comparison.Years.ToString("0.0", CultureInfo.InvariantCulture)} years";
        var domains = checklist.Domains;
        var chart = new Chart(
            $"Domain scores on {from} and {to}",
            $"Solid blue: {to}; dashed grey: {from}. Rings at 25, 50 and 75 mark the stages. Where a review has no score for a domain its outline stops at that axis.",
            CardContent.Axes(domains, d => later.FindDomain(d.Code) is { Excluded: true } && earlier.FindDomain(d.Code) is { Excluded: true }),
            [
                new RadarSeries("later", CardContent.Scores(domains, d => later.FindDomain(d.Code)?.Score), "#1570ef", "#2e90fa", false),
                new RadarSeries("earlier", CardContent.Scores(domains, d => earlier.FindDomain(d.Code)?.Score), "#475467", "none", true),
            ],
            null);
        var changes = new Table(
            [new("Score", Width: 40), new("Earlier", Numeric: true, Width: 7), new("Later", Numeric: true, Width: 7), new("Change", Numeric: true, Width: 7), new("Band of change", Numeric: true, Width: 14), new("Per year", Numeric: true, Width: 8), new("Coverage", Numeric: true, Width: 12)],
            [
                Change(Text.Of("Overall", Style.Strong), comparison.Overall),
                .. comparison.Themes.Select(t => Change($"{t.Code} {checklist.FindTheme(t.Code)?.Name}", t)),
                .. comparison.Domains.Select(d => Change($"{d.Code} {checklist.FindDomain(d.Code)?.Name}", d)),
            ]);
        var stages = ComparisonContent.StageChanges(comparison, earlier, later);
        var called = stages.Where(s => s.Apart is null).ToList();
        var apart = stages.Where(s => s.Apart is not null).ToList();
        var moved = ComparisonContent.MovedItems(comparison);
        var statusChanges = ComparisonContent.StatusChanges(comparison);
        List<Section> sections =
        [
            new("comparison", null, [CardContent.Note(Span(comparison, years)), chart]) { Label = "How far apart the reviews are" },
            new("changes", "Changes", [changes]),
            new("noise", "Changes and partner disagreement", [
                CardContent.Note(ChangeWords.AcrossEditions(comparison) is { } editions ? $"{editions} {ChangeWords.Explain(comparison)}" : ChangeWords.Explain(comparison)),
                new ItemList([.. ComparisonContent.Scores(comparison).Where(s => s.Change.Difference is not null).Select(s => new ListItem(Text.Of(s.Name, Style.Strong).Then($": {ChangeWords.Reading(s.Change)}"), Marks.Of("score", s.Change.Code)))], Ordered: false) { Marks = Marks.Classes("noise") },
            ]),
            new("stages", "Stages that changed", called.Count > 0
                ? [new ItemList([.. called.Select(s => new ListItem(Text.Of(s.Name, Style.Strong).Then($": {ComparisonContent.Describe(s)}: {ChangeWords.Reading(s.Change)}"), Marks.None))], Ordered: false) { Marks = Marks.Classes("stages") }]
                : [CardContent.Note(stages.Count == 0 ? "No score changed stage."
                    : comparison.Bands is { Method: not BandMethod.TooFewPartners } ? "No stage changed beyond partner disagreement with both stages holding across their partner bands."
                    : "No stage change can be called: there is no band of change to read it against.")]),
            .. NotCalled(apart),
            new("moved", "Items that moved", moved.Count == 0
                ? [CardContent.Note(ComparisonContent.WhyDomainsMoved(comparison, statusChanges, anyItemMoved: false)!)]
                : [CardContent.Note("Items rated in both reviews whose points changed."), new Table(
                    [new("Item", Width: 46, Class: "item-text"), new("Earlier", Numeric: true, Width: 7, Class: "change"), new("Later", Numeric: true, Width: 7, Class: "change"), new("Change", Numeric: true, Width: 7, Class: "change")],
                    [.. moved.Select(i => new Row([Text.Of(i.Code, Style.Strong).Then($" {checklist.FindItem(i.Code)?.Text}"), Display.Score(i.Earlier), Display.Score(i.Later), Display.Signed(i.Difference)]) { Marks = Marks.Of("item", i.Code) })])
                { Marks = Marks.Classes("items") }, .. Why(comparison, statusChanges)]),
            .. OneReviewOnly(statusChanges),
            .. Actions(comparison),
        ];
        var footprint = comparison.Footprint;
        return new(
            $"Progress from {from} to {to}",
            $"{footprint.Name}: {from} to {to}",
            $"{footprint.Name}: {from} to {to}",
            footprint.Name,
            [$"{footprint}, {from} to {to} ({Display.Period(comparison.Period)})", $"{framework.Document}, framework {framework.Id} {framework.Version}, policy {comparison.PolicyId}"],
            $"{footprint.Name} ({footprint.Code}) · {from} to {to}",
            sections,
            CardContent.Footer(comparison.PolicyId, framework));
    }

    /// <summary>
    /// How far apart the reviews are, and what the per-year column means: the average change per year between them,
    /// or why there is none ("Reviews 14 days apart: too short to give a rate per year …").
    /// </summary>
    private static string Span(ReviewComparison comparison, string years)
        => comparison.GivesPerYear
            ? $"{years} between the reviews, in calendar years. Per year is the average change per year between the two reviews: the change divided by those years."
            : comparison.Years == 0
                ? "Both reviews are on one day: there is no rate per year."
                : $"Reviews {Display.Period(comparison.Period)} apart: too short to give a rate per year (that needs {ReviewComparison.MonthsForPerYear.ToString(CultureInfo.InvariantCulture)} calendar months or more between them).";

    private static Row Change(Text name, ScoreChange change)
        => new([name, Display.Score(change.Earlier), Display.Score(change.Later), Display.Signed(change.Difference), ChangeWords.Band(change.Band), Display.Signed(change.PerYear), Coverage(change)]);

    /// <summary>The stage changes not called, each with why; none when there are none.</summary>
    private static Section[] NotCalled(List<ComparisonContent.StageChange> apart)
        => apart.Count == 0 ? [] :
        [
            new("stages-not-called", "Stage changes not called", [
                CardContent.Note("Each review's stage differs, but the change is not called a change of stage: it is within what partner disagreement alone produces, there is no band to tell, a stage does not hold in 80% of its resamples, or a review rated too little for a stage. Each stage reads as its card reads it."),
                new ItemList([.. apart.Select(s => new ListItem(Text.Of(s.Name, Style.Strong).Then($": {ComparisonContent.Describe(s)}: {s.Apart}"), Marks.None))], Ordered: false) { Marks = Marks.Classes("stages-not-called") },
            ]),
        ];

    /// <summary>Each review's coverage: "100%", or "40% → 100%" where it changed; empty for a theme.</summary>
    private static string Coverage(ScoreChange change)
        => change.EarlierCoverage is null && change.LaterCoverage is null ? string.Empty
            : change.EarlierCoverage == change.LaterCoverage ? Display.Percent(change.LaterCoverage)
            : $"{Display.Percent(change.EarlierCoverage)} → {Display.Percent(change.LaterCoverage)}";

    /// <summary>After the items that moved, why a domain moved beyond them, where items were rated in one review only.</summary>
    private static Block[] Why(ReviewComparison comparison, List<(ScoreChange Domain, string Items)> statusChanges)
        => ComparisonContent.WhyDomainsMoved(comparison, statusChanges, anyItemMoved: true) is { } why ? [CardContent.Note(why)] : [];

    /// <summary>What became of each action of the earlier review: its status then and now, and how its item and domain moved.</summary>
    private static Section[] Actions(ReviewComparison comparison)
    {
        if (comparison.Actions.IsEmpty && comparison.ActionsLeftBehind.IsEmpty)
        {
            return [];
        }

        List<Block> blocks = comparison.Actions.IsEmpty ? [] :
        [
            CardContent.Note("Each action the earlier review planned, where it stood then (and in the later review, where its plan lists it again), and how its item and its item's domain moved. An item has no band of its own: read the domain's."),
            new ItemList([.. comparison.Actions.Select(a => new ListItem(
                Text.Of(a.Action.ItemId, Style.Strong).Then($" {Planned(a.Action)}{(a.LaterStatus is { } now ? $", {Display.Action(now)} in the later review" : string.Empty)}; the item {Display.Signed(a.Item.Difference)}; {a.Domain.Code} {ChangeWords.Reading(a.Domain) ?? "no change"}."),
                Marks.Of("item", a.Action.ItemId)))], Ordered: false) { Marks = Marks.Classes("actions") },
        ];
        if (!comparison.ActionsLeftBehind.IsEmpty)
        {
            blocks.Add(CardContent.Note($"Left behind with their items, which {comparison.Framework.Id} dropped, so not read on any item: {string.Join("; ", comparison.ActionsLeftBehind.Select(a => $"{a.ItemId} {Planned(a)}"))}."));
        }

        return [new("actions", "The earlier review's actions", [.. blocks])];
    }

    /// <summary>An earlier action as the earlier review planned it: what, whose, when due, and where it stood.</summary>
    private static string Planned(PlannedAction action) => $"{action.Action} ({action.Owner}, due {Display.Date(action.Due)}): {Display.Action(action.Status)}";

    /// <summary>The items rated in one review only (or whose status changed otherwise), by domain; none when there are none.</summary>
    private static Section[] OneReviewOnly(List<(ScoreChange Domain, string Items)> changes)
    {
        return changes.Count == 0 ? [] :
        [
            new("rated-once", "Items rated in one review only, or otherwise counted differently", [
                CardContent.Note("An item rated in one review and not the other counts in that review's scores only, so it moves a domain's score without any item changing its level."),
                new ItemList([.. changes.Select(c => new ListItem(Text.Of(c.Domain.Code, Style.Strong).Then($": {c.Items}."), Marks.Of("domain", c.Domain.Code)))], Ordered: false) { Marks = Marks.Classes("rated-once") },
            ]),
        ];
    }
}
