using NodaTime;
using NodaTime.Testing;

namespace IntegrationFramework.Cli.Tests;

/// <summary>What one run of <c>ifw</c> printed and returned.</summary>
/// <param name="Exit">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record Run(int Exit, string Output, string Error)
{
    /// <summary>Today, for every run: 24 November 2026, noon in London.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);

    /// <summary>Runs <c>ifw</c> in process through its real entry point, with a fixed clock.</summary>
    public static Run Ifw(params string[] args) => IfwWith([], CancellationToken.None, args);

    /// <summary>Runs <c>ifw</c> in process with <paramref name="input"/> on standard input and a token that Ctrl+C would cancel.</summary>
    public static Run IfwWith(byte[] input, CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = Cli.Ifw.Run(args, new MemoryStream(input), output, error, new FakeClock(Now), cancellation);
        var run = new Run(exit, output.ToString(), error.ToString());
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal fault", run.Error, StringComparison.Ordinal);

        // Messages for bad input and usage are in the user's words: no .NET type names.
        Assert.DoesNotMatch(@"System\.[A-Z]|`\d|Exception\b", run.Error);
        return run;
    }

    /// <summary>Standard error, a line each.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts the run succeeded, showing standard error when it did not.</summary>
    public Run Succeeded()
    {
        Assert.True(Exit == Cli.Ifw.Done, $"ifw exited {Exit}: {Error}");
        return this;
    }

    /// <summary>Asserts the run was refused as bad input, saying why on standard error.</summary>
    public Run Refused()
    {
        Assert.True(Exit == Cli.Ifw.BadInput, $"ifw exited {Exit}, not {Cli.Ifw.BadInput}: {Error}");
        Assert.NotEmpty(Error);
        return this;
    }
}
