using System.CommandLine;
using IntegrationFramework.Peers;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw score</c>: scores an assessment file and writes its score card in a chosen format.</summary>
internal static class ScoreCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "An assessment file: JSON or ratings CSV, told by its content; '-' for standard input." };
        var policy = CommonOptions.Policy();
        var output = new OutputOption("score", ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv);
        var peers = new PeerOptions(required: false);
        var command = new Command("score", "Score an assessment file: the score card as text, JSON, Markdown, self-contained HTML (with a radar chart) or CSV.") { file, policy };
        peers.AddTo(command, withPolicy: false);
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var rules = CommonOptions.PolicyOf(parse, policy);
            if (new InputFiles(terminal).Assessment(path) is not { } assessment)
            {
                return Ifw.BadInput;
            }

            var card = Scorer.Score(assessment, rules);
            var report = ScoreCardReport.For(card, assessment, rules);
            if (parse.GetValue(peers.Folder) is { } folder)
            {
                if (new InputFiles(terminal).Peers(folder, rules) is not { } cards)
                {
                    return Ifw.BadInput;
                }

                report = report with { Peers = PeerGroup.Of(card, cards, parse.GetValue(peers.PopulationBand)) };
            }

            terminal.Write(parse.GetValue(output), Report.Render(report, output.Format(parse)));
            return Ifw.Done;
        });
        return command;
    }
}
