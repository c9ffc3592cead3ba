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

    /// <summary>
    /// Why the headline may mislead: one partner's view; low coverage overall, or in a domain; a partner who rated fewer
    /// than half the items; a theme with no score.
    /// </summary>
    public static List<string> Cautions(ScoreCardReport report)
    {
        var card = report.Card;
        var cautions = new List<string>();
        var partners = report.Bands?.Partners.Where(p => p.Rated > 0).ToList() ?? [];
        if (partners.Count == 1)
        {
            cautions.Add($"This card is one partner's view ({report.PartnerName(partners[0].AssessorId)}), not a consensus.");
        }

        if (card.Overall.Coverage is null or < CautionBelowCoverage)
        {
            cautions.Add($"Only {Display.Percent(card.Overall.Coverage ?? 0)} of the applicable items are rated, so the scores may move as more are rated.");
        }

        var thin = card.Domains.Where(d => !d.Excluded && d.Coverage is < CautionBelowCoverage).Select(d => $"{d.Code} ({Display.Percent(d.Coverage)})").ToList();
        if (thin.Count > 0)
        {
            cautions.Add($"Less than 80 % rated: {string.Join(", ", thin)}.");
        }

        var few = report.Bands?.Partners.Where(p => p.RatedLessThanHalf).Select(p => BandWords.Coverage(report.PartnerName(p.AssessorId), p)).ToList() ?? [];
        if (few.Count > 0)
        {
            cautions.Add($"Rated fewer than half the applicable items: {string.Join(", ", few)}.");
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

    /// <summary>What an uncertain item is tagged with, in the work list and the appendix.</summary>
    public const string UncertainTag = "uncertain: agree where you stand first";

    /// <summary>Whether no one level speaks for the partners: the item is uncertain and the consensus meeting has not agreed it.</summary>
    public static bool ShowsRange(ItemScore item) => item.Uncertain && !item.AgreedByMeeting;

    /// <summary>The range of levels an item's partners gave: "planned to embedded".</summary>
    public static string LevelRange(ItemScore item) => $"{Display.Progress(item.LowestLevel)} to {Display.Progress(item.HighestLevel)}";

    /// <summary>The tag of an item the partners should agree on first, uncertain before split; null for none.</summary>
    public static string? Tag(ItemScore? item)
        => item is not { AgreedByMeeting: false } open ? null
            : open.Uncertain ? UncertainTag
            : open.Agreement == Agreement.Split ? SplitTag
            : null;

    /// <summary>
    /// How many items the partners are split or partly agree on, and how many are uncertain, pointing at the consensus
    /// meeting's section; with one partner, that there is no agreement to measure.
    /// </summary>
    public static Text Split(ScoreCardReport report)
    {
        var card = report.Card;
        if (report.Bands is { } bands && bands.Partners.Count(p => p.Rated > 0) <= 1)
        {
            return "One partner rated, so there is no agreement between partners to measure.";
        }

        var split = card.Items.Count(i => i.Agreement == Agreement.Split);
        var partial = card.Items.Count(i => i.Agreement == Agreement.Partial);
        var uncertain = card.Items.Count(i => i.Uncertain);
        var unsure = uncertain == 0 ? string.Empty : $"; {uncertain.ToString(CultureInfo.InvariantCulture)} {(uncertain == 1 ? "is" : "are")} uncertain";
        return split == 0 && partial == 0
            ? "The partners agree within a level on every rated item."
            : ((Text)$"The partners are split (three levels or more apart) on {Items(split)} and partly agree (two apart) on {Items(partial)}{unsure}: see “")
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

    /// <summary>
    /// An item's consensus for a table cell: "in place", "in place (agreed)" where the meeting agreed it, the range of
    /// levels given where it is uncertain ("planned to embedded, uncertain"), a rolled-up item's children's levels
    /// ("children planned to embedded"), or its status.
    /// </summary>
    public static string Consensus(ItemScore item)
        => item.Status != ItemStatus.Rated ? Display.Status(item.Status)
            : item.Consensus is null ? $"children {LevelRange(item)}"
            : item.AgreedByMeeting ? $"{Display.Median(item.Consensus)} (agreed)"
            : item.Uncertain ? $"{LevelRange(item)}, uncertain"
            : Display.Median(item.Consensus);

    /// <summary>An item's target with how many of its partners set one, for a table: "embedded (1 of 5)", or "—".</summary>
    public static string Target(ItemScore? item)
        => item?.Target is not { } target ? Display.None
            : item.Value.AgreedByMeeting && item.Value.TargetSetters == 0 ? $"{Display.Median(target)} (agreed)"
            : $"{Display.Median(target)} ({item.Value.TargetSetters.ToString(CultureInfo.InvariantCulture)} of {item.Value.Ratings.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>An item's target in a sentence: "target embedded (1 of 5 partners set one)", or "no target set".</summary>
    public static string TargetSentence(ItemScore item)
        => item.Target is not { } target ? "no target set"
            : item.AgreedByMeeting && item.TargetSetters == 0 ? $"target {Display.Median(target)} (agreed by the meeting)"
            : $"target {Display.Median(target)} ({item.TargetSetters.ToString(CultureInfo.InvariantCulture)} of {item.Ratings.ToString(CultureInfo.InvariantCulture)} partners set one)";

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

    /// <summary>
    /// An entry of the work list in words: "not started → embedded, gap +4, 1 of 5 set a target" or "planned, no target
    /// set"; an uncertain item gives the range of levels instead of one, and no gap: "levels planned to embedded → embedded".
    /// </summary>
    public static string Aim(ScoreCard card, ItemGap gap)
    {
        var item = card.FindItem(gap.ItemId);
        var uncertain = item is { } found && ShowsRange(found);
        var from = uncertain ? $"levels {LevelRange(item!.Value)}" : Display.Median(gap.Consensus);
        if (gap.TargetIsDefault)
        {
            return $"{from}, no target set";
        }

        var set = item is { TargetSetters: > 0 } setters ? $", {setters.TargetSetters.ToString(CultureInfo.InvariantCulture)} of {setters.Ratings.ToString(CultureInfo.InvariantCulture)} set a target" : string.Empty;
        return uncertain ? $"{from} → {Display.Median(gap.Target)}{set}" : $"{from} → {Display.Median(gap.Target)}, gap {Display.Gap(gap.Gap)}{set}";
    }
}
