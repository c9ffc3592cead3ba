using System.Globalization;
using IntegrationFramework.Fhir;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;
using NodaTime;

namespace IntegrationFramework.Cli;

/// <summary>
/// Where a command reads and writes: standard input for <c>-</c>, results to standard output or the <c>-o</c> file
/// (written whole or not at all), problems and progress to standard error.
/// </summary>
internal sealed class Terminal(Stream input, TextWriter output, TextWriter error, IClock clock, CancellationToken cancellation)
{
    /// <summary>The number of files above which a command says how far it has got.</summary>
    public const int ProgressThreshold = 5;

    /// <summary>The most problems printed for one file; the rest are counted in a last line.</summary>
    public const int ProblemsShown = 50;

    public Stream Input { get; } = input;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IClock Clock { get; } = clock;

    /// <summary>Today's date in England (Europe/London) by <see cref="Clock"/>: what a date left out defaults to.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>The limits and checks files are read with, as the command line set them.</summary>
    public ReadOptions ReadOptions
    {
        get;
        set
        {
            field = value;
            intake = null;
        }
    } = new() { Clock = clock, LimitNames = ReadLimits.Names };

    /// <summary>The limits workbooks are read with, as the command line set them.</summary>
    public WorkbookReadOptions WorkbookOptions
    {
        get;
        set
        {
            field = value;
            intake = null;
        }
    } = new() { LimitNames = ReadLimits.WorkbookNames };

    /// <summary>
    /// The library's one way in, reading every kind of file <c>ifw</c> takes — assessment JSON, ratings CSV, workbooks
    /// and FHIR responses — with the limits the command line set.
    /// </summary>
    public FileIntake Intake => intake ??= new FileIntake([.. FileIntake.CoreFormats, new WorkbookFormat(WorkbookOptions), new FhirResponseFormat()], ReadOptions);

    private FileIntake? intake;

    /// <summary>Writes a result to <paramref name="path"/>, or to standard output when there is none or it is <c>-</c>.</summary>
    public void Write(string? path, string content)
    {
        if (path is null or Targets.Standard)
        {
            Cancellation.ThrowIfCancellationRequested();
            Output.Write(content);
            if (content.Length > 0 && content[^1] != '\n')
            {
                Output.WriteLine();
            }

            return;
        }

        OutputFile.Write(path, content, Cancellation);
        Error.WriteLine($"Wrote {path}.");
    }

    /// <summary>Writes a workbook's bytes to <paramref name="path"/>, a file (workbooks do not go to standard output).</summary>
    public void Write(string path, byte[] content)
    {
        OutputFile.Write(path, content, Cancellation);
        Error.WriteLine($"Wrote {path}.");
    }

    /// <summary>
    /// Writes each problem as <c>FILE: PATH: message</c>, in the order given, with <c>ifw</c>'s own hint where it has one
    /// (<see cref="ProblemHints"/>), up to <see cref="ProblemsShown"/> and then a line that counts the rest; returns
    /// whether any is an error. A problem without a file is written under <paramref name="file"/>.
    /// </summary>
    public bool Problems(string file, IEnumerable<Problem> problems) => Problems(problems.Select(p => p.Location.File is null ? p.InFile(file) : p));

    /// <summary>Writes problems that name their files, as <c>FILE: PATH: message</c>; returns whether any is an error.</summary>
    public bool Problems(IEnumerable<Problem> problems)
    {
        var errors = false;
        int shown = 0, more = 0, moreErrors = 0;
        string? last = null;
        foreach (var problem in problems)
        {
            var error = problem.Severity == ProblemSeverity.Error;
            errors |= error;
            last = problem.Location.File ?? last;
            if (shown < ProblemsShown)
            {
                Error.WriteLine(ProblemHints.Describe(problem));
                shown++;
            }
            else
            {
                more++;
                moreErrors += error ? 1 : 0;
            }
        }

        if (more > 0)
        {
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{last ?? "ifw"}: … and {more:N0} more ({moreErrors:N0} {(moreErrors == 1 ? "error" : "errors")}, {more - moreErrors:N0} {(more - moreErrors == 1 ? "warning" : "warnings")})."));
        }

        return errors;
    }

    /// <summary>Writes a problem with the command line itself, without a file.</summary>
    public int Usage(string message)
    {
        Error.WriteLine($"ifw: {message}");
        return Ifw.BadInput;
    }

    /// <summary>Says how far a command has got when it reads more than a handful of files.</summary>
    public void Progress(int done, int total)
    {
        Cancellation.ThrowIfCancellationRequested();
        if (total > ProgressThreshold && (done == 0 || done == total || done % 25 == 0))
        {
            Error.WriteLine(done == 0 ? $"Reading {total} files…" : $"Read {done} of {total} files.");
        }
    }
}
