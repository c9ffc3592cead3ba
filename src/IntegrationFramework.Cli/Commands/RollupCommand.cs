using System.CommandLine;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw rollup</c>: one score card for a wider footprint from its children's files.</summary>
internal static class RollupCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE") { Description = "The children's assessment files (JSON or ratings CSV) or score cards (JSON); '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var footprint = new FootprintOptions(
            "The wider footprint's level: place or system.",
            "How many people live in the wider footprint; the children's sum when left out and they all have one.",
            "The date of the rolled-up card, yyyy-MM-dd; the latest child's date when left out.");
        var policy = CommonOptions.Policy();
        var output = new OutputOption("rollup", ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv);
        var weighting = new Option<RollupWeighting>("--weighting")
        {
            Description = "How the children count: by population (the default; every child needs one) or equally.",
            HelpName = "population|equal",
            DefaultValueFactory = _ => RollupWeighting.Population,
            CustomParser = result => result.Tokens[0].Value switch
            {
                "population" => RollupWeighting.Population,
                "equal" => RollupWeighting.Equal,
                var other => Refuse(result, other),
            },
        };
        var command = new Command("rollup", "Roll children's score cards up into one for a wider footprint (neighbourhoods into a place, places into a system), weighted by population (every child needs one) or, with --weighting equal, equally.")
        {
            files,
        };
        footprint.AddTo(command);
        command.Options.Add(weighting);
        command.Options.Add(policy);
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var rules = CommonOptions.PolicyOf(parse, policy);
            if (footprint.Footprint(parse, terminal) is not { } wider || !footprint.Date(parse, terminal, out var date))
            {
                return Ifw.BadInput;
            }

            var inputs = new InputFiles(terminal);
            var cards = new List<ScoreCard>();
            terminal.Progress(0, paths.Length);
            for (var i = 0; i < paths.Length; i++)
            {
                if (inputs.Card(paths[i], rules) is { } read)
                {
                    cards.Add(read.Card);
                }

                terminal.Progress(i + 1, paths.Length);
            }

            if (cards.Count < paths.Length)
            {
                return Ifw.BadInput;
            }

            var how = parse.GetValue(weighting);
            var problems = Rollup.Validate(wider, cards, how);
            terminal.Problems("ifw", InputFiles.Named(problems, paths));
            if (problems.Any(p => p.Severity == Problems.ProblemSeverity.Error))
            {
                return Ifw.BadInput;
            }

            var rollup = Rollup.Combine(wider, cards, date, how);
            terminal.Write(parse.GetValue(output), Report.Render(rollup, output.Format(parse), rules));
            return Ifw.Done;
        });
        return command;
    }

    private static RollupWeighting Refuse(System.CommandLine.Parsing.ArgumentResult result, string value)
    {
        result.AddError($"--weighting must be population or equal; it was '{value}'.");
        return RollupWeighting.Population;
    }
}
