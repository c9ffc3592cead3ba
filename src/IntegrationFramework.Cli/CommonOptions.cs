using System.CommandLine;
using IntegrationFramework.Checklists;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli;

/// <summary>The options several commands share, spelled and described the same way on each.</summary>
internal static class CommonOptions
{
    /// <summary><c>-o</c>: where to write instead of standard output.</summary>
    public static Option<string?> Output() => new("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };

    /// <summary><c>-f</c>: one of <paramref name="formats"/>, <paramref name="fallback"/> when left out.</summary>
    public static Option<string> Format(ReportFormat fallback, params ReportFormat[] formats)
    {
        var names = formats.Select(f => f.Name()).ToArray();
        var option = new Option<string>("--format", "-f")
        {
            Description = $"The output format: {string.Join(", ", names)}.",
            DefaultValueFactory = _ => fallback.Name(),
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }

    /// <summary>The format an option gives, as a <see cref="ReportFormat"/>.</summary>
    public static ReportFormat FormatOf(ParseResult parse, Option<string> format) => ReportFormats.FromName(parse.GetValue(format)) ?? ReportFormat.Text;

    /// <summary><c>-p</c>: one of the named scoring policies.</summary>
    public static Option<string> Policy()
    {
        var option = new Option<string>("--policy", "-p")
        {
            Description = $"The scoring policy: {ScoringPolicy.StandardId} (DESIGN.md's rules), {ScoringPolicy.UnratedAsNotStartedId}, or {ScoringPolicy.WeakestLinkId}.",
            DefaultValueFactory = _ => ScoringPolicy.StandardId,
        };
        option.AcceptOnlyFromAmong([.. ScoringPolicy.Named.Select(p => p.Id)]);
        return option;
    }

    /// <summary>The policy an option names.</summary>
    public static ScoringPolicy PolicyOf(ParseResult parse, Option<string> policy) => ScoringPolicy.Find(parse.GetValue(policy)) ?? ScoringPolicy.Standard;

    /// <summary><c>--framework</c>: the id of a built-in edition.</summary>
    public static Option<string?> Framework(string description) => new("--framework") { Description = description, HelpName = "ID" };

    /// <summary>The edition an id names, or <see langword="null"/> after saying on standard error that there is none.</summary>
    public static Framework? FindFramework(Terminal terminal, string? id)
    {
        var framework = Frameworks.BuiltIn.Find(id);
        if (framework is null)
        {
            terminal.Usage(Frameworks.BuiltIn.Unknown(id));
        }

        return framework;
    }
}
