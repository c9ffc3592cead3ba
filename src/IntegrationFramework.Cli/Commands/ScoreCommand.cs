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
        var file = new Argument<string[]>("FILE") { Description = "An assessment file (JSON, ratings CSV, workbook or FHIR responses, told by its content; '-' for standard input), or the partners' files of one assessment, or a folder of them, merged.", Arity = ArgumentArity.OneOrMore };
        var policy = CommonOptions.Policy();
        var output = new OutputOption("score", ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv);
        var peers = new PeerOptions(required: false);
        var command = new Command("score", "Score an assessment (a file, or the partners' files merged): the score card as text, JSON, Markdown, self-contained HTML (with a radar chart) or CSV.") { file, policy };
        peers.AddTo(command, withPolicy: false);
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(file)!;
            var rules = CommonOptions.PolicyOf(parse, policy);
            if (new InputFiles(terminal).Assessment(paths) is not { } assessment)
            {
                return Ifw.BadInput;
            }

            var card = Scorer.ScoreWithBands(assessment, rules);
            var report = ScoreCardReport.For(card, assessment, rules) with { Today = terminal.Today };
            if (parse.GetValue(peers.Folder) is { } folder)
            {
                if (new InputFiles(terminal).Peers(folder, rules) is not { } cards)
                {
                    return Ifw.BadInput;
                }

                report = report with { Peers = PeerGroup.Of(card, cards, parse.GetValue(peers.PopulationBand), parse.GetValue(peers.WithinMonths)) };
            }

            terminal.Write(parse.GetValue(output), Report.Render(report, output.Format(parse)));
            return Ifw.Done;
        });
        return command;
    }
}
