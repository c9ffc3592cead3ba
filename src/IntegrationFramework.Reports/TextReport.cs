using System.Globalization;
using System.Text;
using IntegrationFramework.Checklists;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>Renders score cards, comparisons and roll-ups as plain text for a terminal, in columns.</summary>
public static class TextReport
{
    /// <summary>
    /// Renders a score card report, summary first: the overall score with any caution, the themes and domains, how many
    /// items are split and the top ten things to work on; then each domain's score explained item by item, the consensus
    /// meeting's items with each partner's rating, and every item.
    /// </summary>
    /// <param name="report">The report's content.</param>
    /// <returns>The text, with a line break after every line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ScoreCardReport report)
    {
        Preconditions.NotNull(report);
        var text = new StringBuilder();
        Card(text, report);
        Gaps(text, report);
        text.AppendLine().AppendLine("How each domain's score is made");
        foreach (var domain in report.Framework.Checklist.Domains)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {domain.Code,-10} {ScoreExplanation.Of(report, domain.Code).Describe(id => id, t => t)}");
        }

        text.AppendLine().AppendLine("For the consensus meeting");
        Consensus(text, report);
        text.AppendLine().AppendLine("Every item                  consensus            points  agreement (ratings)  target");
        foreach (var item in report.Card.Items)
        {
            var consensus = CardSummary.Consensus(item);
            text.AppendLine(CultureInfo.InvariantCulture, $"  {item.ItemId,-25} {consensus,-20} {Display.Score(item.Points),6}  {$"{Display.Agreement(item.Agreement)} ({item.Ratings})",-19}  {Display.Progress(item.Target)}");
        }

