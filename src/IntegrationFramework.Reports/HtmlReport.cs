using System.Globalization;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>
/// Renders score cards, comparisons, roll-ups and consensus-meeting packs as self-contained HTML pages: no scripts,
/// fonts, images or style sheets from elsewhere, so a report opens offline, prints on A4 and can be sent as one file.
/// </summary>
/// <remarks>
/// <para>
/// A score card starts with its summary, which prints as page one: the overall score, stage and coverage (with a
/// caution when coverage is below 80 % or a theme has no score), the radar chart of the domains beside a legend that
/// names each one and gives every score and target, the theme bars, how many items the partners are split on, and the
/// top ten things to work on. Then a section per domain explains its score item by item and reads its alpha in plain
/// words; a section for the consensus meeting sets the partners' ratings of every split and partial item side by side;
/// and an appendix, from a new page, has every item's table, marking the items the consensus meeting agreed with what
/// it agreed, when, by whom and why.
/// </para>
/// <para>
/// Printed, every page has a footer with "Page x of y", the footprint, the date and the tool's version; table rows
/// never break across pages.
/// </para>
/// </remarks>
public static class HtmlReport
{
    /// <summary>Renders a score card report.</summary>
    /// <param name="report">The report's content.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ScoreCardReport report)
    {
        Preconditions.NotNull(report);
        var card = report.Card;
        var page = new HtmlPage($"{card.Footprint.Name}: integration score card, {Display.Date(card.AssessedOn)}", Printed(card));
        Header(page, card, report.Framework, "Integration score card");
        page.Raw("<section class=\"summary\" aria-label=\"Summary\">");
        Headline(page, report);
        Radar(page, report);
        Themes(page, report);
        SplitCount(page, report);
        TopGaps(page, report);
        page.Raw("</section>");
        Domains(page, report);
        page.Raw("<section class=\"consensus\" id=\"consensus\" aria-labelledby=\"consensus-heading\"><h2 id=\"consensus-heading\">For the consensus meeting</h2>");
        Consensus(page, report, 3);
        page.Raw("</section>");
        Appendix(page, report);
        return page.Close(Footer(card.PolicyId, report.Framework));
    }

    /// <summary>
    /// Renders the pack for the consensus meeting: each domain's alpha in plain words, then every item the partners are
    /// split or partly agree on, most apart first, with each partner's level, target and evidence side by side.
    /// </summary>
    /// <param name="report">The report, with the assessment whose ratings the meeting discusses.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no assessment, so no partner's ratings to show.</exception>
    public static string RenderAgenda(ScoreCardReport report)
    {
        Agenda.Require(report);
        var card = report.Card;
        var page = new HtmlPage($"{card.Footprint.Name}: consensus meeting, {Display.Date(card.AssessedOn)}", Printed(card));
        Header(page, card, report.Framework, "Consensus meeting pack");
        Consensus(page, report, 2);
        return page.Close(Footer(card.PolicyId, report.Framework));
    }

