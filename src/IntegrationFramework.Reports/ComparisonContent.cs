using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>What every format of a comparison shows besides its table: the scores whose stage changed and the items that moved.</summary>
internal static class ComparisonContent
{
    /// <summary>
    /// A score whose stage changed: its label ("Overall", a theme's or a domain's code and name), its change, each
    /// review's stage in words ("no stage" where the coverage rule withholds one; as its card reads it, "maturing or
    /// thriving", where the change is not called), and why the change is not called
    /// (<see cref="ChangeWords.WhyNotCalled"/>); <see langword="null"/> when it is called.
    /// </summary>
    public readonly record struct StageChange(string Name, ScoreChange Change, string Earlier, string Later, string? Apart);

    /// <summary>
    /// The overall, theme and domain scores whose stage differs between the reviews, in that order: each card's stage
    /// as the scoring rules give it, and whether the change is called — beyond partner disagreement, with each stage
    /// holding across its card's partner band — or listed apart.
    /// </summary>
    public static List<StageChange> StageChanges(ReviewComparison trend, ScoreCard earlier, ScoreCard later)
    {
        var checklist = trend.Framework.Checklist;
        var changes = new List<StageChange>();
        void Add(string name, ScoreChange change, (Stage? Stage, ScoreBand? Band) before, (Stage? Stage, ScoreBand? Band) after)
        {
            if (before.Stage != after.Stage)
            {
                // A called change names both stages, which hold; one not called reads each as its card does ("maturing or thriving").
                var apart = ChangeWords.WhyNotCalled(change, before, after);
                changes.Add(apart is null
                    ? new(name, change, Display.Stage(before.Stage), Display.Stage(after.Stage), null)
                    : new(name, change, AsCard(change.Earlier, before), AsCard(change.Later, after), apart));
            }
        }

        Add("Overall", trend.Overall, (earlier.Overall.Stage, earlier.Bands?.Overall), (later.Overall.Stage, later.Bands?.Overall));
        for (var t = 0; t < later.Themes.Count; t++)
        {
            var theme = later.Themes[t];
            var before = earlier.FindTheme(theme.Code);
            var e = earlier.Themes.ToList().FindIndex(x => x.Code == theme.Code);
            Add($"{theme.Code} {checklist.FindTheme(theme.Code)?.Name}", trend.Themes[t], (before?.Stage, e < 0 ? null : earlier.Bands?.Themes[e]), (theme.Stage, later.Bands?.Themes[t]));
        }

        for (var d = 0; d < later.Domains.Count; d++)
        {
            var domain = later.Domains[d];
            var before = earlier.FindDomain(domain.Code);
            var e = earlier.Domains.ToList().FindIndex(x => x.Code == domain.Code);
            Add($"{domain.Code} {checklist.FindDomain(domain.Code)?.Name}", trend.Domains[d], (before?.Stage, e < 0 ? null : earlier.Bands?.Domains[e]), (domain.Stage, later.Bands?.Domains[d]));
        }

        return changes;

        static string AsCard(double? score, (Stage? Stage, ScoreBand? Band) reading) => BandWords.Stage(score, reading.Stage, reading.Band, "no stage").Words;
    }

    /// <summary>The overall, theme and domain changes in that order, each with its label, for the words on each.</summary>
    public static IEnumerable<(string Name, ScoreChange Change)> Scores(ReviewComparison trend)
    {
        var checklist = trend.Framework.Checklist;
        return [
            ("Overall", trend.Overall),
            .. trend.Themes.Select(t => ($"{t.Code} {checklist.FindTheme(t.Code)?.Name}", t)),
            .. trend.Domains.Select(d => ($"{d.Code} {checklist.FindDomain(d.Code)?.Name}", d)),
        ];
    }

    /// <summary>The items whose points changed, largest change first, then in the checklist's order.</summary>
    public static List<ScoreChange> MovedItems(ReviewComparison trend)
        => [.. trend.Items.Where(i => i.Difference is not null and not 0).OrderByDescending(i => Math.Abs(i.Difference!.Value))];

