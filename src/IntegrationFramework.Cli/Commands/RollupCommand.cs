using System.CommandLine;
using IntegrationFramework.Geography;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw rollup</c>: one score card for a wider footprint from its children's files.</summary>
internal static class RollupCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE") { Description = "The children's assessment files (.json, .csv) or score cards (.json).", Arity = ArgumentArity.OneOrMore };
        var code = new Option<string>("--code") { Description = "The wider footprint's code.", Required = true };
        var name = new Option<string>("--name") { Description = "The wider footprint's name.", Required = true };
        var level = new Option<string>("--level") { Description = "The wider footprint's level: place or system.", Required = true };
        level.AcceptOnlyFromAmong("system", "place", "neighbourhood");
        var population = new Option<int?>("--population") { Description = "How many people live in the wider footprint; the children's sum when left out and they all have one.", HelpName = "PEOPLE" };
        var parent = new Option<string?>("--parent") { Description = "The code of the footprint it sits in.", HelpName = "CODE" };
        var policy = Choices.Policy();
        var format = Choices.Format("text", "text", "json", "markdown", "html", "csv");
        var output = Choices.Output();
        var command = new Command("rollup", "Roll children's score cards up into one for a wider footprint (neighbourhoods into a place, places into a system), weighted by population where every child has one.")
        {
            files, code, name, level, population, parent, policy, format, output,
        };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var rules = Choices.Policies[parse.GetValue(policy)!];
            if (parse.GetValue(population) is < 1 || string.IsNullOrWhiteSpace(parse.GetValue(code)) || string.IsNullOrWhiteSpace(parse.GetValue(name)) || parse.GetValue(parent) is { } p && string.IsNullOrWhiteSpace(p))
            {
                return terminal.Usage("--code, --name and --parent must not be blank, and --population must be a positive whole number.");
            }

            var inputs = new Inputs(terminal);
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

            Vocabularies.Level.TryParse(parse.GetValue(level), out var wider);
            var footprint = new Footprint(parse.GetValue(code)!, parse.GetValue(name)!, wider, parse.GetValue(population), parse.GetValue(parent));
            var problems = Rollup.Check(footprint, cards);
            if (!problems.IsEmpty)
            {
                Indexed.Report(terminal, paths, problems);
                return Ifw.BadInput;
            }

            var rollup = Rollup.Combine(footprint, cards);
            terminal.Write(parse.GetValue(output), parse.GetValue(format) switch
            {
                "json" => ScoreCardJson.Serialize(rollup.Card),
                "markdown" => MarkdownReport.Render(rollup, rules),
                "html" => HtmlReport.Render(rollup, rules),
                "csv" => CsvReport.Render(rollup),
                _ => TextReport.Render(rollup, rules),
            });
            return Ifw.Done;
        });
        return command;
    }
}
