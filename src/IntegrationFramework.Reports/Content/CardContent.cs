using System.Globalization;
using IntegrationFramework.Checklists;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>
/// The parts of a score card every report that shows one builds alike — the card itself and a roll-up's card: the
/// header, the headline with its cautions, the domains' chart, the themes, the work list and the footer.
/// </summary>
internal static class CardContent
{
    /// <summary>The anchor of an item's row in the appendix: <c>item-TRA.1</c>.</summary>
    public static string ItemAnchor(string itemId) => $"item-{itemId}";

    /// <summary>The anchor of the consensus meeting's section.</summary>
    public const string ConsensusAnchor = "consensus";

    /// <summary>The lines under the heading: the footprint and date, then the framework and policy.</summary>
    public static List<Text> About(ScoreCard card, Framework framework)
    {
        var footprint = card.Footprint;
        var population = footprint.Population is { } people ? $", population {people.ToString("N0", CultureInfo.InvariantCulture)}" : string.Empty;
        return
        [
            $"{footprint}{population}, assessed {Display.Date(card.AssessedOn)}",
            $"{framework.Document}, framework {framework.Id} {framework.Version}, policy {card.PolicyId}",
        ];
    }

    /// <summary>What each printed page's footer names: the footprint and the date.</summary>
    public static string Printed(ScoreCard card) => $"{card.Footprint.Name} ({card.Footprint.Code}) · {Display.Date(card.AssessedOn)}";

    /// <summary>The closing lines: the policy, the framework and the tool, then the source.</summary>
    public static List<Text> Footer(string policyId, Framework framework)
        =>
        [
            ((Text)"Scored under the ").Then(policyId, Style.Strong).Then(" scoring policy · framework ").Then(framework.Id, Style.Strong)
                .Then($" version {framework.Version} · IntegrationFramework {HtmlPage.Version}."),
            $"Source: {framework.Document.Citation}.",
        ];

    /// <summary>
    /// The overall score with its stage, band, coverage and target; any caution that the headline may mislead; and who
    /// rated how much.
    /// </summary>
    public static IEnumerable<Block> Headline(ScoreCardReport report)
    {
        var overall = report.Card.Overall;
        var band = report.Bands?.Overall;
        yield return new Headline(Display.Score(overall.Score), BandWords.Stage(overall.Score, overall.Stage, band, BandWords.MeanWithheld), BandWords.Band(band), Display.Percent(overall.Coverage), Display.Score(overall.TargetScore));
        var cautions = CardSummary.Cautions(report);
        if (cautions.Count > 0)
        {
            yield return new Caution(string.Join(" ", cautions));
        }

        if (report.Bands is { Partners.IsEmpty: false } bands)
        {
            yield return Note($"Items rated of those applicable: {string.Join(" · ", bands.Partners.Select(p => BandWords.Coverage(report.PartnerName(p.AssessorId), p)))}.") with { Marks = Marks.Classes("note returns") };
        }
    }

    /// <summary>What the bands are, or that the card has none to show.</summary>
    public static Paragraph BandsExplained(ScoreCardReport report)
        => Note(report.Bands is { } bands
            ? BandWords.Explain(bands)
            : "How sure each score is is not known: the card carries no bands and the report has no assessment to work them out from (score with Scorer.ScoreWithBands, or give the report the assessment).") with { Marks = Marks.Classes("note bands") };

