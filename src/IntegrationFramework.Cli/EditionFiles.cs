using System.CommandLine;
using IntegrationFramework.Checklists;
using IntegrationFramework.Intake;

namespace IntegrationFramework.Cli;

/// <summary>
/// <c>--framework-file PATH</c> on every command: edition files (or folders of them) whose editions join the catalogue
/// the command reads with and picks <c>--framework</c> from.
/// </summary>
internal static class EditionFiles
{
    /// <summary>The option's name.</summary>
    public const string Name = "--framework-file";

    /// <summary>Adds the option to <paramref name="command"/> and every command under it that does something.</summary>
    public static void AddTo(Command command)
    {
        if (command.Action is not null)
        {
            command.Options.Add(new Option<string[]>(Name)
            {
                Description = "An edition file (the JSON 'ifw catalogue --format json' writes), or a folder of them: its editions join the built-in ones. Repeat for more; an edition may derive from one in an earlier file.",
                HelpName = "PATH",
                DefaultValueFactory = _ => [],
            });
        }

        foreach (var subcommand in command.Subcommands)
        {
            AddTo(subcommand);
        }
    }

    /// <summary>
    /// The edition files a <c>--framework-file</c> value names: the file itself, or a folder's <c>*.json</c> files (not
    /// those starting with a dot) in ordinal order, so that an edition in one may derive from one in a file named before it.
    /// </summary>
    public static List<string> Expand(string path)
        => Directory.Exists(path)
            ? [.. Directory.EnumerateFiles(path, "*.json").Where(p => !Path.GetFileName(p).StartsWith('.')).Order(StringComparer.Ordinal)]
            : [path];

    /// <summary>
    /// The catalogue the command reads with: the built-in editions and those of every <c>--framework-file</c>; null after
    /// saying on standard error what is wrong with a file.
    /// </summary>
    public static FrameworkCatalogue? Catalogue(ParseResult parse, Terminal terminal)
    {
        var paths = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == Name) is Option<string[]> option ? parse.GetValue(option) ?? [] : [];
        if (paths.Length == 0)
        {
            return terminal.ReadOptions.Frameworks;
        }

        var inputs = new InputFiles(terminal);
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            List<string> inFolder;
            try
            {
                inFolder = Expand(path);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
            {
                terminal.Error.WriteLine($"{path}: the folder cannot be read: {exception.Message}");
                return null;
            }

            if (inFolder.Count == 0)
            {
                terminal.Error.WriteLine($"{path}: the folder holds no edition files (.json).");
                return null;
            }

            foreach (var file in inFolder)
            {
                if (inputs.File(file) is not { } read)
                {
                    return null;
                }

                files.Add(read);
            }
        }

        var catalogue = terminal.Intake.ReadEditions(files);
        return terminal.Problems(catalogue.Problems) ? null : catalogue.Value;
    }
}
