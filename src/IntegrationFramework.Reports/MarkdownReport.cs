using System.Globalization;
using System.Text;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>Renders score cards, comparisons and roll-ups as GitHub-flavoured Markdown, with tables.</summary>
public static class MarkdownReport
{
    /// <summary>
    /// Renders a score card report, summary first: the overall score with any caution, the themes, every domain's score
    /// and target, how many items are split and the top ten things to work on; then each domain's score explained item
    /// by item, the consensus meeting's items with each partner's rating, and an appendix with every item.
    /// </summary>
    /// <param name="report">The report's content.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ScoreCardReport report)
    {
        Preconditions.NotNull(report);
        var md = new StringBuilder();
        Card(md, report, $"# {Cell(report.Card.Footprint.Name)}: integration score card");
        md.AppendLine(CardSummary.Split(report.Card, "“For the consensus meeting”")).AppendLine();
        if (CardSummary.AgreedCount(report.Card) is { } agreed)
        {
            md.AppendLine(Cell(agreed)).AppendLine();
        }

        Gaps(md, report, 0, CardSummary.TopActions);
        Domains(md, report);
        md.AppendLine("## For the consensus meeting").AppendLine();
        Consensus(md, report, "###");
        Items(md, report);
        if (report.Gaps.Items.Count > CardSummary.TopActions)
        {
            md.AppendLine("### Everything else to work on").AppendLine();
            Gaps(md, report, CardSummary.TopActions, report.Gaps.Items.Count);
        }

        Footer(md, report.Card.PolicyId, report.Framework);
        return md.ToString();
    }