    /// <summary>The domains' scores and targets: the radar chart beside its legend, and a table of every domain where the chart cannot be drawn.</summary>
    public static Chart Domains(ScoreCardReport report)
    {
        var card = report.Card;
        var domains = report.Framework.Checklist.Domains;
        var peers = report.Peers;
        var bands = report.Bands;
        List<Column> columns =
        [
            new("Domain", Width: 40), new("Score", Numeric: true, Width: 6), new("Band", Width: 11), new("Stage", Width: 26), new("Coverage", Numeric: true, Width: 8),
            new("Alpha", Numeric: true, Width: 5), new("Target", Numeric: true, Width: 6), .. peers is null ? (Column[])[] : [new("Peers", Width: 29)],
        ];
        var rows = new List<Row>();
        for (var d = 0; d < card.Domains.Count; d++)
        {
            var domain = card.Domains[d];
            var name = $"{domain.Code} {report.Framework.Checklist.FindDomain(domain.Code)?.Name}";
            var standing = peers is null ? [] : new List<Text> { Display.PercentileShort(peers.For(domain.Code)) };
            var band = bands?.Domains[d];
            rows.Add(new Row(domain.Excluded
                ? [name, Display.None, string.Empty, "out of scope", string.Empty, string.Empty, string.Empty, .. standing.Select(_ => (Text)string.Empty)]
                : [name, Display.Score(domain.Score), BandWords.Band(band), BandWords.Stage(domain.Score, domain.Stage, band, BandWords.DomainWithheld).Words, Display.Percent(domain.Coverage), Display.Alpha(domain.Alpha), Display.Score(domain.TargetScore), .. standing]));
        }

        return new Chart(
            $"Domain scores of {card.Footprint.Name}, with the targets",
            bands is { Method: not BandMethod.TooFewPartners }
                ? "Solid blue: the scores; pale bars: their bands, how far each moves with whose views were sought (a noise band, not a confidence interval); dashed black: the targets. Rings at 25, 50 and 75 mark the stages' tops; the outline stops at an axis without a score."
                : "Solid blue: the scores; dashed black: the targets. Rings at 25, 50 and 75 mark the stages' tops. Where a domain has no score the outline stops at its axis.",
            Axes(domains, d => card.FindDomain(d.Code) is { Excluded: true }),
            [
                new RadarSeries("score", Scores(domains, d => card.FindDomain(d.Code)?.Score), "#1570ef", "#2e90fa", false),
                new RadarSeries("target", Scores(domains, d => card.FindDomain(d.Code)?.TargetScore), "#101828", "none", true),
            ],
            new Table(columns, rows),
            bands is null ? null : [.. bands.Domains]);
    }

    /// <summary>The themes' scores, stages and targets.</summary>
    public static Section Themes(ScoreCardReport report)
        => new("themes", "Themes", [new ThemeBars([.. report.Card.Themes.Select((t, i) => Theme(report, t, report.Bands?.Themes[i]))])]);

    private static ThemeBar Theme(ScoreCardReport report, ThemeScore theme, ScoreBand? band)
        => new(theme.Code, report.Framework.Checklist.FindTheme(theme.Code)?.Name ?? theme.Code, theme.Score, BandWords.Stage(theme.Score, theme.Stage, band, BandWords.MeanWithheld), BandWords.Band(band), theme.TargetScore);

    /// <summary>How many items the partners are split or partly agree on, pointing at the consensus meeting's section; and how many the meeting agreed.</summary>
    public static IEnumerable<Block> Agreement(ScoreCardReport report)
    {
        var card = report.Card;
        if (card.RolledUp)
        {
            yield return new Paragraph("A roll-up's items are its children's: how far each child's partners agree, and what they split on, is on that child's card.") { Marks = Marks.Classes("split-count") };
            yield break;
        }

        yield return new Paragraph(CardSummary.Split(report)) { Marks = Marks.Of("split", card.Items.Count(i => i.Agreement == Scoring.Agreement.Split).ToString(CultureInfo.InvariantCulture), "split-count") };
        if (CardSummary.AgreedCount(card) is { } agreed)
        {
            yield return new Paragraph(agreed) { Marks = Marks.Classes("agreed-count") };
        }
    }

    /// <summary>What to work on next: the first ten of the work list, with how it is ordered and where the rest are.</summary>
    public static Section Work(ScoreCardReport report)
    {
        if (report.Card.RolledUp)
        {
            return RolledUpWork(report);
        }

        var gaps = report.Gaps.Items;
        if (gaps.IsEmpty)
        {
            return new("work", "What to work on next", [Note($"Every rated item has reached its target and no partners are split. {GapAnalysis.NoTargetRule}")]);
        }

        var more = gaps.Count > CardSummary.TopActions ? $" The first {CardSummary.TopActions} of {gaps.Count}; the rest are in the appendix." : string.Empty;
        return new("work", "What to work on next",
        [
            Note($"Split and uncertain items first, to agree where you stand; then items by their gap to target, weighted by the policy. {GapAnalysis.NoTargetRule}{more}"),
            WorkItems(report, 0, Math.Min(CardSummary.TopActions, gaps.Count), "gaps"),
        ]);
    }

