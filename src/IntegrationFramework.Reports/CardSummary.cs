using System.Globalization;
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

    /// <summary>How many items the partners are split or partly agree on.</summary>
    public static string Split(ScoreCard card, string pointer)
    {
        var split = card.Items.Count(i => i.Agreement == Agreement.Split);
        var partial = card.Items.Count(i => i.Agreement == Agreement.Partial);
        return split == 0 && partial == 0
            ? "The partners agree within a level on every rated item."
            : $"The partners are split (three levels or more apart) on {Items(split)} and partly agree (two levels apart) on {Items(partial)}: see {pointer}.";
    }

    /// <summary>"1 item", "3 items".</summary>
    public static string Items(int count) => count == 1 ? "1 item" : $"{count.ToString(CultureInfo.InvariantCulture)} items";

    /// <summary>An entry of the work list in words: "not started → embedded, gap 4" or "planned, no target set".</summary>
    public static string Aim(ItemGap gap)
        => gap.TargetIsDefault ? $"{Display.Progress(gap.Consensus)}, no target set" : $"{Display.Progress(gap.Consensus)} → {Display.Progress(gap.Target)}, gap {gap.Gap}";
}