    /// <summary>Renders a roll-up: the wider footprint's score card, its children and the weakest child in each domain.</summary>
    /// <param name="rollup">The roll-up.</param>
    /// <param name="policy">The policy the children were scored under; <see cref="ScoringPolicy.Standard"/> when <see langword="null"/>.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollup"/> is null.</exception>
    public static string Render(Rollup rollup, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(rollup);
        var report = ScoreCardReport.For(rollup.Card, policy: policy);
        var card = rollup.Card;
        var page = new HtmlPage($"{card.Footprint.Name}: roll-up of {rollup.Children.Count} score cards", Printed(card));
        Header(page, card, report.Framework, $"Roll-up of {rollup.Children.Count} {(rollup.Children.Count == 1 ? "footprint" : "footprints")}");
        page.Raw("<section class=\"summary\" aria-label=\"Summary\">");
        page.Paragraph("note", rollup.PopulationWeighted
            ? "Every number is the population-weighted mean of the children's numbers."
            : "Not every child has a population, so children count equally in every mean.");
        Headline(page, report);
        Radar(page, report);
        Themes(page, report);
        TopGaps(page, report);
        page.Raw("</section>");
        page.Raw("<h2>Children</h2><div class=\"table-wrap\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Footprint</th><th scope=\"col\">Code</th><th scope=\"col\" class=\"num\">Population</th></tr></thead><tbody>");
        foreach (var child in rollup.Children)
        {
            page.Raw($"<tr><td>{E(child.Name)}</td><td>{E(child.Code)}</td><td class=\"num\">{(child.Population is { } p ? p.ToString("N0", CultureInfo.InvariantCulture) : Display.None)}</td></tr>");
        }

        page.Raw("</tbody></table></div><h2>Weakest child in each domain</h2><div class=\"table-wrap\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Domain</th><th scope=\"col\">Child</th><th scope=\"col\" class=\"num\">Score</th></tr></thead><tbody>");
        foreach (var weakest in rollup.WeakestChildren)
        {
            page.Raw($"<tr><td>{E(DomainName(report.Framework, weakest.DomainCode))}</td><td>{E(weakest.FootprintName)} ({E(weakest.FootprintCode)})</td><td class=\"num\">{Display.Score(weakest.Score)}</td></tr>");
        }

        page.Raw("</tbody></table></div>");
        Examples(page, report, report.Gaps.WeakDomains);
        if (report.Gaps.Items.Count > CardSummary.TopActions)
        {
            page.Raw("<section class=\"appendix\" aria-labelledby=\"appendix-heading\"><h2 id=\"appendix-heading\">Appendix: everything else to work on</h2>");
            GapList(page, report, "gaps-more", CardSummary.TopActions, report.Gaps.Items.Count);
            page.Raw("</section>");
        }

        return page.Close(Footer(card.PolicyId, report.Framework));
    }

    /// <summary>Renders a comparison of two reviews: both shapes on the radar chart, and every change and change per year.</summary>
    /// <param name="trend">The comparison.</param>
    /// <param name="earlier">The earlier card, for its shape on the chart.</param>
    /// <param name="later">The later card.</param>
    /// <returns>The HTML page.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Render(Trend trend, ScoreCard earlier, ScoreCard later)
    {
        Preconditions.NotNull(trend);
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(later);
        var framework = trend.Framework;
        var page = new HtmlPage($"{trend.Footprint.Name}: {Display.Date(trend.Earlier)} to {Display.Date(trend.Later)}", $"{trend.Footprint.Name} ({trend.Footprint.Code}) · {Display.Date(trend.Earlier)} to {Display.Date(trend.Later)}");
        Header(page, later, framework, $"Progress from {Display.Date(trend.Earlier)} to {Display.Date(trend.Later)}");
        page.Paragraph("note", $"{Years(trend)} between the reviews, in calendar years. Changes per year are the change divided by those years.");
        var domains = framework.Checklist.Domains;
        page.Raw(RadarChart.Render(
            $"Domain scores on {Display.Date(trend.Earlier)} and {Display.Date(trend.Later)}",
            $"Solid blue: {Display.Date(trend.Later)}; dashed grey: {Display.Date(trend.Earlier)}. Rings at 25, 50 and 75 mark the stages. Where a review has no score for a domain its outline stops at that axis.",
            Axes(domains, d => later.FindDomain(d.Code) is { Excluded: true } && earlier.FindDomain(d.Code) is { Excluded: true }),
            [
                new RadarSeries("later", Scores(domains, d => later.FindDomain(d.Code)?.Score), "#1570ef", "#2e90fa", false),
                new RadarSeries("earlier", Scores(domains, d => earlier.FindDomain(d.Code)?.Score), "#475467", "none", true),
            ]));
        page.Raw("<h2>Changes</h2><div class=\"table-wrap\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Score</th><th scope=\"col\" class=\"num\">Earlier</th><th scope=\"col\" class=\"num\">Later</th><th scope=\"col\" class=\"num\">Change</th><th scope=\"col\" class=\"num\">Per year</th></tr></thead><tbody>");
        ChangeRow(page, "Overall", trend.Overall);
        foreach (var theme in trend.Themes)
        {
            ChangeRow(page, $"{theme.Code} {framework.Checklist.FindTheme(theme.Code)?.Name}", theme);
        }

        foreach (var domain in trend.Domains)
        {
            ChangeRow(page, DomainName(framework, domain.Code), domain);
        }

        page.Raw("</tbody></table></div><h2>Stages that changed</h2>");
        var stages = TrendContent.StageChanges(trend);
        if (stages.Count == 0)
        {
            page.Paragraph("note", "No score changed stage.");
        }
        else
        {
            page.Raw("<ul class=\"stages\">");
            foreach (var change in stages)
            {
                page.Raw($"<li><strong>{E(change.Name)}</strong>: {E(TrendContent.Describe(change))}</li>");
            }

            page.Raw("</ul>");
        }

        page.Raw("<h2>Items that moved</h2>");
        var moved = TrendContent.MovedItems(trend);
        if (moved.Count == 0)
        {
            page.Paragraph("note", "No item's points changed.");
        }
        else
        {
            page.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table class=\"items\"><colgroup><col class=\"item-text\"><col class=\"change\"><col class=\"change\"><col class=\"change\"></colgroup><thead><tr><th scope=\"col\">Item</th><th scope=\"col\" class=\"num\">Earlier</th><th scope=\"col\" class=\"num\">Later</th><th scope=\"col\" class=\"num\">Change</th></tr></thead><tbody>");
            foreach (var item in moved)
            {
                page.Raw($"<tr data-item=\"{E(item.Code)}\"><td><strong>{E(item.Code)}</strong> {E(framework.Checklist.FindItem(item.Code)?.Text ?? string.Empty)}</td><td class=\"num\">{Display.Score(item.Earlier)}</td><td class=\"num\">{Display.Score(item.Later)}</td><td class=\"num\">{Display.Signed(item.Difference)}</td></tr>");
            }

            page.Raw("</tbody></table></div>");
        }

