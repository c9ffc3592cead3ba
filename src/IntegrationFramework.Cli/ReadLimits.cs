using System.CommandLine;
using System.Globalization;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli;

/// <summary>
/// <c>--max-file-mib</c> and <c>--max-ratings</c>: the limits files are read with, on every command that reads files,
/// named by the messages that enforce them.
/// </summary>
internal static class ReadLimits
{
    /// <summary>The options' names, as the messages name them.</summary>
    public static readonly ReadLimitNames Names = new("--max-file-mib", "--max-ratings");

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public static void AddTo(Command command)
    {
        command.Options.Add(new Option<string?>(Names.MaxBytes)
        {
            Description = $"The largest file read, in MiB; {ReadOptions.DefaultMaxBytes / (1024 * 1024)} when left out.",
            HelpName = "MIB",
        });
        command.Options.Add(new Option<string?>(Names.MaxRatings)
        {
            Description = $"The most ratings a file may hold; {ReadOptions.Default.MaxRatings:N0} when left out.",
            HelpName = "COUNT",
        });
    }

    /// <summary>The read options the command line sets; null after saying on standard error what is wrong with a value.</summary>
    public static ReadOptions? Of(ParseResult parse, Terminal terminal)
    {
        var options = terminal.ReadOptions;
        var command = parse.CommandResult.Command;
        if (command.Options.FirstOrDefault(o => o.Name == Names.MaxBytes) is Option<string?> bytes && parse.GetValue(bytes) is { } mib)
        {
            if (!double.TryParse(mib, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0) || value > 2048)
            {
                terminal.Usage($"{Names.MaxBytes} '{mib}' is not a size in MiB; give a number above 0 and at most 2048, such as 64.");
                return null;
            }

            options = options with { MaxBytes = (long)Math.Round(value * 1024 * 1024) };
        }

        if (command.Options.FirstOrDefault(o => o.Name == Names.MaxRatings) is Option<string?> ratings && parse.GetValue(ratings) is { } count)
        {
            if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                terminal.Usage($"{Names.MaxRatings} '{count}' is not a number of ratings; give a whole number above 0, such as 200000.");
                return null;
            }

            options = options with { MaxRatings = value };
        }

        return options;
    }
}
