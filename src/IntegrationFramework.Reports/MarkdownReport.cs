using System.Globalization;
using System.Text;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>Renders score cards, comparisons and roll-ups as GitHub-flavoured Markdown, with tables.</summary>
public static class MarkdownReport
{
    /// <summary>Renders a score card report.</summary>
    /// <param name="report">The report's content.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ScoreCardReport report)
    {
        Preconditions.NotNull(report);
        var md = new StringBuilder();
        Card(md, report, $"# {Cell(report.Card.Footprint.Name)}: integration score card");
        Items(md, report);
        Gaps(md, report);
        Footer(md, report.Card.PolicyId, report.Framework);
        return md.ToString();
    }

    /// <summary>Renders a roll-up: the wider footprint's card, its children, and the weakest child in each domain.</summary>
    /// <param name="rollup">The roll-up.</param>
    /// <param name="policy">The policy the children were scored under; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollup"/> is null.</exception>
    public static string Render(Rollup rollup, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(rollup);
        var report = ScoreCardReport.For(rollup.Card, policy: policy);
        var md = new StringBuilder();
        Card(md, report, $"# {Cell(rollup.Card.Footprint.Name)}: roll-up of {rollup.Children.Count} footprints");
        md.AppendLine(rollup.PopulationWeighted ? "Every number is the population-weighted mean of the children's numbers." : "Children count equally: not every child has a population.").AppendLine();
        md.AppendLine("## Weakest child in each domain").AppendLine().AppendLine("| Domain | Child | Score |").AppendLine("| --- | --- | ---: |");
        foreach (var weakest in rollup.WeakestChildren)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {weakest.DomainCode} | {Cell(weakest.FootprintName)} ({Cell(weakest.FootprintCode)}) | {Display.Score(weakest.Score)} |");
        }