        if (CardSummary.AgreedCount(report.Card) is { } agreed)
        {
            text.AppendLine().AppendLine(agreed);
            foreach (var item in report.Card.Items)
            {
                if (CardSummary.AgreedNote(report, item) is { } note)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {item.ItemId,-10} {note}");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Renders the pack for the consensus meeting: each domain's alpha in plain words, then every item the partners are
    /// split or partly agree on, most apart first, with each partner's level, target and evidence.
    /// </summary>
    /// <param name="report">The report, with the assessment whose ratings the meeting discusses.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no assessment, so no partner's ratings to show.</exception>
    public static string RenderAgenda(ScoreCardReport report)
    {
        Agenda.Require(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Consensus meeting pack: {report.Card.Footprint}, assessed {IsoDate.Format(report.Card.AssessedOn)}");
        Consensus(text, report);
        return text.ToString();
    }

    private static void Consensus(StringBuilder text, ScoreCardReport report)
    {
        text.AppendLine("  How alike the partners read each domain (Krippendorff's alpha)");
        foreach (var domain in report.Card.Domains.Where(d => !d.Excluded))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {domain.Code,-10} {Display.Alpha(domain.Alpha),5}  {Agenda.ReadAlpha(domain.Alpha)}");
        }

        var entries = Agenda.Items(report);
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"  {Agenda.Introduce(report, entries)}");
        foreach (var entry in entries)
        {
            var score = entry.Score;
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"  {entry.ItemId} {entry.Text}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Agenda.Standing(entry)}");
            foreach (var rating in entry.Ratings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {rating.Assessor,-28} {Agenda.Describe(rating)}");
                if (rating.Evidence is { } evidence)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      evidence: {evidence.ReplaceLineEndings(" ")}");
                }
            }
        }
    }

    /// <summary>Renders a roll-up: the wider footprint's card, its children, and the weakest child in each domain.</summary>
    /// <param name="rollup">The roll-up.</param>
    /// <param name="policy">The policy the children were scored under; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollup"/> is null.</exception>
    public static string Render(Rollup rollup, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(rollup);
        var report = ScoreCardReport.For(rollup.Card, policy: policy);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Roll-up of {rollup.Children.Count} footprints, {(rollup.PopulationWeighted ? "weighted by population" : "weighted equally")}: {string.Join(", ", rollup.Children.Select(c => c.Name))}");
        Card(text, report);
        text.AppendLine().AppendLine("Weakest child in each domain");
        foreach (var weakest in rollup.WeakestChildren)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {weakest.DomainCode,-10} {weakest.FootprintName} ({weakest.FootprintCode}) {Display.Score(weakest.Score)}");
        }

        return text.ToString();
    }

    /// <summary>Renders a comparison of two reviews: every change and change per year, the scores whose stage changed and the items that moved.</summary>
    /// <param name="trend">The comparison.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> is null.</exception>
    public static string Render(Trend trend)
    {
        Preconditions.NotNull(trend);
        var checklist = trend.Framework.Checklist;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{trend.Footprint}: {IsoDate.Format(trend.Earlier)} to {IsoDate.Format(trend.Later)} ({trend.Years.ToString("0.0", CultureInfo.InvariantCulture)} years), {trend.Framework.Id}, policy {trend.PolicyId}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"",-46} {"earlier",8} {"later",8} {"change",8} {"per year",9}");
        Change(text, "Overall", trend.Overall);
        foreach (var theme in trend.Themes)
        {
            Change(text, $"{theme.Code} {checklist.FindTheme(theme.Code)?.Name}", theme);
        }

        foreach (var domain in trend.Domains)
        {
            Change(text, $"{domain.Code} {checklist.FindDomain(domain.Code)?.Name}", domain);
        }

        var stages = TrendContent.StageChanges(trend);
        text.AppendLine().AppendLine(stages.Count == 0 ? "No score changed stage." : "Stages that changed");
        foreach (var change in stages)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Clip(change.Name, 46),-46} {TrendContent.Describe(change)}");
        }

        var moved = TrendContent.MovedItems(trend);
        text.AppendLine().AppendLine(moved.Count == 0 ? "No item's points changed." : $"{"Items that moved",-48} {"earlier",8} {"later",8} {"change",8}");
        foreach (var item in moved)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {Clip($"{item.Code} {checklist.FindItem(item.Code)?.Text}", 46),-46} {Display.Score(item.Earlier),8} {Display.Score(item.Later),8} {Display.Signed(item.Difference),8}");
        }

        return text.ToString();
    }

    private static void Change(StringBuilder text, string name, ScoreChange change)
        => text.AppendLine(CultureInfo.InvariantCulture, $"  {Clip(name, 46),-46} {Display.Score(change.Earlier),8} {Display.Score(change.Later),8} {Display.Signed(change.Difference),8} {Display.Signed(change.PerYear),9}");

    private static void Card(StringBuilder text, ScoreCardReport report)
    {
        var card = report.Card;
        var checklist = report.Framework.Checklist;
        text.AppendLine(CultureInfo.InvariantCulture, $"{card.Footprint}, assessed {IsoDate.Format(card.AssessedOn)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Framework.Document}, framework {report.Framework.Id} {report.Framework.Version}, policy {card.PolicyId}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Overall  {Display.Score(card.Overall.Score)}  {Display.Stage(card.Overall.Stage)}  coverage {Display.Percent(card.Overall.Coverage)}  target {Display.Score(card.Overall.TargetScore)}");
        text.AppendLine().AppendLine("Themes");
        foreach (var theme in card.Themes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {theme.Code,-16} {Clip(checklist.FindTheme(theme.Code)?.Name ?? string.Empty, 44),-44} {Display.Score(theme.Score),6}  {Display.Stage(theme.Stage)}");
        }

        var peers = report.Peers;
        text.AppendLine().AppendLine("Domains                                                         score  stage       coverage  alpha  target" + (peers is null ? string.Empty : "  peers"));
        foreach (var domain in card.Domains)
        {
            var name = Clip(checklist.FindDomain(domain.Code)?.Name ?? string.Empty, 50);
            var standing = peers is null ? string.Empty : $"  {Display.PercentileShort(peers.For(domain.Code))}";
            text.AppendLine(domain.Excluded
                ? $"  {domain.Code,-10} {name,-50} excluded"
                : string.Create(CultureInfo.InvariantCulture, $"  {domain.Code,-10} {name,-50} {Display.Score(domain.Score),6}  {Display.Stage(domain.Stage),-10}  {Display.Percent(domain.Coverage),8}  {Display.Alpha(domain.Alpha),5}  {Display.Score(domain.TargetScore),6}{standing}"));
        }

        if (peers is not null)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Peers: {peers.Describe()}"));
        }

        var split = new List<string>();
        foreach (var item in card.Items)
        {
            if (item.Agreement == Agreement.Split)
            {
                split.Add(item.ItemId);
            }
        }

        text.AppendLine().AppendLine(split.Count == 0
            ? "No item splits the partners."
            : $"Partners are split (three levels or more apart) on {split.Count} {(split.Count == 1 ? "item" : "items")}: {string.Join(", ", split)}");
        foreach (var caution in CardSummary.Cautions(report))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Caution: {caution}");
        }
    }

    private static void Gaps(StringBuilder text, ScoreCardReport report)
    {
        var gaps = report.Gaps;
        text.AppendLine().AppendLine("What to work on next");
        if (gaps.Items.IsEmpty)
        {
            text.AppendLine("  Every rated item has reached its target.");
        }

        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {GapAnalysis.NoTargetRule}");
        }

        var position = 1;
        for (var g = 0; g < Math.Min(CardSummary.TopActions, gaps.Items.Count); g++)
        {
            var gap = gaps.Items[g];
            text.AppendLine(CultureInfo.InvariantCulture, $"  {position++,2}. {gap.ItemId,-13} {CardSummary.Aim(gap)}{(gap.NeedsConsensusDiscussion ? "; partners are split: discuss first" : string.Empty)}");
        }

        if (gaps.Items.Count > CardSummary.TopActions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  … and {gaps.Items.Count - CardSummary.TopActions} more");
        }

        foreach (var weak in gaps.WeakDomains)
        {
            var examples = weak.CaseExamples.Take(2).Select(e => $"\"{e.Title}\" (p. {e.Source.Page?.ToString(CultureInfo.InvariantCulture) ?? "n/a"})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {weak.DomainCode} is {Display.Stage(weak.Stage)} ({Display.Score(weak.Score)}); see {string.Join(" and ", examples)}");
        }
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    /// <summary>The catalogue of <paramref name="frameworks"/>: each framework's themes, domains and items, with the page each item comes from.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> or one of them is null.</exception>
    public static string Render(IEnumerable<Framework> frameworks)
    {
        Preconditions.NotNull(frameworks);
        var text = new StringBuilder();
        foreach (var framework in frameworks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{framework.Title} [{framework.Id} {framework.Version}]: {framework.Checklist}");
            foreach (var theme in framework.Checklist.Themes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {theme.Code}  {theme.Name}");
                foreach (var domain in theme.Domains)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {domain.Code}  {domain.Name} ({domain.Items.Count} items)");
                    foreach (var item in domain.Items)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"      {item.Id,-13} {item.Text}{Display.Page(item.Source)}");
                    }
                }
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"Source: {framework.Document}, {framework.Document.Publishers}.").AppendLine();
        }

        return text.ToString();
    }
}
