using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>
/// What the consensus meeting works from, in the card's section for it and in the meeting's own pack: each domain's
/// alpha in plain words, then every item the partners are split or partly agree on, most apart first, with each
/// partner's level, target and evidence side by side.
/// </summary>
internal static class ConsensusContent
{
    /// <summary>The parts: how alike the partners read each domain, who rates apart, and the items to agree.</summary>
    /// <param name="report">The report.</param>
    /// <param name="evidence">
    /// Whether each partner's evidence is given beside their rating: in the meeting's own pack; not in the card, whose
    /// appendix gives it under each item.
    /// </param>
    public static List<Section> Sections(ScoreCardReport report, bool evidence = true)
    {
        var entries = Agenda.Items(report);
        var bands = report.Bands;
        var rows = new List<Row>();
        for (var d = 0; d < report.Card.Domains.Count; d++)
        {
            var domain = report.Card.Domains[d];
            if (!domain.Excluded)
            {
                rows.Add(Alpha($"{domain.Code} {report.Framework.Checklist.FindDomain(domain.Code)?.Name}", domain.Alpha, bands?.Alphas[d]) with { Marks = Marks.Of("domain", domain.Code) });
            }
        }

        if (bands is not null)
        {
            rows.Add(Alpha("The whole checklist", bands.ChecklistAlpha.Alpha, bands.ChecklistAlpha) with { Marks = Marks.Of("domain", "checklist") });
        }

        var alphas = new Table([new("Domain", Width: 40), new("Alpha", Numeric: true, Width: 5), new("Band", Width: 14), new("Reading")], rows) { Marks = Marks.Classes("alpha-table") };
        var apart = report.Patterns.Where(p => p.RatesApart).Select(p => new ListItem(Agenda.Pattern(report, p), Marks.Of("partner", p.AssessorId))).ToList();
        List<Block> patterns = report.Patterns.IsEmpty
            ? [CardContent.Note("How each partner rates against the others needs the assessment.")]
            : apart.Count == 0
                ? [CardContent.Note("No partner is the furthest from the consensus on most of the split or uncertain items: the disagreements are about the items, not one partner's view.")]
                : [CardContent.Note("Furthest from the consensus on most split or uncertain items: discuss this partner's view once, not item by item."), new ItemList(apart, Ordered: false) { Marks = Marks.Classes("patterns") }];
        return
        [
            new("alpha", "How alike the partners read each domain", [CardContent.Note(BandWords.AlphaRule), alphas]),
            new("patterns", "Who rates apart", patterns),
            new("items-to-agree", "Items to agree", [CardContent.Note(evidence ? Agenda.Introduce(report, entries) : $"{Agenda.Introduce(report, entries)} Each partner's evidence is under the item in the appendix.")]) { Sections = [.. entries.Select(e => Entry(e, evidence))] },
        ];
    }

    /// <summary>A row of the alpha table: the alpha, its band and what they let the report say.</summary>
    private static Row Alpha(string name, double? alpha, AlphaBand? band)
        => new([name, Display.Alpha(alpha), band is { Low: not null } b ? BandWords.AlphaRange(b) : Display.None, band is { } read ? Reading(read) : "not read in words without its band"]);

    /// <summary>The reading alone, without the numbers the table's other columns give.</summary>
    private static string Reading(AlphaBand band) => band.Reading switch
    {
        AlphaReading.Alike => "the partners read it alike",
        AlphaReading.BroadlyAlike => "broadly alike, conclusions tentative",
        AlphaReading.Differently => "they read it differently: agree what the items mean first",
        AlphaReading.NotEnoughToTell => "not enough to tell yet",
        _ => BandWords.Alpha(band),
    };

    /// <summary>An item to agree: where it stands, and each partner's rating and evidence.</summary>
    private static Section Entry(Agenda.Entry entry, bool evidence)
    {
        // In the pack, a table of each partner's rating and evidence; in the card, whose appendix gives the evidence,
        // the partners' ratings in a line.
        Block ratings = evidence
            ? new Table(
                [new("Partner", Width: 28, Class: "partner"), new("Level → target", Class: "level"), new("Evidence", Below: true)],
                [.. entry.Ratings.Select(r => new Row([r.Assessor, Agenda.Describe(r), r.Evidence ?? string.Empty]) { Headed = true })])
            {
                Marks = Marks.Classes("partners"),
            }
            : new Paragraph(string.Join(" · ", entry.Ratings.Select(r => $"{r.Assessor}: {Agenda.Describe(r)}"))) { Marks = Marks.Classes("partners-line") };
        return new($"agree-{entry.ItemId}", Text.Of(entry.ItemId, Style.Strong).Then($" {entry.Text}"), [new Paragraph(Agenda.Standing(entry)) { Marks = Marks.Classes("meta") }, .. entry.Ratings.Count > 0 ? [ratings] : (Block[])[]])
        {
            Element = "article",
            Marks = Marks.Of("item", entry.ItemId, entry.Score.Uncertain ? "agenda-item uncertain" : entry.Score.Agreement == Agreement.Split ? "agenda-item split" : "agenda-item"),
        };
    }
}
