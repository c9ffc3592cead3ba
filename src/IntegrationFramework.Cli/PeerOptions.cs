using System.CommandLine;
using IntegrationFramework.Peers;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli;

/// <summary><c>--peers DIR</c>, <c>--population-band</c>, <c>--within-months</c> and <c>--policy</c>: what <c>peers</c>, <c>learning-partners</c> and <c>score</c> compare against.</summary>
internal sealed class PeerOptions(bool required = true)
{
    public Option<string?> Folder { get; } = new("--peers") { Description = "The peers: a folder of their score cards or assessments (.json, .csv), or a table of domain scores (CSV, the columns of ifw score --format csv, with the rows of many cards); the latest card of each other footprint with the same framework, policy and level is a peer.", HelpName = "DIR|CSV", Required = required };

    public Option<bool> PopulationBand { get; } = new("--population-band") { Description = "Only peers whose population is within a factor of two of the footprint's." };

    public Option<int> WithinMonths { get; } = WithinMonthsOption();

    public Option<string?> Policy { get; } = CommonOptions.Policy();

    public void AddTo(Command command, bool withPolicy = true)
    {
        command.Options.Add(Folder);
        command.Options.Add(PopulationBand);
        command.Options.Add(WithinMonths);
        if (withPolicy)
        {
            command.Options.Add(Policy);
        }
    }

    /// <summary>
    /// A command that compares one footprint's card with its peers (<c>peers</c>, <c>learning-partners</c>): its CARD argument,
    /// these options, <c>-o</c> with <paramref name="formats"/>, and the read limits; <paramref name="render"/> writes
    /// the result from the card, the peers, whether the population band applies, and the format.
    /// </summary>
    public static Command Command(Terminal terminal, string name, string description, ReportFormat[] formats, Func<ScoreCard, List<PeerCard>, bool, int, ReportFormat, string> render)
    {
        var file = new Argument<string>("CARD") { Description = "The footprint's score card or assessment (JSON or ratings CSV); '-' for standard input." };
        var options = new PeerOptions();
        var output = new OutputOption(name, formats[0], formats);
        var command = new Command(name, description) { file };
        options.AddTo(command);
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            if (options.Read(parse, terminal, parse.GetValue(file)!) is not { } read)
            {
                return Ifw.BadInput;
            }

            terminal.Write(parse.GetValue(output), render(read.Card, read.Peers, parse.GetValue(options.PopulationBand), parse.GetValue(options.WithinMonths), output.Format(parse)));
            return Ifw.Done;
        });
        return command;
    }

    /// <summary><c>--within-months N</c>: how far apart a peer's card and the footprint's may be; 18 unless given, 0 or more.</summary>
    private static Option<int> WithinMonthsOption()
    {
        var option = new Option<int>("--within-months")
        {
            Description = $"Only peers assessed within this many calendar months of the footprint, either way (default {PeerGroup.DefaultWithinMonths}).",
            HelpName = "N",
            DefaultValueFactory = _ => PeerGroup.DefaultWithinMonths,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > PeerGroup.MostWithinMonths)
            {
                result.AddError($"--within-months must be from 0 to {PeerGroup.MostWithinMonths}: how many calendar months either way a peer's card may be from the footprint's.");
            }
        });
        return option;
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
