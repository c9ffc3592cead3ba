using System.CommandLine;
using IntegrationFramework.Reports;

namespace IntegrationFramework.Cli;

/// <summary>
/// <c>-o</c>/<c>--output</c> with what goes with it: <c>--format</c> (when the command writes more than one), which
/// <c>-o</c>'s extension chooses when it is left out, and <c>--force</c>, to replace a file that holds ratings.
/// </summary>
internal sealed class OutputOption : Option<string?>
{
    /// <summary>The name and extension of the workbook format, which only some commands write.</summary>
    public const string WorkbookName = "xlsx", WorkbookExtension = ".xlsx";

    private readonly ReportFormat fallback;
    private readonly ReportFormat[] formats;

    /// <summary>Creates the options of a command that writes <paramref name="formats"/>, <paramref name="fallback"/> by default.</summary>
    public OutputOption(string commandName, ReportFormat fallback, params ReportFormat[] formats)
        : this(commandName, workbooks: false, fallback, formats)
    {
    }

    /// <summary>Creates the options of a command that writes <paramref name="formats"/>, and workbooks when <paramref name="workbooks"/> is true.</summary>
    public OutputOption(string commandName, bool workbooks, ReportFormat fallback, params ReportFormat[] formats)
        : base("--output", "-o")
    {
        CommandName = commandName;
        Workbooks = workbooks;
        this.fallback = fallback;
        this.formats = formats.Length == 0 ? [fallback] : formats;
        var extensions = this.formats.Select(f => f.Extension()).Concat(workbooks ? [WorkbookExtension] : []);
        Description = $"Write to this file instead of standard output ('-' for standard output); its extension ({string.Join(", ", extensions)}) chooses the format.";
        HelpName = "FILE";
        if (this.formats.Length > 1 || workbooks)
        {
            var names = this.formats.Select(f => f.Name()).Concat(workbooks ? [WorkbookName] : []).ToArray();
            FormatOption = new Option<string?>("--format", "-f") { Description = $"The output format: {string.Join(", ", names)}; from -o's extension when left out, else {fallback.Name()}." };
            CommonOptions.OneOf(FormatOption, $"a format ifw {commandName} writes", names);
        }

        Force = new Option<bool>("--force") { Description = "Replace the -o file even when it holds ratings (an assessment, ratings table, workbook or FHIR responses). Never allows writing over an input." };
    }

    /// <summary>Whether the command writes workbooks (<c>.xlsx</c>) as well as its report formats.</summary>
    public bool Workbooks { get; }

    /// <summary>Whether to write a workbook: <c>--format xlsx</c>, or <c>-o</c>'s extension <c>.xlsx</c> without <c>--format</c>.</summary>
    public bool IsWorkbook(ParseResult parse)
        => Workbooks && (FormatOption is not null && parse.GetValue(FormatOption) is { } name
            ? name == WorkbookName
            : parse.GetValue(this) is { } path && path.EndsWith(WorkbookExtension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The command's name, for messages: <c>score</c>, <c>fhir import</c>.</summary>
    public string CommandName { get; }

    /// <summary><c>-f</c>/<c>--format</c>, when the command writes more than one format.</summary>
    public Option<string?>? FormatOption { get; }

    /// <summary><c>--force</c>.</summary>
    public Option<bool> Force { get; }

    /// <summary>Adds <c>-o</c>, <c>--format</c> and <c>--force</c> to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        if (FormatOption is not null)
        {
            command.Options.Add(FormatOption);
        }

        command.Options.Add(this);
        command.Options.Add(Force);
    }

    /// <summary>The format to write: <c>--format</c>, else <c>-o</c>'s extension, else the command's default.</summary>
    public ReportFormat Format(ParseResult parse)
        => (FormatOption is null ? null : ReportFormats.FromName(parse.GetValue(FormatOption)))
           ?? ReportFormats.FromExtension(parse.GetValue(this))
           ?? fallback;

    /// <summary>Why <c>--format</c> and <c>-o</c>'s extension cannot be written together, or <see langword="null"/> when they can.</summary>
    public string? Contradiction(ParseResult parse)
    {
        var path = parse.GetValue(this);
        var extension = path is null or "-" ? string.Empty : Path.GetExtension(path);
        if (extension.Length == 0)
        {
            return null;
        }

        var named = FormatOption is null ? null : ReportFormats.FromName(parse.GetValue(FormatOption));
        var implied = ReportFormats.FromExtension(path);
        var writes = string.Join(", ", formats.Select(f => $"{f.Name()} ({f.Extension()})").Concat(Workbooks ? [$"{WorkbookName} ({WorkbookExtension})"] : []));
        var namedWorkbook = FormatOption is not null && parse.GetValue(FormatOption) == WorkbookName;
        var impliedWorkbook = extension.Equals(WorkbookExtension, StringComparison.OrdinalIgnoreCase);
        if (Workbooks && (namedWorkbook || impliedWorkbook))
        {
            return impliedWorkbook == namedWorkbook || (impliedWorkbook && FormatOption is not null && parse.GetValue(FormatOption) is null)
                ? null
                : $"-o {path} is {(impliedWorkbook ? WorkbookName : implied?.Name() ?? $"'{extension}'")} by its extension, but --format is {parse.GetValue(FormatOption!)}; make them agree, or leave --format out.";
        }

        if (implied is null && impliedWorkbook)
        {
            return $"-o {path}: ifw {CommandName} does not write workbooks; it writes {writes}.";
        }

        if (implied is null)
        {
            return named is null
                ? $"-o {path}: ifw {CommandName} cannot tell a format from '{extension}'; it writes {writes}. Give one of those extensions, or --format."
                : null;
        }

        if (Array.IndexOf(formats, implied.Value) < 0)
        {
            return $"-o {path}: ifw {CommandName} does not write {implied.Value.Name()}; it writes {writes}.";
        }

        return named is { } format && format != implied
            ? $"-o {path} is {implied.Value.Name()} by its extension, but --format is {format.Name()}; make them agree, or leave --format out."
            : null;
    }
}
