using System.Globalization;
using IntegrationFramework.Reports.Content;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>The sentences every format of a score card's summary shares: the cautions and how many items are split.</summary>
internal static class CardSummary
{
    /// <summary>How many things to work on the summary lists; the rest are in the appendix.</summary>
    public const int TopActions = 10;

    /// <summary>Below this share of applicable items rated, the summary cautions that the scores may move.</summary>
    public const double CautionBelowCoverage = 0.8;

    /// <summary>Why the headline may mislead: low coverage, or a theme with no score.</summary>
    public static List<string> Cautions(ScoreCardReport report)
    {
        var card = report.Card;
        var cautions = new List<string>();
        if (card.Overall.Coverage is null or < CautionBelowCoverage)
        {
            cautions.Add($"Only {Display.Percent(card.Overall.Coverage ?? 0)} of the applicable items are rated, so the scores may move as more are rated.");
        }

        foreach (var theme in card.Themes)
        {
            if (theme.Score is null)
            {
                cautions.Add($"The theme {theme.Code} {report.Framework.Checklist.FindTheme(theme.Code)?.Name} has no score: none of its items in scope is rated, so the overall score leaves it out.");
            }
        }

        return cautions;
    }

    /// <summary>What a split item is tagged with, in the work list and the appendix.</summary>
    public const string SplitTag = "split: agree where you stand first";

    /// <summary>How many items the partners are split or partly agree on, pointing at the consensus meeting's section.</summary>
    public static Text Split(ScoreCard card)
    {
        var split = card.Items.Count(i => i.Agreement == Agreement.Split);
        var partial = card.Items.Count(i => i.Agreement == Agreement.Partial);
        return split == 0 && partial == 0
            ? "The partners agree within a level on every rated item."
            : ((Text)$"The partners are split (three levels or more apart) on {Items(split)} and partly agree (two levels apart) on {Items(partial)}: see “")
                .Then("For the consensus meeting", Style.Link, CardContent.ConsensusAnchor).Then("”.");
    }

    /// <summary>
    /// How many items the consensus meeting agreed, or null when it agreed none (or has not met): "The consensus meeting
    /// agreed 3 items: …".
    /// </summary>
    public static string? AgreedCount(ScoreCard card)
    {
        var agreed = card.Items.Count(i => i.AgreedByMeeting);
        return agreed == 0 ? null : $"The consensus meeting agreed {Items(agreed)}: for each, the level it agreed is the consensus, and the partners' median is kept beside it.";
    }

    /// <summary>An item's consensus for a table cell: "in place", "in place (agreed)" where the meeting agreed it, or its status.</summary>
    public static string Consensus(ItemScore item)
        => item.Status != ItemStatus.Rated ? Display.Status(item.Status)
            : item.AgreedByMeeting ? $"{Display.Median(item.Consensus)} (agreed)"
            : Display.Median(item.Consensus);

    /// <summary>
    /// What the meeting agreed for an item, in words, or null when it agreed nothing: "Agreed on 2 March 2026 by Croydon
    /// consensus workshop (the partners' median: planned): the alliance agreement is signed."
    /// </summary>
    public static string? AgreedNote(ScoreCardReport report, ItemScore item)
    {
        if (!item.AgreedByMeeting || report.AgreedFor(item.ItemId) is not { } agreed)
        {
            return null;
        }

        var target = agreed.Target is { } aim ? $", target {Display.Progress(aim)}" : string.Empty;
        return $"Agreed {Display.Progress(agreed.Progress)}{target} on {Display.Date(agreed.AgreedOn)} by {agreed.AgreedBy} (the partners' median: {Display.Median(item.Median)}): {agreed.Rationale}";
    }

    /// <summary>"1 item", "3 items".</summary>
    public static string Items(int count) => count == 1 ? "1 item" : $"{count.ToString(CultureInfo.InvariantCulture)} items";

    /// <summary>An entry of the work list in words: "not started → embedded, gap 4" or "planned, no target set".</summary>
    public static string Aim(ItemGap gap)
        => gap.TargetIsDefault ? $"{Display.Median(gap.Consensus)}, no target set" : $"{Display.Median(gap.Consensus)} → {Display.Median(gap.Target)}, gap {Display.Gap(gap.Gap)}";
}
