using System.CommandLine;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw score</c>: scores an assessment file and writes its score card in a chosen format.</summary>
internal static class ScoreCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "An assessment file: JSON (.json) or ratings CSV (.csv)." };
        var policy = CommonOptions.Policy();
        var format = CommonOptions.Format(ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv);
        var output = CommonOptions.Output();
        var command = new Command("score", "Score an assessment file: the score card as text, JSON, Markdown, self-contained HTML (with a radar chart) or CSV.") { file, policy, format, output };
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
            terminal.Write(parse.GetValue(output), Report.Render(report, CommonOptions.FormatOf(parse, format)));
            return Ifw.Done;
        });
        return command;
    }
}
