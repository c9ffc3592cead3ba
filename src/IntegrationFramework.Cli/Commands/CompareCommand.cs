using System.CommandLine;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw compare</c>: the change between two reviews of one footprint, per domain and per year.</summary>
internal static class CompareCommand
{
    public static Command Create(Terminal terminal)
    {
        var earlier = new Argument<string>("EARLIER") { Description = "The earlier review: an assessment file (JSON or ratings CSV) or a score card (JSON); '-' for standard input." };
        var later = new Argument<string>("LATER") { Description = "The later review, of the same footprint and framework." };
        var policy = CommonOptions.Policy();
        var output = new OutputOption("compare", ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv);
        var command = new Command("compare", "Compare two reviews of one footprint: the change in every score, each with its band (how far it moves with whose views were sought, from both assessments' ratings) and whether it is more than partner disagreement alone produces, and per year.") { earlier, later, policy };
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = new[] { parse.GetValue(earlier)!, parse.GetValue(later)! };
            var rules = CommonOptions.PolicyOf(parse, policy);
            var inputs = new InputFiles(terminal);
            var cards = paths.Select(p => inputs.Card(p, rules)).ToList();
            if (cards.Any(c => c is null))
            {
                return Ifw.BadInput;
            }

            var (first, second) = (cards[0]!.Card, cards[1]!.Card);
            var problems = ReviewComparison.Validate(first, second);
            if (!problems.IsEmpty)
            {
                terminal.Problems("ifw", InputFiles.Named(problems, paths));
                return Ifw.BadInput;
            }

            var bands = cards[0]!.Assessment is { } before && cards[1]!.Assessment is { } after ? ChangeBands.Of(before, after, rules) : null;
            var trend = ReviewComparison.Of(first, second, bands, cards[0]!.Assessment?.Actions ?? [], cards[1]!.Assessment?.Actions ?? []);
            terminal.Write(parse.GetValue(output), Report.Render(trend, first, second, output.Format(parse)));
            return Ifw.Done;
        });
        return command;
    }
}
