using System.CommandLine;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw agenda</c>: the pack for the consensus meeting, from the partners' files merged into one assessment.</summary>
internal static class AgendaCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string[]>("FILE") { Description = "The partners' files of one assessment (JSON, ratings CSV, workbooks or FHIR responses), or a folder of them, merged; or one assessment file; '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var policy = CommonOptions.Policy();
        var output = new OutputOption("agenda", ReportFormat.Text, ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html);
        var command = new Command("agenda", "The pack for the consensus meeting: each domain's alpha in plain words, and every item the partners are split or partly agree on, most apart first, with each partner's level, target and evidence side by side.") { file, policy };
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var rules = CommonOptions.PolicyOf(parse, policy);
            if (new InputFiles(terminal).Assessment(parse.GetValue(file)!) is not { } assessment)
            {
                return Ifw.BadInput;
            }

            var report = ScoreCardReport.For(Scorer.ScoreWithBands(assessment, rules), assessment, rules);
            terminal.Write(parse.GetValue(output), Report.RenderAgenda(report, output.Format(parse)));
            return Ifw.Done;
        });
        return command;
    }
}
