using System.Text;
using IntegrationFramework.Problems;
using NodaTime;

namespace IntegrationFramework.Cli;

/// <summary>Where a command writes: results to standard output or the <c>-o</c> file, problems and progress to standard error.</summary>
internal sealed class Terminal(TextWriter output, TextWriter error, IClock clock)
{
    /// <summary>The number of files above which a command says how far it has got.</summary>
    public const int ProgressThreshold = 5;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public IClock Clock { get; } = clock;

    /// <summary>Writes a result to <paramref name="path"/>, or to standard output when there is none.</summary>
    public void Write(string? path, string content)
    {
        if (path is null)
        {
            Output.Write(content);
            if (content.Length > 0 && content[^1] != '\n')
            {
                Output.WriteLine();
            }

            return;
        }

        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Error.WriteLine($"Wrote {path}.");
    }

    /// <summary>Writes each problem as <c>FILE: PATH: message</c>; returns whether any is an error.</summary>
    public bool Problems(string file, IEnumerable<Problem> problems)
    {
        var errors = false;
        foreach (var problem in problems)
        {
            Error.WriteLine($"{file}: {problem}");
            errors |= problem.Severity == ProblemSeverity.Error;
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
        if (total > ProgressThreshold && (done == 0 || done == total || done % 25 == 0))
        {
            Error.WriteLine(done == 0 ? $"Reading {total} files…" : $"Read {done} of {total} files.");
        }
    }
}