    /// <summary>
    /// What a roll-up can say about what to work on: not items (a rolled-up item has no consensus or target of its own,
    /// only the children's mean points and the range of their levels), but the domains whose score is furthest below the
    /// children's mean target, largest shortfall first.
    /// </summary>
    private static Section RolledUpWork(ScoreCardReport report)
    {
        var checklist = report.Framework.Checklist;
        var below = report.Card.Domains
            .Where(d => d is { Score: { } score, TargetScore: { } target } && target - score > 1e-9)
            .OrderByDescending(d => d.TargetScore!.Value - d.Score!.Value)
            .Select(d => new ListItem(Text.Of($"{d.Code} {checklist.FindDomain(d.Code)?.Name}", Style.Strong).Then($": {Display.Score(d.Score)}, the children's mean target {Display.Score(d.TargetScore)} ({Display.Score(d.TargetScore - d.Score)} short)"), Marks.Of("domain", d.Code)))
            .ToList();
        const string Why = "A roll-up has no consensus of its own to work from: a rolled-up item's points are the children's mean (weighted as the roll-up says), with the lowest and highest of their levels, and no partnership rated it at this footprint. Each child's own card says which items to work on next.";
        return new("work", "What to work on next", below.Count == 0
            ? [Note($"{Why} No domain is below the children's mean target.")]
            : [Note($"{Why} The domains below the children's mean target, furthest first:"), new ItemList(below, Ordered: false) { Marks = Marks.Classes("short") }]);
    }

    /// <summary>The rest of the work list, after the first ten; null when there is no more.</summary>
    public static Section? MoreWork(ScoreCardReport report)
        => report.Gaps.Items.Count > CardSummary.TopActions
            ? new("work-more", "Everything else to work on", [WorkItems(report, CardSummary.TopActions, report.Gaps.Items.Count, "gaps-more")])
            : null;

    /// <summary>Items <paramref name="from"/> to <paramref name="to"/> of the work list, numbered as in the whole list.</summary>
    private static ItemList WorkItems(ScoreCardReport report, int from, int to, string @class)
    {
        var items = new List<ListItem>();
        for (var g = from; g < to; g++)
        {
            var gap = report.Gaps.Items[g];
            var text = Text.Of(gap.ItemId, Style.Strong).Then($" {report.Framework.Checklist.FindItem(gap.ItemId)?.Text} ").Then($"({CardSummary.Aim(report.Card, gap)})", Style.Quiet);
            var tag = gap.NeedsConsensusDiscussion ? CardSummary.Tag(report.Card.FindItem(gap.ItemId)) : null;
            text = tag is not null ? text.Then(" ").Then(tag, Style.Tag) : text;
            text = ActionContent.Beside(report, gap.ItemId) is { } action ? text.Then(" — ").Then(action, Style.Quiet) : text;
            items.Add(new(text, Marks.Of("item", gap.ItemId)));
        }

        return new ItemList(items, Ordered: true, Start: from + 1) { Marks = Marks.Classes(@class) };
    }

    /// <summary>A quieter paragraph that says how to read what follows.</summary>
    public static Paragraph Note(Text text) => new(text) { Marks = Marks.Classes("note") };

    /// <summary>An axis per domain: its code, name, and what a missing value means there.</summary>
    public static RadarAxis[] Axes(Collections.EquatableArray<Domain> domains, Func<Domain, bool> excluded)
    {
        var axes = new RadarAxis[domains.Count];
        for (var d = 0; d < axes.Length; d++)
        {
            var outOfScope = excluded(domains[d]);
            axes[d] = new RadarAxis(domains[d].Code, domains[d].Name, outOfScope ? "out of scope" : "not rated", outOfScope);
        }

        return axes;
    }

    /// <summary>A value per domain, in the checklist's order (a loop, not LINQ: no generic code to compile at start-up).</summary>
    public static double?[] Scores(Collections.EquatableArray<Domain> domains, Func<Domain, double?> score)
    {
        var scores = new double?[domains.Count];
        for (var d = 0; d < scores.Length; d++)
        {
            scores[d] = score(domains[d]);
        }

        return scores;
    }
}
