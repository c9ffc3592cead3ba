using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>
/// What the consensus meeting discusses: every item on which the partners are split or partly agree, most apart first,
/// with each partner's rating side by side; and each domain's alpha read in plain words.
/// </summary>
internal static class Agenda
{
    /// <summary>An item to discuss: its score, how far apart the partners are (levels), its gap, and every partner's rating.</summary>
    public sealed record Entry(string ItemId, string DomainCode, string Text, ItemScore Score, int Spread, double Gap, List<PartnerRating> Ratings);

    /// <summary>One partner's rating of an item; <see cref="Progress"/> is null where the partner did not rate it.</summary>
    public sealed record PartnerRating(string Assessor, Progress? Progress, Progress? Target, string? Evidence);

    /// <summary>Throws unless the report has the assessment whose partners' ratings the pack shows.</summary>
    public static void Require(ScoreCardReport report)
    {
        Guards.Preconditions.NotNull(report);
        if (report.Assessment is null)
        {
            throw new ArgumentException("The consensus meeting pack shows each partner's ratings, so it needs the assessment: make the report with ScoreCardReport.For(card, assessment).", nameof(report));
        }
    }

    /// <summary>The split and partial items the meeting has not yet agreed, by spread (widest first), then gap (largest first), then the checklist's order.</summary>
    public static List<Entry> Items(ScoreCardReport report)
    {
        var entries = new List<Entry>();
        // Each partner's rating of each item, looked up once: the first, should an assessment given beside its card hold two.
        var rated = new Dictionary<(string Item, string Assessor), Rating>();
        foreach (var rating in report.Assessment?.Ratings ?? [])
        {
            rated.TryAdd((rating.ItemId, rating.AssessorId), rating);
        }

        foreach (var item in report.Framework.Checklist.Items)
        {
            if (report.Card.FindItem(item.Id) is not { Status: ItemStatus.Rated, Agreement: Agreement.Split or Agreement.Partial, AgreedByMeeting: false } score)
            {
                continue;
            }

            var ratings = new List<PartnerRating>();
            var (lowest, highest) = (int.MaxValue, int.MinValue);
            foreach (var assessor in report.Assessment?.Assessors ?? [])
            {
                var rating = rated.GetValueOrDefault((item.Id, assessor.Id));
                ratings.Add(new(assessor.Name, rating?.Progress, rating?.Target, rating?.Evidence));
                if (rating is { Progress: not Progress.NotApplicable } leveled)
                {
                    (lowest, highest) = (Math.Min(lowest, leveled.Progress.Level()), Math.Max(highest, leveled.Progress.Level()));
                }
            }

            var spread = highest >= lowest ? highest - lowest : score.Agreement == Agreement.Split ? 3 : 2;
            entries.Add(new(item.Id, item.DomainCode, item.Text, score, spread, score.Gap ?? 0, ratings));
        }

        // A stable sort: ties keep the checklist's order.
        return [.. entries.OrderByDescending(e => e.Spread).ThenByDescending(e => e.Gap)];
    }

    /// <summary>
    /// What the list of items to agree holds, in a sentence: how many, in what order, and how many the meeting has
    /// agreed already (those are marked in the card's appendix, not listed again).
    /// </summary>
    public static string Introduce(ScoreCardReport report, List<Entry> entries)
    {
        var agreed = report.Card.Items.Count(i => i.AgreedByMeeting);
        var done = agreed == 0 ? string.Empty : $" The consensus meeting has agreed {CardSummary.Items(agreed)} already; they are not listed again.";
        return entries.Count == 0
            ? agreed == 0 ? "The partners agree within a level on every rated item: nothing to settle." : $"Nothing left to settle.{done}"
            : $"{CardSummary.Items(entries.Count)} on which the partners are split or partly agree, most apart first, then by gap to target. The consensus shown is the median of the levels.{done}";
    }

    /// <summary>How alpha is read, before the table of each domain's.</summary>
    public const string AlphaRule = "Krippendorff's alpha over the partners' levels: at least 0.8, they read the domain alike; 0.667 to 0.8, broadly alike, so conclusions are tentative; below 0.667, they read it differently.";

    /// <summary>Krippendorff's alpha read in plain words, on his own thresholds (0.8 and 0.667).</summary>
    public static string ReadAlpha(double? alpha) => alpha switch
    {
        null => "no alpha: too few paired ratings to tell how alike the partners read this domain",
        >= 0.8 => "the partners read this domain alike",
        >= 0.667 => "broadly alike, conclusions tentative",
        _ => "they read it differently — agree what the items mean first",
    };

    /// <summary>
    /// Where an item stands, in words: "split, 4 levels apart; consensus planned, target embedded, gap 3", or "…; no
    /// target set" where no partner gave one.
    /// </summary>
    public static string Standing(Entry entry)
    {
        var score = entry.Score;
        var target = score.Target is { } t ? $"target {Display.Median(t)}, gap {Display.Gap(score.Gap)}" : "no target set";
        return $"{Display.Agreement(score.Agreement)}, {entry.Spread} levels apart; consensus {Display.Median(score.Consensus)}, {target}";
    }

    /// <summary>A rating's level and target in words: "in place → embedded", "not rated".</summary>
    public static string Describe(PartnerRating rating)
        => rating.Progress is not { } progress ? "not rated"
            : rating.Target is { } target && target != progress ? $"{Display.Progress(progress)} → {Display.Progress(target)}"
            : Display.Progress(progress);
}
