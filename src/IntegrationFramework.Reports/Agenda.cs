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

    /// <summary>The split and partial items the meeting has not yet agreed: uncertain ones first, then by spread (widest first), then gap (largest first), then the checklist's order.</summary>
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

        // Uncertain items first: no one level speaks for the partners. A stable sort: ties keep the checklist's order.
        return [.. entries.OrderByDescending(e => e.Score.Uncertain).ThenByDescending(e => e.Spread).ThenByDescending(e => e.Gap)];
    }

    /// <summary>
    /// What the list of items to agree holds, in a sentence: how many, in what order, and how many the meeting has
    /// agreed already (those are marked in the card's appendix, not listed again).
    /// </summary>
    public static string Introduce(ScoreCardReport report, List<Entry> entries)
    {
        var agreed = report.Card.Items.Count(i => i.AgreedByMeeting);
        var done = agreed == 0 ? string.Empty : $" The consensus meeting has agreed {CardSummary.Items(agreed)} already; they are not listed again.";
        var alone = report.Bands is { } bands && bands.Partners.Count(p => p.Rated > 0) <= 1;
        return entries.Count == 0
            ? alone ? "One partner rated: there is nothing between partners to settle." : agreed == 0 ? "The partners agree within a level on every rated item: nothing to settle." : $"Nothing left to settle.{done}"
            : $"{CardSummary.Items(entries.Count)} on which the partners are split or partly agree: uncertain ones first, then most apart, then by gap to target. The consensus shown is the median of the levels; an uncertain item shows the range of levels given instead, as no one level speaks for the partners.{done}";
    }

    /// <summary>
    /// Where an item stands, in words: "uncertain: levels from planned to embedded, 3 apart; target embedded (1 of 5
    /// partners set one)", with no gap, as no one level stands for the partners; "split, 4 levels apart: one partner stands apart (Croydon VCSE); consensus in place, no
    /// target set"; "partial, 2 levels apart; consensus planned, …".
    /// </summary>
    public static string Standing(Entry entry)
    {
        var score = entry.Score;
        var target = CardSummary.TargetSentence(score);
        if (score.Uncertain)
        {
            return $"uncertain: levels from {CardSummary.LevelRange(score)}, {entry.Spread} apart; {target}";
        }

        var apart = score.Agreement == Agreement.Split && score.Median is { } median
            ? entry.Ratings.Where(r => r.Progress is { } p && p.IsLevel() && Math.Abs(p.Level() - median.Value) >= 2).Select(r => r.Assessor).ToList()
            : [];
        var who = apart.Count switch
        {
            0 => string.Empty,
            1 => $": one partner stands apart ({apart[0]})",
            _ => $": {apart.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} partners stand apart ({string.Join(" and ", apart)})",
        };
        return $"{Display.Agreement(score.Agreement)}, {entry.Spread} levels apart{who}; consensus {Display.Median(score.Consensus)}, {target}{Gap(score)}";
    }

    private static string Gap(ItemScore score) => score.Gap is { } gap ? $", gap {Display.Gap(gap)}" : string.Empty;

    /// <summary>A rating's level and target in words: "in place → embedded", "not rated".</summary>
    public static string Describe(PartnerRating rating)
        => rating.Progress is not { } progress ? "not rated"
            : rating.Target is { } target && target != progress ? $"{Display.Progress(progress)} → {Display.Progress(target)}"
            : Display.Progress(progress);

    /// <summary>
    /// A partner who rates apart, in a sentence: "Croydon VCSE: 0.27 levels below the others' median on
    /// average, over 86 items, and the furthest from the consensus on 6 of the 6 split or uncertain items."
    /// </summary>
    public static string Pattern(ScoreCardReport report, PartnerPattern pattern)
    {
        var offset = pattern.MeanOffset ?? 0;
        var side = offset < 0 ? "below" : "above";
        return $"{report.PartnerName(pattern.AssessorId)}: {Math.Abs(offset).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} levels {side} the others' median on average, over {CardSummary.Items(pattern.ItemsCompared)}, and the furthest from the consensus on {pattern.FurthestOut.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the {pattern.ItemsApart.ToString(System.Globalization.CultureInfo.InvariantCulture)} split or uncertain items.";
    }
}
