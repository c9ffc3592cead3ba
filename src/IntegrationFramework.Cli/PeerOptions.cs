using System.CommandLine;
using IntegrationFramework.Peers;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli;

/// <summary><c>--peers DIR</c>, <c>--population-band</c> and <c>--policy</c>: what <c>peers</c>, <c>twins</c> and <c>score</c> compare against.</summary>
internal sealed class PeerOptions(bool required = true)
{
    public Option<string?> Folder { get; } = new("--peers") { Description = "The peers: a folder of their score cards or assessments (.json, .csv), or a table of domain scores (CSV, the columns of ifw score --format csv, with the rows of many cards); the latest card of each other footprint with the same framework, policy and level is a peer.", HelpName = "DIR|CSV", Required = required };

    public Option<bool> PopulationBand { get; } = new("--population-band") { Description = "Only peers whose population is within a factor of two of the footprint's." };

    public Option<string?> Policy { get; } = CommonOptions.Policy();

    public void AddTo(Command command, bool withPolicy = true)
    {
        command.Options.Add(Folder);
        command.Options.Add(PopulationBand);
        if (withPolicy)
        {
            command.Options.Add(Policy);
        }
    }

    /// <summary>The footprint's card and the cards of the folder; null after saying why on standard error.</summary>
    public (ScoreCard Card, List<PeerCard> Peers)? Read(ParseResult parse, Terminal terminal, string path)
    {
        var rules = CommonOptions.PolicyOf(parse, Policy);
        var inputs = new InputFiles(terminal);
        if (inputs.Card(path, rules) is not { } own || parse.GetValue(Folder) is not { } folder || inputs.Peers(folder, rules) is not { } peers)
        {
            return null;
        }

        return (own.Card, peers);
    }
}
