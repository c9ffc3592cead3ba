using System.CommandLine;
using IntegrationFramework.Checklists;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli;

/// <summary>The options several commands share: the output file, the format and the scoring policy.</summary>
internal static class Choices
{
    /// <summary>The built-in scoring policies, by the name <c>--policy</c> takes.</summary>
    public static readonly IReadOnlyDictionary<string, ScoringPolicy> Policies = new Dictionary<string, ScoringPolicy>(StringComparer.Ordinal)
    {
        [ScoringPolicy.StandardId] = ScoringPolicy.Standard,
        ["unrated-as-not-started"] = new ScoringPolicyBuilder("unrated-as-not-started").TreatUnratedAs(UnratedItems.NotStarted).Build(),
        ["weakest-link"] = new ScoringPolicyBuilder("weakest-link").Aggregate(Aggregation.WeakestLink).Build(),
    };

    public static Option<string?> Output() => new("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };

    public static Option<string> Format(string fallback, params string[] formats)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = $"The output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => fallback,
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string> Policy()
    {
        var option = new Option<string>("--policy", "-p")
        {
            Description = "The scoring policy: standard (DESIGN.md's rules), unrated-as-not-started, or weakest-link.",
            DefaultValueFactory = _ => ScoringPolicy.StandardId,
        };
        option.AcceptOnlyFromAmong([.. Policies.Keys]);
        return option;
    }

    public static Option<string?> Framework(string description) => new("--framework") { Description = description, HelpName = "ID" };

    public static Framework? FindFramework(Terminal terminal, string? id)
    {
        var framework = Frameworks.Find(id);
        if (framework is null)
        {
            terminal.Usage($"'{id}' is not a framework this tool knows; use one of {string.Join(", ", Frameworks.All.Select(f => f.Id))}.");
        }

        return framework;
    }
}
