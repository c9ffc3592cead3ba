using System.CommandLine;
using System.Globalization;
using System.Text;
using IntegrationFramework.Peers;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw peers</c>: each domain's percentile among comparable peers.</summary>
internal static class PeersCommand
{
    public static Command Create(Terminal terminal) => PeerOptions.Command(
        terminal,
        "peers",
        "Each domain's standing among comparable peers (a rank below ten peers, a percentile from ten): the latest card of each other footprint with the same framework, policy and level, assessed within --within-months of it.",
        [ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown],
        (card, peers, band, months, format) =>
        {
            var group = PeerGroup.Of(card, peers, band, months);
            return format switch
            {
                ReportFormat.Json => PeersJson.Serialize(group),
                ReportFormat.Markdown => Markdown(group),
                _ => Text(group),
            };
        });

    private static string Text(PeerGroup group)
    {
        var text = new StringBuilder();
        var card = group.Card;
        text.AppendLine(CultureInfo.InvariantCulture, $"{card.Footprint.Name} ({card.Footprint.Code}, {card.Footprint.Level.ToString().ToLowerInvariant()}), assessed {Dates.IsoDate.Format(card.AssessedOn)}, among its peers");
        text.AppendLine($"Peers: {group.Describe()}").AppendLine();
        text.AppendLine("Domains                                                         score  peers  standing");
        foreach (var domain in group.Domains)
        {
            var name = card.Framework.Checklist.FindDomain(domain.Domain)?.Name ?? string.Empty;
            name = name.Length > 50 ? string.Concat(name.AsSpan(0, 49), "…") : name;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {domain.Domain,-10} {name,-50} {Score(domain),6}  {domain.Peers,5}  {Percentile(domain)}");
        }

        return text.ToString();
    }

    private static string Markdown(PeerGroup group)
    {
        var md = new StringBuilder();
        var card = group.Card;
        md.AppendLine(CultureInfo.InvariantCulture, $"# {card.Footprint.Name} among its peers").AppendLine();
        md.AppendLine($"Peers: {group.Describe()}").AppendLine();
        md.AppendLine("| Domain | Score | Peers | Standing |").AppendLine("| --- | ---: | ---: | --- |");
        foreach (var domain in group.Domains)
        {
            var name = card.Framework.Checklist.FindDomain(domain.Domain)?.Name ?? string.Empty;
            md.AppendLine(CultureInfo.InvariantCulture, $"| {domain.Domain} {name} | {Score(domain)} | {domain.Peers} | {Percentile(domain)} |");
        }

        return md.ToString();
    }

    private static string Score(DomainPercentile domain) => domain.Score is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    private static string Percentile(DomainPercentile domain) => domain.Describe();
}
