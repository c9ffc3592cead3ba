using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>
/// What the consensus meeting works from, in the card's section for it and in the meeting's own pack: each domain's
/// alpha in plain words, then every item the partners are split or partly agree on, most apart first, with each
/// partner's level, target and evidence side by side.
/// </summary>
internal static class ConsensusContent
{
    /// <summary>The two parts: how alike the partners read each domain, and the items to agree.</summary>
    public static List<Section> Sections(ScoreCardReport report)
    {
        var entries = Agenda.Items(report);
        var alphas = new Table(
            [new("Domain", Width: 50), new("Alpha", Numeric: true, Width: 5), new("Reading")],
            [.. report.Card.Domains.Where(d => !d.Excluded).Select(d => new Row([$"{d.Code} {report.Framework.Checklist.FindDomain(d.Code)?.Name}", Display.Alpha(d.Alpha), Agenda.ReadAlpha(d.Alpha)]) { Marks = Marks.Of("domain", d.Code) })])
        {
            Marks = Marks.Classes("alpha-table"),
        };
        return
        [
            new("alpha", "How alike the partners read each domain", [CardContent.Note(Agenda.AlphaRule), alphas]),
            new("items-to-agree", "Items to agree", [CardContent.Note(Agenda.Introduce(report, entries))]) { Sections = [.. entries.Select(Entry)] },
        ];
    }

    /// <summary>An item to agree: where it stands, and each partner's rating and evidence.</summary>
    private static Section Entry(Agenda.Entry entry)
    {
        var partners = new Table(
            [new("Partner", Width: 28, Class: "partner"), new("Level → target", Class: "level"), new("Evidence", Below: true)],
            [.. entry.Ratings.Select(r => new Row([r.Assessor, Agenda.Describe(r), r.Evidence ?? string.Empty]) { Headed = true })])
        {
            Marks = Marks.Classes("partners"),
        };
        return new($"agree-{entry.ItemId}", Text.Of(entry.ItemId, Style.Strong).Then($" {entry.Text}"), [new Paragraph(Agenda.Standing(entry)) { Marks = Marks.Classes("meta") }, .. entry.Ratings.Count > 0 ? [partners] : (Block[])[]])
        {
            Element = "article",
            Marks = Marks.Of("item", entry.ItemId, entry.Score.Agreement == Agreement.Split ? "agenda-item split" : "agenda-item"),
        };
    }
}