        return page.Close(Footer(trend.PolicyId, framework));
    }

    private static void ChangeRow(HtmlPage page, string name, ScoreChange change)
        => page.Raw($"<tr><td>{E(name)}</td><td class=\"num\">{Display.Score(change.Earlier)}</td><td class=\"num\">{Display.Score(change.Later)}</td><td class=\"num\">{Display.Signed(change.Difference)}</td><td class=\"num\">{Display.Signed(change.PerYear)}</td></tr>");

    private static string Years(Trend trend)
        => trend.Years == 0 ? "No time" : $"{trend.Years.ToString("0.0", CultureInfo.InvariantCulture)} years";

    /// <summary>What each printed page's footer names: the footprint and the date.</summary>
    private static string Printed(ScoreCard card) => $"{card.Footprint.Name} ({card.Footprint.Code}) · {Display.Date(card.AssessedOn)}";

    private static void Header(HtmlPage page, ScoreCard card, Framework framework, string kind)
    {
        var footprint = card.Footprint;
        page.Raw($"<header><p class=\"meta\">{E(kind)}</p><h1>{E(footprint.Name)}</h1>");
        page.Raw($"<p class=\"meta\">{E(Capitalise(Display.Level(footprint.Level)))} · {E(footprint.Code)}{(footprint.Population is { } p ? $" · population {p.ToString("N0", CultureInfo.InvariantCulture)}" : string.Empty)} · assessed {E(Display.Date(card.AssessedOn))} · {E(framework.Document.ToString())}</p></header>");
    }

    private static void Headline(HtmlPage page, ScoreCardReport report)
    {
        var card = report.Card;
        var overall = card.Overall;
        page.Raw("<div class=\"headline\">");
        page.Raw($"<p class=\"score\" data-overall=\"{Display.Score(overall.Score)}\">{Display.Score(overall.Score)}</p>");
        page.Raw($"<div><p class=\"stage-line\">{Stage(overall.Stage)} overall</p><p class=\"note\">Coverage {Display.Percent(overall.Coverage)} of applicable items rated · target {Display.Score(overall.TargetScore)}</p></div>");
        var cautions = CardSummary.Cautions(report);
        if (cautions.Count > 0)
        {
            page.Raw($"<div class=\"caution\" role=\"note\"><strong>Caution.</strong> {E(string.Join(" ", cautions))}</div>");
        }

        page.Raw("</div>");
    }

    private static void Radar(HtmlPage page, ScoreCardReport report)
    {
        var card = report.Card;
        var domains = report.Framework.Checklist.Domains;
        page.Raw(RadarChart.Render(
            $"Domain scores of {card.Footprint.Name}, with the targets",
            "Solid blue: the scores; dashed black: the targets. Rings at 25, 50 and 75 mark the stages. Where a domain has no score the outline stops at its axis.",
            Axes(domains, d => card.FindDomain(d.Code) is { Excluded: true }),
            [
                new RadarSeries("score", Scores(domains, d => card.FindDomain(d.Code)?.Score), "#1570ef", "#2e90fa", false),
                new RadarSeries("target", Scores(domains, d => card.FindDomain(d.Code)?.TargetScore), "#101828", "none", true),
            ]));
    }

    private static void Themes(HtmlPage page, ScoreCardReport report)
    {
        page.Raw("<h2>Themes</h2><div class=\"themes\">");
        foreach (var theme in report.Card.Themes)
        {
            var name = report.Framework.Checklist.FindTheme(theme.Code)?.Name ?? theme.Code;
            var width = theme.Score ?? 0;
            var target = theme.TargetScore is { } t ? $"<i style=\"left:{Display.Number(t)}%\" title=\"Target {Display.Score(t)}\"></i>" : string.Empty;
            page.Raw($"<div>{E(name)}</div><div class=\"bar\" role=\"img\" aria-label=\"{E(name)}: {Display.Score(theme.Score)}{(theme.TargetScore is { } a ? $", target {Display.Score(a)}" : string.Empty)}\" data-theme=\"{E(theme.Code)}\" data-score=\"{Display.Score(theme.Score)}\"><span style=\"width:{Display.Number(width)}%\"></span>{target}</div><div class=\"num\">{Display.Score(theme.Score)}</div>");
        }

        page.Raw("</div>");
    }

    private static void SplitCount(HtmlPage page, ScoreCardReport report)
    {
        page.Raw($"<p class=\"split-count\" data-split=\"{report.Card.Items.Count(i => i.Agreement == Agreement.Split)}\">{E(CardSummary.Split(report.Card, "\u0001")).Replace("\u0001", "“<a href=\"#consensus\">For the consensus meeting</a>”", StringComparison.Ordinal)}</p>");
        if (CardSummary.AgreedCount(report.Card) is { } agreed)
        {
            page.Paragraph("agreed-count", agreed);
        }
    }

    private static void TopGaps(HtmlPage page, ScoreCardReport report)
    {
        var gaps = report.Gaps;
        page.Raw("<h2>What to work on next</h2>");
        if (gaps.Items.IsEmpty)
        {
            page.Paragraph("note", $"Every rated item has reached its target and no partners are split. {GapAnalysis.NoTargetRule}");
            return;
        }

        var more = gaps.Items.Count > CardSummary.TopActions ? $" The first {CardSummary.TopActions} of {gaps.Items.Count}; the rest are in the appendix." : string.Empty;
        page.Paragraph("note", $"Split items first, to agree where you stand; then items by their gap to target, weighted by the policy. {GapAnalysis.NoTargetRule}{more}");
        GapList(page, report, "gaps", 0, Math.Min(CardSummary.TopActions, gaps.Items.Count));
    }

    private static void GapList(HtmlPage page, ScoreCardReport report, string cssClass, int from, int to)
    {
        var checklist = report.Framework.Checklist;
        page.Raw($"<ol class=\"{cssClass}\" start=\"{from + 1}\">");
        for (var g = from; g < to; g++)
        {
            var gap = report.Gaps.Items[g];
            var text = checklist.FindItem(gap.ItemId)?.Text ?? string.Empty;
            var aim = CardSummary.Aim(gap);
            page.Raw($"<li data-item=\"{E(gap.ItemId)}\"><strong>{E(gap.ItemId)}</strong> {E(text)} <span class=\"note\">({E(aim)})</span>{(gap.NeedsConsensusDiscussion ? " <span class=\"tag\">split: agree where you stand first</span>" : string.Empty)}</li>");
        }

        page.Raw("</ol>");
    }

    private static void Domains(HtmlPage page, ScoreCardReport report)
    {
        var card = report.Card;
        page.Raw("<section class=\"domains\" aria-labelledby=\"domains-heading\"><h2 id=\"domains-heading\">Domains</h2>");
        if (report.Peers is { } group)
        {
            page.Paragraph("note", $"Peers: {group.Describe()}");
        }

        foreach (var domain in report.Framework.Checklist.Domains)
        {
            var score = card.FindDomain(domain.Code);
            page.Raw($"<section class=\"domain\" id=\"{E(domain.Code)}\"><h3>{E(domain.Code)} {E(domain.Name)}</h3>");
            var explanation = ScoreExplanation.Of(report, domain.Code);
            if (score is not { } s || s.Excluded)
            {
                page.Raw($"<p class=\"explain\">{explanation.Describe(ItemLink, E)}</p></section>");
                continue;
            }

            var standing = report.Peers is { } peers ? $" · {E(Display.Percentile(peers.For(domain.Code)))}" : string.Empty;
            page.Raw($"<p class=\"meta\">{Display.Score(s.Score)} {Stage(s.Stage)} · coverage {Display.Percent(s.Coverage)} ({s.RatedItems} of {s.ApplicableItems} applicable items) · target {Display.Score(s.TargetScore)}{standing}</p>");
            page.Raw($"<p class=\"explain\" data-domain=\"{E(domain.Code)}\">{explanation.Describe(ItemLink, E)}</p>");
            page.Raw($"<p class=\"alpha\">Alpha {Display.Alpha(s.Alpha)}: {E(Agenda.ReadAlpha(s.Alpha))}.</p>");
            Examples(page, report, [.. report.Gaps.WeakDomains.Where(w => w.DomainCode == domain.Code)]);
            page.Raw("</section>");
        }

        page.Raw("</section>");
    }

    private static string ItemLink(string itemId) => $"<a href=\"#item-{E(itemId)}\">{E(itemId)}</a>";

    private static void Examples(HtmlPage page, ScoreCardReport report, IEnumerable<DomainSuggestion> weakDomains)
    {
        foreach (var weak in weakDomains)
        {
            page.Raw($"<div class=\"weak\" data-domain=\"{E(weak.DomainCode)}\"><h4>What others did: {E(DomainName(report.Framework, weak.DomainCode))} is {Display.Stage(weak.Stage)} ({Display.Score(weak.Score)})</h4><ul class=\"examples\">");
            foreach (var example in weak.CaseExamples.Take(2))
            {
                var figure = example.Figures.FirstOrDefault(f => f.Kind == Evidence.FigureKind.Outcome);
                var source = example.Source.Page is { } p ? $"{example.Source.Document}, p. {p.ToString(CultureInfo.InvariantCulture)}" : example.Source.ToString();
                page.Raw($"<li><strong>{E(example.Title)}</strong> ({E(string.Join(", ", example.Places))}, {E(Display.Level(example.Level))}). {E(example.Summary)}{(figure is null ? string.Empty : $" <em>{E(figure.ToString())}.</em>")} <span class=\"note\" title=\"{E(example.Source.ToString())}\">{E(source)}</span></li>");
            }

            page.Raw("</ul></div>");
        }
    }

    /// <summary>The consensus meeting's content, with headings from level <paramref name="level"/>.</summary>
    private static void Consensus(HtmlPage page, ScoreCardReport report, int level)
    {
        var card = report.Card;
        var (h, sub) = ($"h{level}", $"h{level + 1}");
        var entries = Agenda.Items(report);
        page.Raw($"<{h}>How alike the partners read each domain</{h}>");
        page.Paragraph("note", "Krippendorff's alpha over the partners' levels: at least 0.8, they read the domain alike; 0.667 to 0.8, broadly alike, so conclusions are tentative; below 0.667, they read it differently.");
        page.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table class=\"alpha-table\"><thead><tr><th scope=\"col\">Domain</th><th scope=\"col\" class=\"num\">Alpha</th><th scope=\"col\">Reading</th></tr></thead><tbody>");
        foreach (var domain in card.Domains.Where(d => !d.Excluded))
        {
            page.Raw($"<tr data-domain=\"{E(domain.Code)}\"><td>{E(DomainName(report.Framework, domain.Code))}</td><td class=\"num\">{Display.Alpha(domain.Alpha)}</td><td>{E(Agenda.ReadAlpha(domain.Alpha))}</td></tr>");
        }

        page.Raw("</tbody></table></div>");
        page.Raw($"<{h}>Items to agree</{h}>");
        page.Paragraph("note", Agenda.Introduce(report, entries));
        foreach (var entry in entries)
        {
            var score = entry.Score;
            page.Raw($"<article class=\"agenda-item{(score.Agreement == Agreement.Split ? " split" : string.Empty)}\" data-item=\"{E(entry.ItemId)}\"><{sub}><strong>{E(entry.ItemId)}</strong> {E(entry.Text)}</{sub}>");
            page.Raw($"<p class=\"meta\">{E(Agenda.Standing(entry))}</p>");
            if (entry.Ratings.Count > 0)
            {
                page.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table class=\"partners\"><colgroup><col class=\"partner\"><col class=\"level\"><col></colgroup><thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Level → target</th><th scope=\"col\">Evidence</th></tr></thead><tbody>");
                foreach (var rating in entry.Ratings)
                {
                    page.Raw($"<tr><th scope=\"row\">{E(rating.Assessor)}</th><td>{E(Agenda.Describe(rating))}</td><td class=\"evidence\">{E(rating.Evidence ?? string.Empty)}</td></tr>");
                }

                page.Raw("</tbody></table></div>");
            }

            page.Raw("</article>");
        }
    }

    private static void Appendix(HtmlPage page, ScoreCardReport report)
    {
        var card = report.Card;
        page.Raw("<section class=\"appendix\" aria-labelledby=\"appendix-heading\"><h2 id=\"appendix-heading\">Appendix: every item</h2>");
        page.Paragraph("note", "Consensus is the lower median of the partners' levels; points are the consensus level × 25; agreement is from the spread of levels (at most 1 apart: agreement, 2: partial, 3 or more: split).");
        foreach (var domain in report.Framework.Checklist.Domains)
        {
            page.Raw($"<h3>{E(domain.Code)} {E(domain.Name)}</h3>");
            if (card.FindDomain(domain.Code) is not { Excluded: false })
            {
                page.Paragraph("note", "Out of scope: the assessment excludes this domain. Its ratings are kept but not scored.");
                continue;
            }

            page.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table class=\"items\"><colgroup><col class=\"item-text\"><col class=\"consensus\"><col class=\"points\"><col class=\"agreement\"><col class=\"target\"><col class=\"gap\"></colgroup><thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Consensus</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\">Agreement</th><th scope=\"col\">Target</th><th scope=\"col\" class=\"num\">Gap</th></tr></thead><tbody>");
            foreach (var item in domain.Items)
            {
                var itemScore = card.FindItem(item.Id);
                var split = itemScore?.Agreement == Agreement.Split;
                var evidence = report.EvidenceFor(item.Id).ToList();
                var agreedNote = itemScore is { } scored ? CardSummary.AgreedNote(report, scored) : null;
                var agreed = agreedNote is not null;
                var classes = $"{(split ? "split " : string.Empty)}{(agreed ? "agreed " : string.Empty)}{(evidence.Count > 0 || agreed ? "has-evidence" : string.Empty)}".Trim();
                page.Raw($"<tr id=\"item-{E(item.Id)}\"{(classes.Length > 0 ? $" class=\"{classes}\"" : string.Empty)} data-item=\"{E(item.Id)}\"{(agreed ? " data-agreed=\"true\"" : string.Empty)}><td><strong>{E(item.Id)}</strong> {E(item.Text)}");
                if (agreed)
                {
                    page.Raw(" <span class=\"tag agreed\">agreed at the meeting</span>");
                }
                else if (split)
                {
                    page.Raw(" <span class=\"tag\">split: discuss first</span>");
                }

                page.Raw($"</td><td>{E(itemScore is { } known ? CardSummary.Consensus(known) : Display.Status(ItemStatus.Unrated))}</td>");
                page.Raw($"<td class=\"num\">{Display.Score(itemScore?.Points)}</td><td>{Display.Agreement(itemScore?.Agreement)} ({itemScore?.Ratings ?? 0})</td>");
                page.Raw($"<td>{Display.Progress(itemScore?.Target)}</td><td class=\"num\">{Display.Gap(itemScore?.Gap)}</td></tr>");

                // The evidence under the item, across the whole row, so a long note does not stretch the item's cell.
                if (evidence.Count > 0 || agreed)
                {
                    page.Raw($"<tr class=\"evidence-row{(split ? " split" : string.Empty)}{(agreed ? " agreed" : string.Empty)}\" data-evidence-of=\"{E(item.Id)}\"><td colspan=\"6\">");
                    if (agreedNote is not null)
                    {
                        page.Raw($"<p class=\"evidence agreed-note\"><strong>Consensus meeting:</strong> {E(agreedNote)}</p>");
                    }

                    foreach (var (assessor, text) in evidence)
                    {
                        page.Raw($"<p class=\"evidence\"><strong>{E(assessor)}:</strong> {E(text)}</p>");
                    }

                    page.Raw("</td></tr>");
                }
            }

            page.Raw("</tbody></table></div>");
        }

        if (report.Gaps.Items.Count > CardSummary.TopActions)
        {
            page.Raw("<h3>Everything else to work on</h3>");
            GapList(page, report, "gaps-more", CardSummary.TopActions, report.Gaps.Items.Count);
        }

        page.Raw("</section>");
    }

    private static string Footer(string policyId, Framework framework)
        => $"<footer><p>Scored under the <strong>{E(policyId)}</strong> scoring policy · framework <strong>{E(framework.Id)}</strong> version {E(framework.Version)} · IntegrationFramework {E(HtmlPage.Version)}.</p><p>Source: {E(framework.Document.ToString())}, {E(framework.Document.Publishers)}.</p></footer>";

    private static string Stage(Stage? stage)
        => $"<span class=\"stage stage-{(stage is null ? "none" : Display.Stage(stage))}\">{(stage is null ? "no score" : Display.Stage(stage))}</span>";

    private static string DomainName(Framework framework, string code)
        => framework.Checklist.FindDomain(code) is { } domain ? $"{domain.Code} {domain.Name}" : code;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string E(string text) => HtmlPage.E(text);

    /// <summary>An axis per domain: its code, name, and what a missing value means there.</summary>
    private static RadarAxis[] Axes(Collections.EquatableArray<Domain> domains, Func<Domain, bool> excluded)
    {
        var axes = new RadarAxis[domains.Count];
        for (var d = 0; d < axes.Length; d++)
        {
            var out_ = excluded(domains[d]);
            axes[d] = new RadarAxis(domains[d].Code, domains[d].Name, out_ ? "out of scope" : "not rated", out_);
        }

        return axes;
    }

    /// <summary>A value per domain, in the checklist's order (a loop, not LINQ: no generic code to compile at start-up).</summary>
    private static double?[] Scores(Collections.EquatableArray<Domain> domains, Func<Domain, double?> score)
    {
        var scores = new double?[domains.Count];
        for (var d = 0; d < scores.Length; d++)
        {
            scores[d] = score(domains[d]);
        }

        return scores;
    }
}
