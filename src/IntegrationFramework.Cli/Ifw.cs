using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using IntegrationFramework.Cli.Commands;
using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Cli;

/// <summary>
/// The <c>ifw</c> command line: <c>catalogue</c>, <c>template</c>, <c>validate</c>, <c>merge</c>, <c>score</c>,
/// <c>agenda</c>, <c>compare</c>, <c>rollup</c>, <c>fhir</c>, <c>peers</c> and <c>learning-partners</c> (once <c>twins</c>,
/// a name that still works). Exit codes: 0 done, 2 bad input or usage (a line per problem on standard error),
/// 1 an internal fault. Never prints a stack trace.
/// </summary>
public static class Ifw
{
    /// <summary>Exit code: the command did what was asked.</summary>
    public const int Done = 0;

    /// <summary>Exit code: something went wrong inside the tool; the message says what.</summary>
    public const int InternalFault = 1;

    /// <summary>Exit code: the input or the command line was not usable; the problems say why.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code: interrupted (Ctrl+C) before the command finished; no file was changed.</summary>
    public const int Interrupted = 130;

    /// <summary>The commands, by name, each made when it is needed.</summary>
    private static readonly (string Name, Func<Terminal, Command> Create)[] Commands =
    [
        ("catalogue", CatalogueCommand.Create),
        ("template", TemplateCommand.Create),
        ("validate", ValidateCommand.Create),
        ("merge", MergeCommand.Create),
        ("score", ScoreCommand.Create),
        ("agenda", AgendaCommand.Create),
        ("plan", PlanCommand.Create),
        ("sign", SignCommand.Create),
        ("compare", CompareCommand.Create),
        ("rollup", RollupCommand.Create),
        ("fhir", FhirCommand.Create),
        ("peers", PeersCommand.Create),
        ("learning-partners", LearningPartnersCommand.Create),
    ];

    /// <summary>Runs <c>ifw</c> with the system clock and an empty standard input.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Stream.Null, output, error, SystemClock.Instance, CancellationToken.None);

    /// <summary>Runs <c>ifw</c> with an empty standard input.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">What today is, for dates that default to it and for checking that assessments are not dated in the future.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock) => Run(args, Stream.Null, output, error, clock, CancellationToken.None);

    /// <summary>Runs <c>ifw</c>.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="input">Standard input, which a file named <c>-</c> reads.</param>
    /// <param name="output">Standard output, which <c>-o -</c> (or no <c>-o</c>) writes.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="clock">What today is, for dates that default to it and for checking that assessments are not dated in the future.</param>
    /// <param name="cancellation">Cancelled on Ctrl+C: the command stops, deletes any file it was writing, and returns <see cref="Interrupted"/>.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Stream input, TextWriter output, TextWriter error, IClock clock, CancellationToken cancellation)
    {
        Preconditions.NotNull(args);
        Preconditions.NotNull(input);
        var terminal = new Terminal(input, output, error, clock, cancellation);
        var root = new RootCommand("ifw: score and compare partnerships' progress on integrating health, social care and public health, against the integration checklist of 'Shifting the centre of gravity' (2018) and the LGA position paper.");

        // Build only the command asked for, when one is: each command's options are set up when it is built, and a
        // command that scores one file should not pay for the set-up of the rest. Help, errors and the version see all.
        var asked = -1;
        for (var i = 0; i < Commands.Length && args.Length > 0; i++)
        {
            asked = Commands[i].Name == args[0] || (Commands[i].Name == LearningPartnersCommand.Name && args[0] == LearningPartnersCommand.OldName) ? i : asked;
        }

        for (var i = 0; i < Commands.Length; i++)
        {
            if (asked < 0 || asked == i)
            {
                var command = Commands[i].Create(terminal);
                EditionFiles.AddTo(command);
                root.Subcommands.Add(command);
            }
        }

        // Name the tool and its version ourselves: by default both come from the process, which is not ifw when it runs in process.
        root.HelpName = "ifw";
        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Action = new PrintVersion(output);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"ifw: {parseError.Message}");
            }

            var command = string.Join(' ', CommandPath(parse.CommandResult));
            error.WriteLine(command.Length == 0 ? "Run 'ifw --help' for usage." : $"Run 'ifw {command} --help' for usage.");
            return BadInput;
        }

        // The files are checked before the command runs; help and the version need none.
        if (parse.Action is not null && parse.Action == parse.CommandResult.Command.Action)
        {
            if (!Targets.Check(parse, terminal) || ReadLimits.Of(parse, terminal) is not { } limits || ReadLimits.WorkbookOf(parse, terminal, limits) is not { } workbookLimits)
            {
                return BadInput;
            }

            terminal.ReadOptions = limits;
            terminal.WorkbookOptions = workbookLimits;
            if (EditionFiles.Catalogue(parse, terminal) is not { } catalogue)
            {
                return BadInput;
            }

            terminal.ReadOptions = limits with { Frameworks = catalogue };
            terminal.WorkbookOptions = workbookLimits with { File = terminal.ReadOptions };
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            error.WriteLine("ifw: interrupted; no file was changed.");
            return Interrupted;
        }
        catch (UnauthorizedAccessException)
        {
            error.WriteLine("ifw: cannot write there: permission denied. No file was changed.");
            return BadInput;
        }
        catch (IOException exception)
        {
            error.WriteLine($"ifw: cannot write: {exception.Message} No file was changed.");
            return BadInput;
        }
        catch (Exception exception)
        {
            error.WriteLine($"ifw: internal fault ({exception.GetType().Name}): {exception.Message} Please report it with the command you ran.");
            return InternalFault;
        }
    }

    /// <summary>The version of the tool: its assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(Ifw).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static Stack<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (var current = result; current.Parent is System.CommandLine.Parsing.CommandResult parent; current = parent)
        {
            names.Push(current.Command.Name);
        }

        return names;
    }

    private sealed class PrintVersion(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(Version);
            return Done;
        }
    }
}
