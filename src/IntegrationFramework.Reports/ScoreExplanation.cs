using System.Globalization;
using IntegrationFramework.Reports.Content;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>
/// How a domain's score comes from its items, so a reader can check the arithmetic: "62.5: the mean of 2 rated items,
/// TRA.1 in place 75 and TRA.3 planned 50."
/// </summary>
/// <param name="Score">The domain's score, or none.</param>
/// <param name="Excluded">Whether the domain is out of scope.</param>
/// <param name="Rule">How the counted items combine: <c>mean</c>, <c>weighted mean</c> or <c>lowest</c>.</param>
/// <param name="Counted">The items that count, in the checklist's order.</param>
/// <param name="Unrated">The applicable items left out because nobody rated them.</param>
/// <param name="NotApplicable">The items most ratings call not applicable.</param>
internal sealed record ScoreExplanation(double? Score, bool Excluded, string Rule, List<ScoreExplanation.Term> Counted, List<string> Unrated, List<string> NotApplicable)
{
    /// <summary>How an unrated item reads where the policy counts it as not started.</summary>
    private const string UnratedAsNotStarted = "unrated, counted as not started";

    /// <summary>One item in the sum: its id, its reading ("in place", "unrated, counted as not started"), points and weight.</summary>
    public sealed record Term(string ItemId, string Reading, double Points, double Weight);

    /// <summary>The explanation of one domain of a report's card.</summary>
    public static ScoreExplanation Of(ScoreCardReport report, string domainCode)
    {
        var card = report.Card;
        var policy = report.Policy;
        var domain = card.FindDomain(domainCode);
        var items = report.Framework.Checklist.FindDomain(domainCode)?.Items ?? [];
        var (counted, unrated, notApplicable) = (new List<Term>(), new List<string>(), new List<string>());
        foreach (var item in items)
        {
            if (card.FindItem(item.Id) is not { } score)
            {
                continue;
            }

            switch (score.Status)
            {
                case ItemStatus.Rated:
                    counted.Add(new(item.Id, CardSummary.ShowsRange(score) ? $"{Display.Median(score.Consensus)} (uncertain)" : CardSummary.Consensus(score), score.Points!.Value, policy.ItemWeight(item.Id)));
                    break;
                case ItemStatus.Unrated when score.Points is { } points:
                    counted.Add(new(item.Id, UnratedAsNotStarted, points, policy.ItemWeight(item.Id)));
                    break;
                case ItemStatus.Unrated:
                    unrated.Add(item.Id);
                    break;
                case ItemStatus.NotApplicable:
                    notApplicable.Add(item.Id);
                    break;
            }
        }

        var rule = policy.Aggregation == Aggregation.WeakestLink ? "lowest"
            : counted.Exists(t => t.Weight != 1) ? "weighted mean"
            : "mean";
        return new(domain?.Score, domain?.Excluded ?? false, rule, counted, unrated, notApplicable);
    }

    /// <summary>The explanation as a sentence or two, each item id a link to its row in the appendix (<c>item-TRA.1</c>).</summary>
    public Text ToText()
    {
        if (Excluded)
        {
            return "Out of scope: the assessment excludes this domain; its ratings are kept but not scored.";
        }

        var left = Left();
        if (Score is not { } score || Counted.Count == 0)
        {
            return ((Text)"No score: no item is rated.").Then(left);
        }

        var rated = Counted.TrueForAll(t => t.Reading != UnratedAsNotStarted);
        var terms = Counted.Select(t => Id(t.ItemId).Then($" {t.Reading} {Display.Number(t.Points)}{(Rule == "weighted mean" ? $" (weight {Display.Number(t.Weight)})" : string.Empty)}")).ToList();
        var count = Counted.Count == 1 ? $"1 {(rated ? "rated item" : "item")}" : $"{Counted.Count.ToString(CultureInfo.InvariantCulture)} {(rated ? "rated items" : "items")}";
        var rule = Counted.Count == 1 ? $"{count}" : $"the {Rule} of {count}";
        return ((Text)$"{Display.Score(score)}: {(Counted.Count == 1 ? "from " : string.Empty)}{rule}, ").Then(Text.Join(terms)).Then(".").Then(left);
    }

    /// <summary>The items not counted, as " Not counted: TRA.2 and TRA.4 unrated; GOV.1 not applicable."</summary>
    private Text Left()
    {
        var parts = new List<Text>();
        if (Unrated.Count > 0)
        {
            parts.Add(Text.Join([.. Unrated.Select(Id)]).Then(" unrated"));
        }

        if (NotApplicable.Count > 0)
        {
            parts.Add(Text.Join([.. NotApplicable.Select(Id)]).Then(" not applicable"));
        }

        return parts.Count == 0 ? new Text([]) : ((Text)" Not counted: ").Then(Text.Join(parts, "; ", "; ")).Then(".");
    }

    /// <summary>An item's id, linked to its row in the appendix.</summary>
    private static Text Id(string itemId) => Text.Of(itemId, Style.Link, CardContent.ItemAnchor(itemId));
}
