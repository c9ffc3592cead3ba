using System.CommandLine;
using System.Globalization;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli;

/// <summary>
/// <c>--max-file-mib</c> and <c>--max-ratings</c>, and a workbook's <c>--max-unzipped-mib</c>,
/// <c>--max-compression-ratio</c>, <c>--max-parts</c>, <c>--max-rows</c> and <c>--max-cell-chars</c>: the limits files
/// are read with, on every command that reads files, named by the messages that enforce them.
/// </summary>
internal static class ReadLimits
{
    /// <summary>The options' names, as the messages name them.</summary>
    public static readonly ReadLimitNames Names = new("--max-file-mib", "--max-ratings");

    /// <summary>The workbook options' names, as the messages name them.</summary>
    public static readonly WorkbookLimitNames WorkbookNames = new("--max-unzipped-mib", "--max-compression-ratio", "--max-parts", "--max-rows", "--max-cell-chars");

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
        (string Name, string Description, string Help)[] workbook =
        [
            (WorkbookNames.MaxUncompressedBytes, $"The most a workbook may hold once unzipped, in MiB; {WorkbookReadOptions.DefaultMaxUncompressedBytes / (1024 * 1024)} when left out.", "MIB"),
            (WorkbookNames.MaxCompressionRatio, $"How far a workbook's part may be compressed, N to 1; {WorkbookReadOptions.DefaultMaxCompressionRatio} when left out.", "N"),
            (WorkbookNames.MaxParts, $"The most parts a workbook may hold; {WorkbookReadOptions.DefaultMaxParts} when left out.", "COUNT"),
            (WorkbookNames.MaxRowsPerSheet, $"The most rows a workbook's sheet may hold; {WorkbookReadOptions.DefaultMaxRowsPerSheet:N0} when left out.", "COUNT"),
            (WorkbookNames.MaxCellCharacters, $"The most characters a workbook's cell may hold; {WorkbookReadOptions.DefaultMaxCellCharacters:N0} (Excel's own limit) when left out.", "COUNT"),
        ];
        foreach (var (name, description, help) in workbook)
        {
            command.Options.Add(new Option<string?>(name) { Description = description, HelpName = help });
        }
    }

    /// <summary>The workbook read options the command line sets over <paramref name="file"/>; null after saying what is wrong with a value.</summary>
    public static WorkbookReadOptions? WorkbookOf(ParseResult parse, Terminal terminal, ReadOptions file)
    {
        var options = new WorkbookReadOptions { File = file, LimitNames = WorkbookNames };
        if (Value(parse, terminal, WorkbookNames.MaxUncompressedBytes, "a size in MiB", 1, 4096, out var mib) is false)
        {
            return null;
        }

        options = mib is { } m ? options with { MaxUncompressedBytes = m * 1024L * 1024 } : options;
        if (Value(parse, terminal, WorkbookNames.MaxCompressionRatio, "a ratio", 1, 100_000, out var ratio) is false
            || Value(parse, terminal, WorkbookNames.MaxParts, "a number of parts", 1, 100_000, out var parts) is false
            || Value(parse, terminal, WorkbookNames.MaxRowsPerSheet, "a number of rows", 1, 1_048_576, out var rows) is false
            || Value(parse, terminal, WorkbookNames.MaxCellCharacters, "a number of characters", 1, 1_000_000_000, out var chars) is false)
        {
            return null;
        }

        return options with
        {
            MaxCompressionRatio = ratio ?? options.MaxCompressionRatio,
            MaxParts = parts ?? options.MaxParts,
            MaxRowsPerSheet = rows ?? options.MaxRowsPerSheet,
            MaxCellCharacters = chars ?? options.MaxCellCharacters,
        };
    }

    /// <summary>Reads a whole-number option; false after saying what is wrong with it, true with null when it is not given.</summary>
    private static bool Value(ParseResult parse, Terminal terminal, string name, string what, int lowest, int highest, out int? value)
    {
        value = null;
        if (parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name) is not Option<string?> option || parse.GetValue(option) is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < lowest || number > highest)
        {
            terminal.Usage(string.Create(CultureInfo.InvariantCulture, $"{name} '{text}' is not {what}; give a whole number from {lowest:N0} to {highest:N0}."));
            return false;
        }

        value = number;
        return true;
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
