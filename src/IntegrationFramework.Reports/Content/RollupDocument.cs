using System.Globalization;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>The content of a roll-up's report: the wider footprint's card, its children, the weakest child in each domain, and what others did.</summary>
internal static class RollupDocument
{
    public static Document Of(Rollup rollup, ScoringPolicy? policy)
    {
        var report = ScoreCardReport.For(rollup.Card, policy: policy);
        var card = rollup.Card;
        var count = rollup.Children.Count;
        var weighting = rollup.Weighting == RollupWeighting.Population
            ? "Weighted by population: each domain's score, coverage and target are the mean of the children's, each child counting by its residents (a choice; the children can also count equally); themes and the overall are made from those domains by the policy's rule."
            : "Weighted equally: each domain's score, coverage and target are the mean of the children's, each child counting the same, whatever its population; themes and the overall are made from those domains by the policy's rule.";
        var summary = new Section("summary", null, [CardContent.Note($"{weighting} A rolled-up domain has no alpha of its own (the mean of the children's alphas is the alpha of no data): the children's lowest and highest are beside the weakest child in each domain."), .. CardContent.Headline(report), CardContent.Domains(report)])
        {
            Marks = Marks.Classes("summary"),
            Label = "Summary",
            Sections = [CardContent.Themes(report), CardContent.Work(report)],
        };
        var children = new Table(
            [new("Footprint", Width: 50), new("Code", Width: 12), new("Population", Numeric: true, Width: 10)],
            [.. rollup.Children.Select(c => new Row([c.Name, c.Code, c.Population is { } p ? p.ToString("N0", CultureInfo.InvariantCulture) : Display.None]))]);
        var weakest = new Table(
            [new("Domain", Width: 40), new("Weakest child", Width: 34), new("Score", Numeric: true, Width: 6), new("Children's scores", Width: 12), new("Children's alpha", Width: 12)],
            [.. rollup.WeakestChildren.Select(w => new Row([report.Framework.Checklist.FindDomain(w.DomainCode) is { } d ? $"{d.Code} {d.Name}" : w.DomainCode, $"{w.FootprintName} ({w.FootprintCode})", Display.Score(w.Score), .. Spread(rollup, w.DomainCode)]))]);
        List<Section> sections =
        [
            summary,
            new("children", "Children", [children]),
            new("weakest", "Weakest child in each domain", [weakest]) { Sections = [.. report.Gaps.WeakDomains.Select(w => DomainContent.Weak(report, w))] },
        ];
        return new(
            $"Roll-up of {count} {(count == 1 ? "footprint" : "footprints")}",
            $"{card.Footprint.Name}: roll-up of {count} score cards",
            $"{card.Footprint.Name}: roll-up of {count} {(count == 1 ? "footprint" : "footprints")}",
            card.Footprint.Name,
            CardContent.About(card, report.Framework),
            CardContent.Printed(card),
            sections,
            CardContent.Footer(card.PolicyId, report.Framework));
    }

    /// <summary>The children's lowest to highest score and alpha in a domain: "22.2–50.0", "0.41 to 0.73".</summary>
    private static string[] Spread(Rollup rollup, string domainCode)
    {
        var spread = rollup.Spreads.FirstOrDefault(s => s.DomainCode == domainCode);
        var scores = spread.LowestScore is { } low ? $"{Display.Score(low)}–{Display.Score(spread.HighestScore)}" : Display.None;
        var alphas = spread.LowestAlpha is { } least ? $"{Display.Alpha(least)} to {Display.Alpha(spread.HighestAlpha)}" : Display.None;
        return [scores, alphas];
    }
}
