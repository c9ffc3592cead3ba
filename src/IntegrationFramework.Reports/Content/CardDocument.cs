namespace IntegrationFramework.Reports.Content;

/// <summary>The content of a score card's report, and of the consensus meeting's pack made from the same card.</summary>
internal static class CardDocument
{
    /// <summary>
    /// A score card, summary first: the headline with any caution, the domains' chart, the themes, how many items the
    /// partners are split on and the first ten things to work on; then a section per domain, the consensus meeting's
    /// section, and the appendix with every item and the rest of the work list.
    /// </summary>
    public static Document Of(ScoreCardReport report)
    {
        var card = report.Card;
        var domains = CardContent.Domains(report);
        var summary = new Section("summary", null, [.. CardContent.Headline(report), .. SignedOff(report), .. ActionContent.Summary(report), domains, .. Peers(report)])
        {
            Marks = Marks.Classes("summary"),
            Label = "Summary",
            Sections = [CardContent.Themes(report), new("agreement", null, [.. CardContent.Agreement(report)]) { Label = "How far the partners agree" }, CardContent.Work(report)],
        };
        var consensus = new Section(CardContent.ConsensusAnchor, "For the consensus meeting", [])
        {
            Anchored = true,
            Marks = Marks.Classes("consensus"),
            Sections = card.RolledUp
                ? [new Section("no-meeting", null, [CardContent.Note("A roll-up has no consensus meeting of its own: its items are its children's mean points, and each child's partners agree where they stand on that child's card.")])]
                : ConsensusContent.Sections(report, evidence: false),
        };
        return new(
            "Integration score card",
            $"{card.Footprint.Name}: integration score card, {Display.Date(card.AssessedOn)}",
            $"{card.Footprint.Name}: integration score card",
            card.Footprint.Name,
            CardContent.About(card, report.Framework),
            CardContent.Printed(card),
            [summary, DomainContent.Domains(report), .. Plan(report), consensus, AppendixContent.Appendix(report)],
            CardContent.Footer(card.PolicyId, report.Framework));
    }

    /// <summary>The consensus meeting's pack: each domain's alpha in plain words, then every item to agree with each partner's rating.</summary>
    public static Document Agenda(ScoreCardReport report)
    {
        var card = report.Card;
        return new(
            "Consensus meeting pack",
            $"{card.Footprint.Name}: consensus meeting, {Display.Date(card.AssessedOn)}",
            $"{card.Footprint.Name}: consensus meeting pack",
            card.Footprint.Name,
            CardContent.About(card, report.Framework),
            CardContent.Printed(card),
            ConsensusContent.Sections(report),
            CardContent.Footer(card.PolicyId, report.Framework));
    }

    /// <summary>Who signed the assessment off and when, when its file records a sign-off (its digest checked on reading).</summary>
    private static IEnumerable<Block> SignedOff(ScoreCardReport report)
    {
        if (report.Assessment?.SignOff is not { } signOff)
        {
            return [];
        }

        return [CardContent.Note($"Signed off on {Display.Date(signOff.Date)} by {Display.List([.. signOff.Signatories.Select(s => s.ToString())])}. The file matches the digest recorded with the sign-off ({signOff.Digest[..19]}…), so nothing in it has changed since unless someone also wrote a new digest: compare it with the digest kept in the minutes. The digest does not prove who signed.") with { Marks = Marks.Classes("note signed-off") }];
    }

    /// <summary>The action plan, when the assessment has actions.</summary>
    private static Section[] Plan(ScoreCardReport report) => ActionContent.Plan(report) is { } plan ? [plan] : [];

    /// <summary>Where the footprint stands among its peers, when the report has them.</summary>
    private static IEnumerable<Block> Peers(ScoreCardReport report)
        => report.Peers is { } group ? [CardContent.Note($"Peers: {group.Describe()}")] : [];
}
