using System.CommandLine;
using System.Globalization;
using System.Text;
using IntegrationFramework.Evidence;
using IntegrationFramework.Peers;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary>
/// <c>ifw learning-partners</c>: learning partners among the peers, after SCIROCCO's twinning. Its first name,
/// <c>twins</c>, still works (hidden from help), so scripts keep working.
/// </summary>
internal static class LearningPartnersCommand
{
    /// <summary>The command's name: the concept's, as the library (<c>LearningPartners</c>) and the service name it.</summary>
    public const string Name = "learning-partners";

    /// <summary>The name the command had first.</summary>
    public const string OldName = "twins";

    public static Command Create(Terminal terminal)
    {
        var command = PeerOptions.Command(
        terminal,
        Name,
        $"Learning partners: for each of the footprint's {LearningPartners.WeakestDomains} weakest domains, up to {LearningPartners.PeersPerDomain} peers ahead beyond both partner bands (or {LearningPartners.Lead} points, marked \"may be noise\", without bands); and complementary pairs, each ahead in one of the other's weakest domains.",
        [ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown],
        (card, peers, band, months, format) =>
        {
            var partners = LearningPartners.Match(card, peers, band, months);
            return format == ReportFormat.Json ? PeersJson.Serialize(partners) : Render(partners, format == ReportFormat.Markdown);
        });
        command.Aliases.Add(OldName);
        return command;
    }

    private static string Render(LearningPartners partners, bool markdown)
    {
        var text = new StringBuilder();
        var card = partners.Card;
        string Name(string code) => $"{code} {card.Framework.Checklist.FindDomain(code)?.Name}";
        string Points(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        string Examples(IEnumerable<CaseExample> examples) => string.Join("; ", examples.Take(3).Select(e => $"\"{e.Title}\"{(e.Source.Page is { } page ? $" (p. {page})" : string.Empty)}"));
        var (heading, bullet) = markdown ? ("## ", "- ") : (string.Empty, "  ");

        text.AppendLine(CultureInfo.InvariantCulture, $"{(markdown ? "# " : string.Empty)}Learning partners for {card.Footprint.Name} ({card.Footprint.Code})").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{heading}Peers ahead in its weakest domains");
        text.AppendLine(CultureInfo.InvariantCulture, $"{(markdown ? string.Empty : bullet)}A peer is ahead where its score is above the top of this footprint's partner band and the bottom of its own band above this footprint's score; where a card has no band (a score card saved without one, or three partners or fewer), at least {LearningPartners.Lead:0} points higher, marked \"may be noise\".").AppendLine();
        foreach (var domain in partners.Leaders)
        {
            var ahead = domain.Peers.IsEmpty ? "no peer is far enough ahead." : string.Join(", ", domain.Peers.Select(p => $"{p.Footprint.Name} {Points(p.Score)}{(p.MayBeNoise ? " (may be noise)" : string.Empty)}")) + ".";
            text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}{Name(domain.Domain)}, scored {Points(domain.Score)}: {ahead}");
            if (!domain.CaseExamples.IsEmpty)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}  case examples: {Examples(domain.CaseExamples)}");
            }
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{heading}Complementary pairs");
        if (partners.Pairs.IsEmpty)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}None: no peer is ahead in one of its weak domains while behind in one of the peer's.");
        }

        foreach (var pair in partners.Pairs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}{pair.Peer.Name}: they lead in {Name(pair.TheyLeadIn)} by {Points(pair.TheyLeadBy)}; {card.Footprint.Name} leads in {Name(pair.YouLeadIn)} by {Points(pair.YouLeadBy)}{(pair.MayBeNoise ? " (may be noise: a card without bands)" : string.Empty)}.");
            if (!pair.TheirCaseExamples.IsEmpty || !pair.YourCaseExamples.IsEmpty)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}  case examples: {Examples(pair.TheirCaseExamples.Concat(pair.YourCaseExamples).Distinct())}");
            }
        }

        return text.ToString();
    }
}
