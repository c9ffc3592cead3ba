using System.CommandLine;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary>
/// <c>ifw merge</c>: combines the partners' files of one assessment (JSON, ratings CSV, workbooks and FHIR responses,
/// mixed) into one assessment file, and says what each assessor returned.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "The partners' files of one assessment, or folders of them: assessment JSON, ratings CSV, workbooks (.xlsx, .ods) and FHIR responses, mixed, told by their content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new OutputOption("merge", ReportFormat.Json);
        var command = new Command("merge", "Merge the partners' files of one footprint and date into one assessment file, and print each assessor's return (\"council 74 of 86 rated; vcse no file\"). The same assessor rating an item differently in two files is an error naming both; never last-wins.") { files };
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            if (new InputFiles(terminal).Assessment(parse.GetValue(files)!) is not { } merged)
            {
                return Ifw.BadInput;
            }

            terminal.Write(parse.GetValue(output), AssessmentJson.Serialize(merged));
            return Ifw.Done;
        });
        return command;
    }
}
