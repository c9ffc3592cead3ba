using System.CommandLine;
using IntegrationFramework.Checklists;
using IntegrationFramework.Reports;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw catalogue</c>: lists themes, domains and items, with where each comes from.</summary>
internal static class CatalogueCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = CommonOptions.Framework("List only this framework: shifting-the-centre-of-gravity-2018, lga-position-paper, or an edition from --framework-file. All of them when left out.");
        var output = new OutputOption("catalogue", ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Markdown);
        var command = new Command("catalogue", "List the frameworks' themes, domains and items, each with its source.") { framework };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            IReadOnlyList<Framework> frameworks = [.. terminal.ReadOptions.Frameworks.All];
            if (parse.GetValue(framework) is { } id)
            {
                if (CommonOptions.FindFramework(terminal, id) is not { } found)
                {
                    return Ifw.BadInput;
                }

                frameworks = [found];
            }

            terminal.Write(parse.GetValue(output), Report.Render(frameworks, output.Format(parse)));
            return Ifw.Done;
        });
        return command;
    }
}
