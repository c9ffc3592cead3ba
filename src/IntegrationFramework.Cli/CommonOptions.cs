using System.CommandLine;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Data;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli;

/// <summary>The options several commands share, spelled and described the same way on each.</summary>
internal static class CommonOptions
{
    /// <summary><c>-p</c>: one of the named scoring policies.</summary>
    public static Option<string?> Policy()
    {
        var option = new Option<string?>("--policy", "-p")
        {
            Description = $"The scoring policy: {ScoringPolicy.StandardId} (DESIGN.md's rules), {ScoringPolicy.UnratedAsNotStartedId}, or {ScoringPolicy.WeakestLinkId}.",
            DefaultValueFactory = _ => ScoringPolicy.StandardId,
        };
        OneOf(option, "a scoring policy", [.. ScoringPolicy.Named.Select(p => p.Id)]);
        return option;
    }

    /// <summary>
    /// Accepts only <paramref name="values"/>, saying otherwise in one line, such as
    /// <c>--policy 'nope' is not a scoring policy; use one of standard, unrated-as-not-started, weakest-link.</c>
    /// </summary>
    public static void OneOf(Option<string?> option, string what, string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && Array.IndexOf(values, value) < 0)
            {
                result.AddError($"{option.Name} '{value}' is not {what}; use one of {string.Join(", ", values)}.");
            }
        });
    }

    /// <summary>The policy an option names.</summary>
    public static ScoringPolicy PolicyOf(ParseResult parse, Option<string?> policy) => ScoringPolicy.Find(parse.GetValue(policy)) ?? ScoringPolicy.Standard;

    /// <summary><c>--framework</c>: the id of a built-in edition.</summary>
    public static Option<string?> Framework(string description) => new("--framework") { Description = description, HelpName = "ID" };

    /// <summary>The edition an id names, or <see langword="null"/> after saying on standard error that there is none.</summary>
    public static Framework? FindFramework(Terminal terminal, string? id)
    {
        var framework = terminal.ReadOptions.Frameworks.Find(id);
        if (framework is null)
        {
            terminal.Usage(terminal.ReadOptions.Frameworks.Unknown(id) + " An edition of your own comes in with --framework-file FILE.");
        }

        return framework;
    }

    /// <summary>What is wrong with an <c>--assessor</c> that <see cref="Assessor"/> cannot read.</summary>
    public static string UnreadableAssessor(string spec) => $"--assessor '{spec}' is not ID, ID:PARTNER or ID:PARTNER:NAME with PARTNER one of {Vocabularies.Partner.Allowed}.";

    /// <summary>Reads <c>ID</c>, <c>ID:PARTNER</c> or <c>ID:PARTNER:NAME</c>.</summary>
    public static Assessor? Assessor(string spec)
    {
        var parts = spec.Split(':', 3);
        var id = parts[0];
        var partnerName = parts.Length > 1 ? parts[1] : id;
        if (string.IsNullOrWhiteSpace(id) || !Vocabularies.Partner.TryParse(partnerName, out var partner))
        {
            return null;
        }

        var name = parts.Length > 2 && !string.IsNullOrWhiteSpace(parts[2]) ? parts[2] : PartnerKinds.Describe(partner).Name;
        return new Assessor(id, name, partner);
    }
}