        md.AppendLine();
        Footer(md, rollup.Card.PolicyId, report.Framework);
        return md.ToString();
    }

    /// <summary>Renders a comparison of two reviews: every change and change per year, the scores whose stage changed and the items that moved.</summary>
    /// <param name="trend">The comparison.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> is null.</exception>
    public static string Render(Trend trend)
    {
        Preconditions.NotNull(trend);
        var framework = trend.Framework;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Cell(trend.Footprint.Name)}: {Display.Date(trend.Earlier)} to {Display.Date(trend.Later)}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{trend.Years.ToString("0.0", CultureInfo.InvariantCulture)} years between the reviews; per-year changes divide the change by them.").AppendLine();
        md.AppendLine("| Score | Earlier | Later | Change | Per year |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
        Row(md, "**Overall**", trend.Overall);
        foreach (var theme in trend.Themes)
        {
            Row(md, $"{theme.Code} {Cell(framework.Checklist.FindTheme(theme.Code)?.Name ?? string.Empty)}", theme);
        }

        foreach (var domain in trend.Domains)
        {
            Row(md, $"{domain.Code} {Cell(framework.Checklist.FindDomain(domain.Code)?.Name ?? string.Empty)}", domain);
        }

        md.AppendLine().AppendLine("## Stages that changed").AppendLine();
        var stages = TrendContent.StageChanges(trend);
        if (stages.Count == 0)
        {
            md.AppendLine("No score changed stage.");
        }

        foreach (var change in stages)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(change.Name)}**: {TrendContent.Describe(change)}");
        }

        md.AppendLine().AppendLine("## Items that moved").AppendLine();
        var moved = TrendContent.MovedItems(trend);
        if (moved.Count == 0)
        {
            md.AppendLine("No item's points changed.");
        }
        else
        {
            md.AppendLine("| Item | Earlier | Later | Change |").AppendLine("| --- | ---: | ---: | ---: |");
            foreach (var item in moved)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| **{item.Code}** {Cell(framework.Checklist.FindItem(item.Code)?.Text ?? string.Empty)} | {Display.Score(item.Earlier)} | {Display.Score(item.Later)} | {Display.Signed(item.Difference)} |");
            }
        }

        md.AppendLine();
        Footer(md, trend.PolicyId, framework);
        return md.ToString();
    }

    private static void Row(StringBuilder md, string name, ScoreChange change)
        => md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Display.Score(change.Earlier)} | {Display.Score(change.Later)} | {Display.Signed(change.Difference)} | {Display.Signed(change.PerYear)} |");

    private static void Card(StringBuilder md, ScoreCardReport report, string heading)
    {
        var card = report.Card;
        var checklist = report.Framework.Checklist;
        md.AppendLine(heading).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{Cell(card.Footprint.ToString())}, assessed {Display.Date(card.AssessedOn)} against *{Cell(report.Framework.Document.ToString())}*.").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**Overall {Display.Score(card.Overall.Score)}** ({Display.Stage(card.Overall.Stage)}), coverage {Display.Percent(card.Overall.Coverage)}, target {Display.Score(card.Overall.TargetScore)}.").AppendLine();
        md.AppendLine("| Theme | Score | Stage | Target |").AppendLine("| --- | ---: | --- | ---: |");
        foreach (var theme in card.Themes)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {theme.Code} {Cell(checklist.FindTheme(theme.Code)?.Name ?? string.Empty)} | {Display.Score(theme.Score)} | {Display.Stage(theme.Stage)} | {Display.Score(theme.TargetScore)} |");
        }

        var peers = report.Peers;
        md.AppendLine().AppendLine("| Domain | Score | Stage | Coverage | Alpha | Target |" + (peers is null ? string.Empty : " Peers |")).AppendLine("| --- | ---: | --- | ---: | ---: | ---: |" + (peers is null ? string.Empty : " --- |"));
        foreach (var domain in card.Domains)
        {
            var name = $"{domain.Code} {Cell(checklist.FindDomain(domain.Code)?.Name ?? string.Empty)}";
            var standing = peers is null ? string.Empty : $" {Display.Percentile(peers.For(domain.Code))} |";
            md.AppendLine(domain.Excluded
                ? $"| {name} | excluded | | | | |" + (peers is null ? string.Empty : " |")
                : $"| {name} | {Display.Score(domain.Score)} | {Display.Stage(domain.Stage)} | {Display.Percent(domain.Coverage)} | {Display.Alpha(domain.Alpha)} | {Display.Score(domain.TargetScore)} |{standing}");
        }

        if (peers is not null)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Peers: {Cell(peers.Describe())}");
        }

        md.AppendLine();
    }

    private static void Items(StringBuilder md, ScoreCardReport report)
    {
        md.AppendLine("## Items").AppendLine().AppendLine("| Item | Consensus | Agreement | Ratings | Target | Gap | Evidence |").AppendLine("| --- | --- | --- | ---: | --- | ---: | --- |");
        foreach (var item in report.Card.Items.Where(i => i.Status is ItemStatus.Rated))
        {
            var split = item.Agreement == Agreement.Split ? " ⚠ **split**" : string.Empty;
            var evidence = string.Join("; ", report.EvidenceFor(item.ItemId).Select(e => $"{e.Assessor}: {e.Evidence}"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {item.ItemId}{split} | {Display.Progress(item.Consensus)} | {Display.Agreement(item.Agreement)} | {item.Ratings} | {Display.Progress(item.Target)} | {Display.Gap(item.Gap)} | {Cell(evidence)} |");
        }

        md.AppendLine();
    }

    private static void Gaps(StringBuilder md, ScoreCardReport report)
    {
        md.AppendLine("## What to work on next").AppendLine();
        var position = 1;
        foreach (var gap in report.Gaps.Items)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{position++}. **{gap.ItemId}** {Cell(report.Framework.Checklist.FindItem(gap.ItemId)?.Text ?? string.Empty)} — {Display.Progress(gap.Consensus)} → {Display.Progress(gap.Target)}{(gap.NeedsConsensusDiscussion ? "; *partners are split: agree where you stand first*" : string.Empty)}");
        }

        if (report.Gaps.Items.IsEmpty)
        {
            md.AppendLine("Every rated item has reached its target.");
        }

        md.AppendLine();
        foreach (var weak in report.Gaps.WeakDomains)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{weak.DomainCode}** is {Display.Stage(weak.Stage)} ({Display.Score(weak.Score)}). Examples from the report:").AppendLine();
            foreach (var example in weak.CaseExamples.Take(3))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- *{Cell(example.Title)}* ({Cell(string.Join(", ", example.Places))}): {Cell(example.Summary)} — {Cell(example.Source.ToString())}");
            }

            md.AppendLine();
        }
    }

    private static void Footer(StringBuilder md, string policyId, Framework framework)
        => md.AppendLine(CultureInfo.InvariantCulture, $"---\nScored under the `{policyId}` policy · framework `{framework.Id}` version {framework.Version}.");

    /// <summary>
    /// Text from a file (names, evidence) or the framework made safe for Markdown that a wiki or code host renders: HTML
    /// written as entities, so a <c>&lt;script&gt;</c> in evidence shows as text and never runs; the characters that
    /// make links, code and emphasis escaped; pipes escaped and line breaks folded, so it stays in its table cell.
    /// </summary>
    private static string Cell(string text)
    {
        var safe = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            _ = c switch
            {
                '&' => safe.Append("&amp;"),
                '<' => safe.Append("&lt;"),
                '>' => safe.Append("&gt;"),
                '\\' or '|' or '[' or ']' or '`' or '*' or '_' => safe.Append('\\').Append(c),
                _ => safe.Append(c),
            };
        }

        return safe.ToString();
    }

    /// <summary>The catalogue of <paramref name="frameworks"/> in Markdown: a heading per framework, theme and domain, a bullet per item with its page.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> or one of them is null.</exception>
    public static string Render(IEnumerable<Framework> frameworks)
    {
        Preconditions.NotNull(frameworks);
        var md = new StringBuilder();
        foreach (var framework in frameworks)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"# {framework.Title}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"`{framework.Id}` version {framework.Version}: {framework.Checklist}. Source: {framework.Document}, {framework.Document.Publishers}.").AppendLine();
            foreach (var theme in framework.Checklist.Themes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"## {theme.Code} {theme.Name}").AppendLine();
                foreach (var domain in theme.Domains)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"### {domain.Code} {domain.Name}").AppendLine();
                    if (domain.Headline is { } headline)
                    {
                        md.AppendLine(headline).AppendLine();
                    }

                    foreach (var item in domain.Items)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"- **{item.Id}** {item.Text}{Display.Page(item.Source)}");
                    }

                    md.AppendLine();
                }
            }
        }

        return md.ToString();
    }
}
