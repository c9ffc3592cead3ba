using System.CommandLine;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw compare</c>: the change between two reviews of one footprint, per domain and per year.</summary>
internal static class CompareCommand
{
    public static Command Create(Terminal terminal)
    {
        var earlier = new Argument<string>("EARLIER") { Description = "The earlier review: an assessment file (.json, .csv) or a score card (.json)." };
        var later = new Argument<string>("LATER") { Description = "The later review, of the same footprint and framework." };
        var policy = Choices.Policy();
        var format = Choices.Format("text", "text", "json", "markdown", "html", "csv");
        var output = Choices.Output();
        var command = new Command("compare", "Compare two reviews of one footprint: the change in every score, and per year.") { earlier, later, policy, format, output };
        command.SetAction(parse =>
        {
            var paths = new[] { parse.GetValue(earlier)!, parse.GetValue(later)! };
            var rules = Choices.Policies[parse.GetValue(policy)!];
            var inputs = new Inputs(terminal);
            var cards = paths.Select(p => inputs.Card(p, rules)).ToList();
            if (cards.Any(c => c is null))
            {
                return Ifw.BadInput;
            }

            var (first, second) = (cards[0]!.Value.Card, cards[1]!.Value.Card);
            var problems = Trend.Check(first, second);
            if (!problems.IsEmpty)
            {
                Indexed.Report(terminal, paths, problems);
                return Ifw.BadInput;
            }

            var trend = Trend.Compare(first, second);
            terminal.Write(parse.GetValue(output), parse.GetValue(format) switch
            {
                "json" => TrendJson.Serialize(trend),
                "markdown" => MarkdownReport.Render(trend),
                "html" => HtmlReport.Render(trend, first, second),
                "csv" => CsvReport.Render(trend),
                _ => TextReport.Render(trend),
            });
            return Ifw.Done;
        });
        return command;
    }
}
