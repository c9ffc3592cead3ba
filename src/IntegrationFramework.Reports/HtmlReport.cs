using System.Net;
using System.Reflection;
using System.Text;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>
/// Renders score cards, comparisons and roll-ups as self-contained HTML pages: no scripts, fonts, images or style
/// sheets from elsewhere, so a report opens offline, prints and can be sent as one file.
/// </summary>
/// <remarks>
/// A score card page shows the overall score and stage, a radar chart (inline SVG) of the domains with the target
/// overlaid, a bar per theme, a table per domain with each item's consensus, agreement and evidence (split items
/// highlighted), the gap analysis with suggested case examples, and the policy and framework version in the footer.
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
        var page = new Page($"{card.Footprint.Name}: integration score card, {Display.Date(card.AssessedOn)}");
        Header(page, card, report.Framework, "Integration score card");
        Summary(page, report);
        Themes(page, report);
        Domains(page, report);
        Gaps(page, report);
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
        var page = new Page($"{card.Footprint.Name}: roll-up of {rollup.Children.Count} score cards");
        Header(page, card, report.Framework, $"Roll-up of {rollup.Children.Count} {(rollup.Children.Count == 1 ? "footprint" : "footprints")}");
        page.Paragraph("note", rollup.PopulationWeighted
            ? "Every number is the population-weighted mean of the children's numbers."
            : "Not every child has a population, so children count equally in every mean.");
        Summary(page, report);
        page.Raw("<h2>Children</h2><table><thead><tr><th>Footprint</th><th>Code</th><th class=\"num\">Population</th></tr></thead><tbody>");
        foreach (var child in rollup.Children)
        {
            page.Raw($"<tr><td>{E(child.Name)}</td><td>{E(child.Code)}</td><td class=\"num\">{(child.Population is { } p ? p.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : Display.None)}</td></tr>");
        }

        page.Raw("</tbody></table><h2>Weakest child in each domain</h2><table><thead><tr><th>Domain</th><th>Child</th><th class=\"num\">Score</th></tr></thead><tbody>");
        foreach (var weakest in rollup.WeakestChildren)
        {
            page.Raw($"<tr><td>{E(DomainName(report.Framework, weakest.DomainCode))}</td><td>{E(weakest.FootprintName)} ({E(weakest.FootprintCode)})</td><td class=\"num\">{Display.Score(weakest.Score)}</td></tr>");
        }

        page.Raw("</tbody></table>");
        Themes(page, report);
        Gaps(page, report);
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
        var page = new Page($"{trend.Footprint.Name}: {Display.Date(trend.Earlier)} to {Display.Date(trend.Later)}");
        Header(page, later, framework, $"Progress from {Display.Date(trend.Earlier)} to {Display.Date(trend.Later)}");
        page.Paragraph("note", $"{Years(trend)} between the reviews. Changes per year are the change divided by the years between the reviews.");
        var domains = framework.Checklist.Domains;
        page.Raw("<figure>");
        page.Raw(DomainRadar(
            $"Domain scores at {Display.Date(trend.Earlier)} (dashed) and {Display.Date(trend.Later)}",
            domains,
            new RadarSeries("later", Scores(domains, d => later.FindDomain(d.Code)?.Score), "#1570ef", "#2e90fa", false),
            new RadarSeries("earlier", Scores(domains, d => earlier.FindDomain(d.Code)?.Score), "#667085", "none", true)));
        page.Raw($"<figcaption>Domain scores on {E(Display.Date(trend.Later))} (solid) and {E(Display.Date(trend.Earlier))} (dashed).</figcaption></figure>");
        page.Raw("<h2>Changes</h2><table><thead><tr><th>Score</th><th class=\"num\">Earlier</th><th class=\"num\">Later</th><th class=\"num\">Change</th><th class=\"num\">Per year</th></tr></thead><tbody>");
        ChangeRow(page, "Overall", trend.Overall);
        foreach (var theme in trend.Themes)
        {
            ChangeRow(page, $"{theme.Code} {framework.Checklist.FindTheme(theme.Code)?.Name}", theme);
        }

        foreach (var domain in trend.Domains)
        {
            ChangeRow(page, DomainName(framework, domain.Code), domain);
        }

        page.Raw("</tbody></table><h2>Stages that changed</h2>");
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
            page.Raw("<table><thead><tr><th>Item</th><th class=\"num\">Earlier</th><th class=\"num\">Later</th><th class=\"num\">Change</th></tr></thead><tbody>");
            foreach (var item in moved)
            {
                page.Raw($"<tr><td><strong>{E(item.Code)}</strong> {E(framework.Checklist.FindItem(item.Code)?.Text ?? string.Empty)}</td><td class=\"num\">{Display.Score(item.Earlier)}</td><td class=\"num\">{Display.Score(item.Later)}</td><td class=\"num\">{Display.Signed(item.Difference)}</td></tr>");
            }

            page.Raw("</tbody></table>");
        }

        return page.Close(Footer(trend.PolicyId, framework));
    }

    private static void ChangeRow(Page page, string name, ScoreChange change)
        => page.Raw($"<tr><td>{E(name)}</td><td class=\"num\">{Display.Score(change.Earlier)}</td><td class=\"num\">{Display.Score(change.Later)}</td><td class=\"num\">{Display.Signed(change.Difference)}</td><td class=\"num\">{Display.Signed(change.PerYear)}</td></tr>");

    private static string Years(Trend trend)
        => trend.Years == 0 ? "No time" : $"{trend.Years.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} years";

    private static void Header(Page page, ScoreCard card, Framework framework, string kind)
    {
        var footprint = card.Footprint;
        page.Raw($"<header><p class=\"meta\">{E(kind)}</p><h1>{E(footprint.Name)}</h1>");
        page.Raw($"<p class=\"meta\">{E(Capitalise(Display.Level(footprint.Level)))} · {E(footprint.Code)}{(footprint.Population is { } p ? $" · population {p.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty)} · assessed {E(Display.Date(card.AssessedOn))} · {E(framework.Document.ToString())}</p></header>");
    }

    private static void Summary(Page page, ScoreCardReport report)
    {
        var card = report.Card;
        var domains = report.Framework.Checklist.Domains;
        page.Raw("<section class=\"summary\"><div class=\"headline\">");
        page.Raw($"<div class=\"score\" data-overall=\"{Display.Score(card.Overall.Score)}\">{Display.Score(card.Overall.Score)}</div>");
        page.Raw($"<p>{Stage(card.Overall.Stage)} overall</p>");
        page.Raw($"<p class=\"note\">Coverage {Display.Percent(card.Overall.Coverage)} of applicable items rated<br>Target {Display.Score(card.Overall.TargetScore)}</p></div>");
        page.Raw("<figure>");
        page.Raw(DomainRadar(
            $"Domain scores of {card.Footprint.Name}, with the targets dashed",
            domains,
            new RadarSeries("score", Scores(domains, d => card.FindDomain(d.Code)?.Score), "#1570ef", "#2e90fa", false),
            new RadarSeries("target", Scores(domains, d => card.FindDomain(d.Code)?.TargetScore), "#101828", "none", true)));
        page.Raw("<figcaption>Domain scores (blue) and target scores (dashed); rings at 25, 50 and 75 mark the stages. Domains without a score are left out of the shape.</figcaption></figure></section>");
    }

    private static void Themes(Page page, ScoreCardReport report)
    {
        page.Raw("<h2>Themes</h2><div class=\"themes\">");
        foreach (var theme in report.Card.Themes)
        {
            var name = report.Framework.Checklist.FindTheme(theme.Code)?.Name ?? theme.Code;
            var width = theme.Score ?? 0;
            var target = theme.TargetScore is { } t ? $"<i style=\"left:{Display.Number(t)}%\" title=\"Target {Display.Score(t)}\"></i>" : string.Empty;
            page.Raw($"<div>{E(name)}</div><div class=\"bar\" role=\"img\" aria-label=\"{E(name)}: {Display.Score(theme.Score)}\" data-theme=\"{E(theme.Code)}\" data-score=\"{Display.Score(theme.Score)}\"><span style=\"width:{Display.Number(width)}%\"></span>{target}</div><div>{Display.Score(theme.Score)}</div>");
        }

        page.Raw("</div>");
    }

    private static void Domains(Page page, ScoreCardReport report)
    {
        var card = report.Card;
        page.Raw("<h2>Domains</h2>");
        if (report.Peers is { } group)
        {
            page.Paragraph("note", $"Peers: {group.Describe()}");
        }

        foreach (var domain in report.Framework.Checklist.Domains)
        {
            var score = card.FindDomain(domain.Code);
            page.Raw($"<section class=\"domain\" id=\"{E(domain.Code)}\"><h3>{E(domain.Code)} {E(domain.Name)}</h3>");
            if (score is not { } s || s.Excluded)
            {
                page.Paragraph("note", "Out of scope: the assessment excludes this domain. Its ratings are kept but not scored.");
                page.Raw("</section>");
                continue;
            }

            var standing = report.Peers is { } peers ? $" · {E(Display.Percentile(peers.For(domain.Code)))}" : string.Empty;
            page.Raw($"<p class=\"meta\">{Display.Score(s.Score)} {Stage(s.Stage)} · coverage {Display.Percent(s.Coverage)} ({s.RatedItems} of {s.ApplicableItems} applicable items) · alpha {Display.Alpha(s.Alpha)} · target {Display.Score(s.TargetScore)}{standing}</p>");
            page.Raw("<table><thead><tr><th>Item</th><th>Consensus</th><th class=\"num\">Points</th><th>Agreement</th><th class=\"num\">Ratings</th><th>Target</th><th class=\"num\">Gap</th></tr></thead><tbody>");
            foreach (var item in domain.Items)
            {
                var itemScore = card.FindItem(item.Id);
                var split = itemScore?.Agreement == Agreement.Split;
                page.Raw($"<tr{(split ? " class=\"split\"" : string.Empty)} data-item=\"{E(item.Id)}\"><td><strong>{E(item.Id)}</strong> {E(item.Text)}");
                if (split)
                {
                    page.Raw(" <span class=\"tag\">split: discuss first</span>");
                }

                foreach (var (assessor, evidence) in report.EvidenceFor(item.Id))
                {
                    page.Raw($"<p class=\"evidence\"><strong>{E(assessor)}:</strong> {E(evidence)}</p>");
                }

                page.Raw($"</td><td>{E(itemScore is { Status: ItemStatus.Rated } rated ? Display.Progress(rated.Consensus) : Display.Status(itemScore?.Status ?? ItemStatus.Unrated))}</td>");
                page.Raw($"<td class=\"num\">{Display.Score(itemScore?.Points)}</td><td>{Display.Agreement(itemScore?.Agreement)}</td><td class=\"num\">{itemScore?.Ratings ?? 0}</td>");
                page.Raw($"<td>{Display.Progress(itemScore?.Target)}</td><td class=\"num\">{Display.Gap(itemScore?.Gap)}</td></tr>");
            }

            page.Raw("</tbody></table></section>");
        }
    }

    private static void Gaps(Page page, ScoreCardReport report)
    {
        var gaps = report.Gaps;
        var checklist = report.Framework.Checklist;
        page.Raw("<h2>What to work on next</h2>");
        if (gaps.Items.IsEmpty)
        {
            page.Paragraph("note", "Every rated item has reached its target and no partners are split.");
        }
        else
        {
            page.Paragraph("note", "Split items first, for a consensus discussion; then items by their gap to target (or to embedded where no target is set), weighted by the policy.");
            page.Raw("<ol class=\"gaps\">");
            foreach (var gap in gaps.Items)
            {
                var text = checklist.FindItem(gap.ItemId)?.Text ?? string.Empty;
                page.Raw($"<li data-item=\"{E(gap.ItemId)}\"><strong>{E(gap.ItemId)}</strong> {E(text)} <br><span class=\"note\">{E(Display.Progress(gap.Consensus))} → {E(Display.Progress(gap.Target))}{(gap.TargetIsDefault ? " (no target set)" : string.Empty)}, gap {gap.Gap}</span>{(gap.NeedsConsensusDiscussion ? " <span class=\"tag\">partners are split: agree where you stand first</span>" : string.Empty)}</li>");
            }

            page.Raw("</ol>");
        }

        if (gaps.WeakDomains.IsEmpty)
        {
            return;
        }

        page.Raw("<h3>Examples for the weakest domains</h3>");
        foreach (var weak in gaps.WeakDomains)
        {
            page.Raw($"<section class=\"weak\" data-domain=\"{E(weak.DomainCode)}\"><h4>{E(DomainName(report.Framework, weak.DomainCode))}: {Display.Score(weak.Score)} {Stage(weak.Stage)}</h4><ul class=\"examples\">");
            foreach (var example in weak.CaseExamples.Take(3))
            {
                var figure = example.Figures.FirstOrDefault(f => f.Kind == Evidence.FigureKind.Outcome);
                page.Raw($"<li><strong>{E(example.Title)}</strong> ({E(string.Join(", ", example.Places))}, {E(Display.Level(example.Level))}). {E(example.Summary)}{(figure is null ? string.Empty : $" <em>{E(figure.ToString())}.</em>")}<br><span class=\"note\">{E(example.Source.ToString())}</span></li>");
            }

            page.Raw("</ul></section>");
        }
    }

    private static string Footer(string policyId, Framework framework)
    {
        var version = typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
        return $"<footer><p>Scored under the <strong>{E(policyId)}</strong> scoring policy · framework <strong>{E(framework.Id)}</strong> version {E(framework.Version)} · IntegrationFramework {E(version)}.</p><p>Source: {E(framework.Document.ToString())}, {E(framework.Document.Publishers)}.</p></footer>";
    }

    private static string Stage(Stage? stage)
        => $"<span class=\"stage stage-{(stage is null ? "none" : Display.Stage(stage))}\">{Display.Stage(stage)}</span>";

    private static string DomainName(Framework framework, string code)
        => framework.Checklist.FindDomain(code) is { } domain ? $"{domain.Code} {domain.Name}" : code;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>An HTML page being written.</summary>
    /// <summary>A radar chart with an axis per domain, labelled with its code and, on hover, its name.</summary>
    private static string DomainRadar(string title, EquatableArray<Domain> domains, params RadarSeries[] series)
    {
        var codes = new string[domains.Count];
        var names = new string[domains.Count];
        for (var d = 0; d < domains.Count; d++)
        {
            (codes[d], names[d]) = (domains[d].Code, domains[d].Name);
        }

        return RadarChart.Render(title, codes, names, series);
    }

    /// <summary>A value per domain, in the checklist's order (a loop, not LINQ: no generic code to compile at start-up).</summary>
    private static double?[] Scores(EquatableArray<Domain> domains, Func<Domain, double?> score)
    {
        var scores = new double?[domains.Count];
        for (var d = 0; d < scores.Length; d++)
        {
            scores[d] = score(domains[d]);
        }

        return scores;
    }

    private sealed class Page
    {
        private readonly StringBuilder html = new();

        public Page(string title)
            => html.Append($"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{E(title)}</title>\n<style>\n{HtmlStyle.Css}\n</style>\n</head>\n<body>\n<main>\n");

        public void Raw(string markup) => html.Append(markup).Append('\n');

        public void Paragraph(string cssClass, string text) => Raw($"<p class=\"{cssClass}\">{E(text)}</p>");

        public string Close(string footer) => html.Append("</main>\n").Append(footer).Append("\n</body>\n</html>\n").ToString();
    }
}