    /// <summary>
    /// Each domain's items rated in one review only (or whose status changed otherwise), in words and in the checklist's
    /// order: "COM: COM.2–COM.9 were unrated in the earlier review", with whether the domain moved.
    /// </summary>
    public static List<(ScoreChange Domain, string Items)> StatusChanges(ReviewComparison trend)
    {
        var checklist = trend.Framework.Checklist;
        var byDomain = new List<(ScoreChange, string)>();
        foreach (var domain in trend.Domains)
        {
            var items = checklist.FindDomain(domain.Code)?.Items.Select(i => i.Id).ToList() ?? [];
            // Across editions, an item the later edition added is new, not unrated before.
            bool New(ScoreChange item) => trend.AcrossEditions && trend.Continuation.EarlierItem(item.Code) is null;
            var changed = trend.Items.Where(i => (i.StatusChanged || New(i)) && items.Contains(i.Code)).ToList();
            if (changed.Count > 0)
            {
                var groups = changed
                    .GroupBy(i => (New(i) ? null : i.EarlierStatus, i.LaterStatus, New(i)))
                    .Select(g => $"{Ranges([.. g.Select(i => i.Code)], items)} {(g.Count() == 1 ? "was" : "were")} {(g.Key.Item3 ? $"new in {trend.Continuation.Later.Id}" : Transition(g.Key.Item1, g.Key.LaterStatus))}");
                byDomain.Add((domain, string.Join(", and ", groups)));
            }
        }

        return byDomain;
    }

    /// <summary>
    /// What the items that moved leave unsaid: a sentence for each domain that moved with items rated in one review
    /// only ("COM moved because COM.2–COM.9 were unrated in the earlier review"), after "No item rated in both
    /// reviews changed" when none did; <paramref name="statusChanges"/> is what <see cref="StatusChanges"/> gave, worked out once.
    /// </summary>
    public static string? WhyDomainsMoved(ReviewComparison trend, List<(ScoreChange Domain, string Items)> statusChanges, bool anyItemMoved)
    {
        var checklist = trend.Framework.Checklist;
        bool ItemsMovedIn(string domain) => trend.Items.Any(i => i.Difference is not null and not 0 && checklist.FindItem(i.Code)?.DomainCode == domain);
        var reasons = statusChanges
            .Where(s => s.Domain.Difference is not null and not 0)
            .Select(s => ItemsMovedIn(s.Domain.Code) ? $"{s.Domain.Code} moved with items rated in both reviews changing, and also {s.Items}" : $"{s.Domain.Code} moved because {s.Items}")
            .ToList();
        return anyItemMoved
            ? reasons.Count == 0 ? null : string.Join("; ", reasons) + "."
            : reasons.Count == 0 ? "No item rated in both reviews changed." : $"No item rated in both reviews changed; {string.Join("; ", reasons)}.";
    }

    /// <summary>How an item's status changed: "unrated in the earlier review", "not applicable in the later review", ….</summary>
    private static string Transition(ItemStatus? earlier, ItemStatus? later) => (earlier, later) switch
    {
        (ItemStatus.Unrated or null, ItemStatus.Rated) => "unrated in the earlier review",
        (ItemStatus.Rated, ItemStatus.Unrated) => "unrated in the later review",
        (ItemStatus.Excluded, _) => "out of scope in the earlier review",
        (_, ItemStatus.Excluded) => "out of scope in the later review",
        (ItemStatus.NotApplicable, ItemStatus.Rated) => "not applicable in the earlier review",
        (ItemStatus.Rated, ItemStatus.NotApplicable) => "not applicable in the later review",
        _ => $"{Status(earlier)} in the earlier review and {Status(later)} in the later",
    };

    private static string Status(ItemStatus? status) => status switch
    {
        ItemStatus.Rated => "rated",
        ItemStatus.NotApplicable => "not applicable",
        ItemStatus.Excluded => "out of scope",
        _ => "unrated",
    };

    /// <summary>Item ids with runs of the domain's consecutive items joined: "COM.2–COM.9", "PCC.1, PCC.4 and PCC.6–PCC.8".</summary>
    private static string Ranges(List<string> ids, List<string> order)
    {
        var positions = ids.Select(id => order.IndexOf(id)).Order().ToList();
        var runs = new List<string>();
        for (var start = 0; start < positions.Count;)
        {
            var end = start;
            while (end + 1 < positions.Count && positions[end + 1] == positions[end] + 1)
            {
                end++;
            }

            runs.Add(end == start ? order[positions[start]] : $"{order[positions[start]]}–{order[positions[end]]}");
            start = end + 1;
        }

        return Display.List(runs);
    }

    /// <summary>"developing → maturing"; for a change not called, each as its card reads it: "no stage → developing", "maturing or thriving → maturing".</summary>
    public static string Describe(StageChange change) => $"{change.Earlier} → {change.Later}";
}