    /// <summary>
    /// Renders the pack for the consensus meeting: each domain's alpha in plain words, then every item the partners are
    /// split or partly agree on, most apart first, with each partner's level, target and evidence.
    /// </summary>
    /// <param name="report">The report, with the assessment whose ratings the meeting discusses.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no assessment, so no partner's ratings to show.</exception>
    public static string RenderAgenda(ScoreCardReport report)
    {
        Agenda.Require(report);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Cell(report.Card.Footprint.Name)}: consensus meeting pack").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{Cell(report.Card.Footprint.ToString())}, assessed {Display.Date(report.Card.AssessedOn)} against *{Cell(report.Framework.Document.ToString())}*.").AppendLine();
        Consensus(md, report, "##");
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
        var cautions = CardSummary.Cautions(report);
        if (cautions.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"> **Caution.** {Cell(string.Join(" ", cautions))}").AppendLine();
        }

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
                ? $"| {name} | out of scope | | | | |" + (peers is null ? string.Empty : " |")
                : $"| {name} | {Display.Score(domain.Score)} | {Display.Stage(domain.Stage)} | {Display.Percent(domain.Coverage)} | {Display.Alpha(domain.Alpha)} | {Display.Score(domain.TargetScore)} |{standing}");
        }

        if (peers is not null)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Peers: {Cell(peers.Describe())}");
        }

        md.AppendLine();
    }

    private static void Domains(StringBuilder md, ScoreCardReport report)
    {
        md.AppendLine("## Domains").AppendLine();
        foreach (var domain in report.Framework.Checklist.Domains)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {domain.Code} {Cell(domain.Name)}").AppendLine();
            md.AppendLine(ScoreExplanation.Of(report, domain.Code).Describe(id => $"[{id}](#{Anchor(id)})", t => t)).AppendLine();
            if (report.Card.FindDomain(domain.Code) is { Excluded: false } score && score.Score is not null)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"Alpha {Display.Alpha(score.Alpha)}: {Agenda.ReadAlpha(score.Alpha)}.").AppendLine();
            }

            foreach (var weak in report.Gaps.WeakDomains.Where(w => w.DomainCode == domain.Code))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"What others did ({domain.Code} is {Display.Stage(weak.Stage)}, {Display.Score(weak.Score)}):").AppendLine();
                foreach (var example in weak.CaseExamples.Take(3))
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"- *{Cell(example.Title)}* ({Cell(string.Join(", ", example.Places))}): {Cell(example.Summary)} — {Cell(example.Source.ToString())}");
                }

                md.AppendLine();
            }
        }
    }

    /// <summary>The anchor of an item's row in the appendix: <c>item-tra-1</c>.</summary>
    private static string Anchor(string itemId) => "item-" + itemId.ToLowerInvariant().Replace('.', '-');

    private static void Consensus(StringBuilder md, ScoreCardReport report, string heading)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} How alike the partners read each domain").AppendLine();
        md.AppendLine("Krippendorff's alpha over the partners' levels: at least 0.8, they read the domain alike; 0.667 to 0.8, broadly alike, so conclusions are tentative; below 0.667, they read it differently.").AppendLine();
        md.AppendLine("| Domain | Alpha | Reading |").AppendLine("| --- | ---: | --- |");
        foreach (var domain in report.Card.Domains.Where(d => !d.Excluded))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {domain.Code} {Cell(report.Framework.Checklist.FindDomain(domain.Code)?.Name ?? string.Empty)} | {Display.Alpha(domain.Alpha)} | {Agenda.ReadAlpha(domain.Alpha)} |");
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{heading} Items to agree").AppendLine();
        var entries = Agenda.Items(report);
        md.AppendLine(Cell(Agenda.Introduce(report, entries))).AppendLine();
        foreach (var entry in entries)
        {
            var score = entry.Score;
            md.AppendLine(CultureInfo.InvariantCulture, $"**{entry.ItemId}** {Cell(entry.Text)}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"{Agenda.Standing(entry)}").AppendLine();
            if (entry.Ratings.Count > 0)
            {
                md.AppendLine("| Partner | Level → target | Evidence |").AppendLine("| --- | --- | --- |");
                foreach (var rating in entry.Ratings)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(rating.Assessor)} | {Agenda.Describe(rating)} | {Cell(rating.Evidence ?? string.Empty)} |");
                }

                md.AppendLine();
            }
        }
    }

    private static void Items(StringBuilder md, ScoreCardReport report)
    {
        md.AppendLine("## Appendix: every item").AppendLine().AppendLine("| Item | Consensus | Points | Agreement | Ratings | Target | Gap | Evidence |").AppendLine("| --- | --- | ---: | --- | ---: | --- | ---: | --- |");
        foreach (var item in report.Card.Items.Where(i => i.Status is not ItemStatus.Excluded))
        {
            var split = item.Agreement == Agreement.Split ? " ⚠ **split**" : string.Empty;
            var evidence = string.Join("; ", report.EvidenceFor(item.ItemId).Select(e => $"{e.Assessor}: {e.Evidence}").Prepend(CardSummary.AgreedNote(report, item)).OfType<string>());
            var consensus = CardSummary.Consensus(item);
            md.AppendLine(CultureInfo.InvariantCulture, $"| <a id=\"{Anchor(item.ItemId)}\"></a>{item.ItemId}{split} | {consensus} | {Display.Score(item.Points)} | {Display.Agreement(item.Agreement)} | {item.Ratings} | {Display.Progress(item.Target)} | {Display.Gap(item.Gap)} | {Cell(evidence)} |");
        }

        md.AppendLine();
    }

    private static void Gaps(StringBuilder md, ScoreCardReport report, int from, int to)
    {
        if (from == 0)
        {
            md.AppendLine("## What to work on next").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Split items first, to agree where you stand; then items by their gap to target, weighted by the policy. {GapAnalysis.NoTargetRule}").AppendLine();
        }

        var gaps = report.Gaps.Items;
        for (var g = from; g < Math.Min(to, gaps.Count); g++)
        {
            var gap = gaps[g];
            md.AppendLine(CultureInfo.InvariantCulture, $"{g + 1}. **{gap.ItemId}** {Cell(report.Framework.Checklist.FindItem(gap.ItemId)?.Text ?? string.Empty)} — {CardSummary.Aim(gap)}{(gap.NeedsConsensusDiscussion ? "; *partners are split: agree where you stand first*" : string.Empty)}");
        }

        if (gaps.IsEmpty)
        {
            md.AppendLine("Every rated item has reached its target and no partners are split.");
        }
        else if (from == 0 && gaps.Count > to)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{gaps.Count - to} more in the appendix.");
        }

        md.AppendLine();
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
