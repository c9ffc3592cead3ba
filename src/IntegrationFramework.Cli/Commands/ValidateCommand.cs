using System.CommandLine;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw validate</c>: checks assessment files and prints each problem as <c>FILE: PATH: message</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var files = new Argument<string[]>("FILE") { Description = "Assessment files: JSON or ratings CSV, told by their content; '-' for standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check assessment files: every problem is printed as FILE: PATH: message, and the exit code is 2 when any file has an error.") { files };
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files) ?? [];
            var inputs = new InputFiles(terminal);
            var invalid = 0;
            terminal.Progress(0, paths.Length);
            for (var i = 0; i < paths.Length; i++)
            {
                var assessment = inputs.Assessment(paths[i]);
                if (assessment is null)
                {
                    invalid++;
                }

                terminal.Output.WriteLine(assessment is null ? $"{InputFiles.Name(paths[i])}: not valid" : $"{InputFiles.Name(paths[i])}: valid, {assessment.Ratings.Count} ratings by {assessment.Assessors.Count} assessors");
                terminal.Progress(i + 1, paths.Length);
            }

            terminal.Output.WriteLine($"{paths.Length} {(paths.Length == 1 ? "file" : "files")} checked: {paths.Length - invalid} valid, {invalid} not valid.");
            return invalid == 0 ? Ifw.Done : Ifw.BadInput;
        });
        return command;
    }
}
