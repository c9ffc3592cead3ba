using System.CommandLine;
using IntegrationFramework.Geography;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Cli;

/// <summary>
/// The footprint options, named the same on every command that takes a footprint: <c>--footprint-code</c>,
/// <c>--footprint-name</c>, <c>--level</c>, <c>--population</c>, <c>--parent</c> and <c>--date</c>. The spellings
/// <c>--code</c> and <c>--name</c> that <c>rollup</c> once took still work, hidden from help, so scripts keep working.
/// </summary>
internal sealed class FootprintOptions
{
    private readonly Option<string?> code = new("--footprint-code") { Description = "The footprint's code, such as its ONS code.", HelpName = "CODE" };
    private readonly Option<string?> name = new("--footprint-name") { Description = "The footprint's name.", HelpName = "NAME" };
    private readonly Option<string?> level = new("--level") { HelpName = "LEVEL" };
    private readonly Option<string?> population = new("--population") { HelpName = "PEOPLE" };
    private readonly Option<string?> parent = new("--parent") { Description = "The code of the wider footprint it sits in.", HelpName = "CODE" };
    private readonly Option<string?> date;
    private readonly Option<string?> oldCode = new("--code") { Hidden = true };
    private readonly Option<string?> oldName = new("--name") { Hidden = true };

    /// <summary>Creates the options, with the descriptions of level, population and date that the command gives.</summary>
    public FootprintOptions(string levelDescription, string populationDescription, string dateDescription)
    {
        level.Description = levelDescription;
        population.Description = populationDescription;
        date = new("--date") { Description = dateDescription, HelpName = "yyyy-MM-dd" };
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[code, name, level, population, parent, date, oldCode, oldName])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The first of the footprint's options given (not the date), as people type it; null when none is.</summary>
    public string? Given(ParseResult parse)
        => ((Option<string?>[])[code, name, level, population, parent, oldCode, oldName]).FirstOrDefault(o => parse.GetValue(o) is not null)?.Name;

    /// <summary>
    /// The footprint the options give, or <see langword="null"/> after saying on standard error what is missing or
    /// wrong, in the user's words.
    /// </summary>
    public Footprint? Footprint(ParseResult parse, Terminal terminal)
    {
        var codeText = Either(parse, code, oldCode, terminal, out var clash);
        var nameText = Either(parse, name, oldName, terminal, out var nameClash);
        if (clash || nameClash)
        {
            return null;
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(codeText))
        {
            missing.Add("--footprint-code");
        }

        if (string.IsNullOrWhiteSpace(nameText))
        {
            missing.Add("--footprint-name");
        }

        if (parse.GetValue(level) is null)
        {
            missing.Add("--level");
        }

        if (missing.Count > 0)
        {
            terminal.Usage($"{string.Join(", ", missing)} {(missing.Count == 1 ? "is" : "are")} required and must not be blank: the footprint's code, name and level (system, place or neighbourhood).");
            terminal.Error.WriteLine($"Run 'ifw {parse.CommandResult.Command.Name} --help' for usage.");
            return null;
        }

        // The values read as every file's are, with the same rules and words (FieldReader), at the options that give them.
        var problems = new List<Problem>();
        var footprint = new FieldReader(problems).Footprint(
            Option(codeText, code),
            Option(nameText, name),
            Option(parse.GetValue(level), level),
            Option(parse.GetValue(population), population),
            Option(parse.GetValue(parent), parent));
        Usage(terminal, problems);
        return footprint;
    }

    /// <summary>Each problem as a usage line: <c>ifw: --population: '0' is not a population; …</c>, without the option twice where the message names it.</summary>
    private static void Usage(Terminal terminal, List<Problem> problems)
    {
        foreach (var problem in problems)
        {
            terminal.Usage(problem.Message.Contains($"'{problem.Path}'", StringComparison.Ordinal) ? problem.Message.Replace($"'{problem.Path}'", problem.Path, StringComparison.Ordinal) : problem.ToString());
        }
    }

    /// <summary>An option's value as a field, located at the option.</summary>
    private static Field Option(string? value, Option<string?> option) => new(value, ProblemLocation.Setting(option.Name), option.Name);

    /// <summary>The date the option gives; <see langword="null"/> when it is left out; false after saying it is not a date.</summary>
    public bool Date(ParseResult parse, Terminal terminal, out LocalDate? value)
    {
        value = null;
        if (parse.GetValue(date) is not { } text)
        {
            return true;
        }

        var problems = new List<Problem>();
        value = new FieldReader(problems).Date(Option(text, date), "a date, yyyy-MM-dd");
        Usage(terminal, problems);
        return problems.Count == 0;
    }

    private static string? Either(ParseResult parse, Option<string?> current, Option<string?> old, Terminal terminal, out bool clash)
    {
        var now = parse.GetValue(current);
        var then = parse.GetValue(old);
        clash = now is not null && then is not null && now != then;
        if (clash)
        {
            terminal.Usage($"{current.Name} '{now}' and {old.Name} '{then}' name the same thing differently; give {current.Name} only.");
        }

        return now ?? then;
    }
}
