using System.CommandLine;
using IntegrationFramework.Collecting;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli.Commands;

/// <summary>
/// <c>ifw plan</c>: the partners' action plan to fill in — a row for every item of the whole work list, with where it
/// stands, its target and gap, and empty action, owner, due and status columns — as a table (CSV) or a workbook with
/// drop-downs for the owner and the status (.xlsx).
/// </summary>
internal static class PlanCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The assessment: its file, or the partners' files (or a folder of them), merged.",
            Arity = ArgumentArity.OneOrMore,
        };
        var policy = CommonOptions.Policy();
        var output = new OutputOption("plan", workbooks: true, ReportFormat.Csv, ReportFormat.Csv, ReportFormat.Json);
        var command = new Command("plan", "Write the action plan to fill in: every item of the whole work list with where it stands, its target and gap, and empty action, owner, due and status columns (CSV, or a workbook with drop-downs for owner and status). Give the filled plan to ifw merge with the partners' files, and its rows with an action join the assessment's actions.") { files, policy };
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var rules = CommonOptions.PolicyOf(parse, policy);
            if (new InputFiles(terminal).Assessment(parse.GetValue(files)!) is not { } assessment)
            {
                return Ifw.BadInput;
            }

            var card = Scorer.Score(assessment, rules);
            if (output.IsWorkbook(parse))
            {
                if (parse.GetValue(output) is not { } path || path == Targets.Standard)
                {
                    return terminal.Usage("a workbook is not written to standard output; give -o FILE.xlsx.");
                }

                terminal.Write(path, ActionPlanWorkbook.ToBytes(card, assessment, rules));
            }
            else
            {
                terminal.Write(parse.GetValue(output), output.Format(parse) == ReportFormat.Json ? ActionPlan.ToJson(card, assessment, rules) : ActionPlan.ToCsv(card, assessment, rules));
            }

            terminal.Error.WriteLine($"{GapAnalysis.Of(card, rules).Items.Count} items to plan. Fill in action, owner (an assessor's id or a name), due (yyyy-MM-dd) and status (open, done, dropped) where the partners agree an action, and merge the plan with ifw merge.");
            return Ifw.Done;
        });
        return command;
    }
}
