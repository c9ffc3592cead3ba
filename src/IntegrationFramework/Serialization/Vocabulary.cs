using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Serialization;

/// <summary>
/// How the members of an enumeration are spelled in files — <c>inPlace</c>, <c>place</c>, <c>nhsTrust</c> — both
/// ways, exact and case-sensitive. For readers of other formats (forms, spreadsheets) that should spell values as the
/// assessment files do; <see cref="Vocabularies"/> holds one for each enumeration the files use.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    // Plain arrays searched in order, not dictionaries: vocabularies hold 3 to 30 short names, and a dictionary keyed
    // or valued by each enumeration would cost some 20 ms of compilation per enumeration when a program starts.
    private readonly string[] names;
    private readonly TEnum[] values;

    internal Vocabulary(string what, string[] names, TEnum[] values)
    {
        What = what;
        this.names = names;
        this.values = values;
        Allowed = string.Join(", ", names);
        Values = new(values);
    }

    /// <summary>What the values are, for messages, such as "a level".</summary>
    public string What { get; }

    /// <summary>The allowed spellings, comma-separated, in a sensible order, such as <c>system, place, neighbourhood</c>.</summary>
    public string Allowed { get; }

    /// <summary>The values, in the order of <see cref="Allowed"/>.</summary>
    public Collections.EquatableArray<TEnum> Values { get; }

    /// <summary>The spelling of <paramref name="value"/> in files.</summary>
    /// <param name="value">A member the vocabulary holds.</param>
    /// <returns>Its spelling, such as <c>place</c>.</returns>
    /// <exception cref="KeyNotFoundException">The vocabulary does not hold <paramref name="value"/>.</exception>
    public string NameOf(TEnum value)
    {
        var i = Array.IndexOf(values, value);
        return i >= 0 ? names[i] : throw new KeyNotFoundException($"The vocabulary of {What} has no spelling for {value}.");
    }

    /// <summary>The member spelled <paramref name="name"/>, exactly and case-sensitively.</summary>
    /// <param name="name">A spelling, such as <c>place</c>.</param>
    /// <param name="value">The member, when the spelling is allowed.</param>
    /// <returns><see langword="true"/> when the spelling is allowed.</returns>
    public bool TryParse(string? name, out TEnum value)
    {
        var i = name is null ? -1 : Array.IndexOf(names, name);
        if (i >= 0)
        {
            value = values[i];
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>A message for a spelling that is not allowed, listing the allowed ones.</summary>
    /// <param name="name">The spelling found.</param>
    /// <returns>For example <c>'borough' is not a level; use one of system, place, neighbourhood.</c></returns>
    public string Unknown(string name) => $"'{name}' is not {What}; use one of {Allowed}.";
}

/// <summary>The file spellings of every enumeration the file formats use.</summary>
public static class Vocabularies
{
    /// <summary>The levels: <c>system</c>, <c>place</c>, <c>neighbourhood</c>.</summary>
    public static readonly Vocabulary<Level> Level = new("a level", ["system", "place", "neighbourhood"], [Geography.Level.System, Geography.Level.Place, Geography.Level.Neighbourhood]);

    /// <summary>The kinds of partner, each member of <see cref="PartnerKind"/> in camelCase, such as <c>integratedCareBoard</c>.</summary>
    public static readonly Vocabulary<PartnerKind> Partner = CamelCase<PartnerKind>("a kind of partner");

    /// <summary>The progress values: the five levels, then <c>notApplicable</c>.</summary>
    public static readonly Vocabulary<Progress> Progress = new(
        "a progress value",
        ["notStarted", "planned", "underDevelopment", "inPlace", "embedded", "notApplicable"],
        [Assessments.Progress.NotStarted, Assessments.Progress.Planned, Assessments.Progress.UnderDevelopment, Assessments.Progress.InPlace, Assessments.Progress.Embedded, Assessments.Progress.NotApplicable]);

    /// <summary>The target values: the five levels.</summary>
    public static readonly Vocabulary<Progress> Target = new(
        "a target level",
        ["notStarted", "planned", "underDevelopment", "inPlace", "embedded"],
        [Assessments.Progress.NotStarted, Assessments.Progress.Planned, Assessments.Progress.UnderDevelopment, Assessments.Progress.InPlace, Assessments.Progress.Embedded]);

    /// <summary>The stages: <c>emerging</c>, <c>developing</c>, <c>maturing</c>, <c>thriving</c>.</summary>
    public static readonly Vocabulary<Stage> Stage = new(
        "a stage",
        ["emerging", "developing", "maturing", "thriving"],
        [Scoring.Stage.Emerging, Scoring.Stage.Developing, Scoring.Stage.Maturing, Scoring.Stage.Thriving]);

    /// <summary>The item statuses of a score card: <c>rated</c>, <c>unrated</c>, <c>notApplicable</c>, <c>excluded</c>.</summary>
    public static readonly Vocabulary<ItemStatus> Status = new(
        "an item status",
        ["rated", "unrated", "notApplicable", "excluded"],
        [ItemStatus.Rated, ItemStatus.Unrated, ItemStatus.NotApplicable, ItemStatus.Excluded]);

    /// <summary>How partner bands were made: <c>tooFewPartners</c>, <c>exact</c>, <c>seededDraws</c>.</summary>
    public static readonly Vocabulary<BandMethod> BandMethod = CamelCase<BandMethod>("a way of making bands");

    /// <summary>Where an action stands: open, done, dropped.</summary>
    public static readonly Vocabulary<ActionStatus> ActionStatus = CamelCase<ActionStatus>("where an action stands");

    /// <summary>What an alpha and its band let a report say, each member of <see cref="Scoring.AlphaReading"/> in camelCase, such as <c>notEnoughToTell</c>.</summary>
    public static readonly Vocabulary<AlphaReading> AlphaReading = CamelCase<AlphaReading>("a reading of alpha");

    /// <summary>The agreements: <c>agreement</c>, <c>partial</c>, <c>split</c>.</summary>
    public static readonly Vocabulary<Agreement> Agreement = new("an agreement", ["agreement", "partial", "split"], [Scoring.Agreement.Full, Scoring.Agreement.Partial, Scoring.Agreement.Split]);

    private static Vocabulary<TEnum> CamelCase<TEnum>(string what)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var name = values[i].ToString();
            names[i] = string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
        }

        return new(what, names, values);
    }
}
