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

    internal Vocabulary(string what, IEnumerable<(string Name, TEnum Value)> entries)
    {
        (string Name, TEnum Value)[] list = [.. entries];
        What = what;
        names = new string[list.Length];
        values = new TEnum[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            (names[i], values[i]) = list[i];
        }

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
    /// <summary>Footprint levels: <c>system</c>, <c>place</c>, <c>neighbourhood</c>.</summary>
    public static readonly Vocabulary<Level> Level = new("a level", [("system", Geography.Level.System), ("place", Geography.Level.Place), ("neighbourhood", Geography.Level.Neighbourhood)]);

    /// <summary>Kinds of partner, such as <c>council</c> or <c>nhsFoundationTrust</c>.</summary>
    public static readonly Vocabulary<PartnerKind> Partner = CamelCase<PartnerKind>("a kind of partner");

    /// <summary>Progress: the five levels from <c>notStarted</c> to <c>embedded</c>, then <c>notApplicable</c>.</summary>
    public static readonly Vocabulary<Progress> Progress = new(
        "a progress value",
        Enum.GetValues<Progress>().Where(p => p.IsLevel()).Select(p => (p.ToFileName(), p)).Append(("notApplicable", Assessments.Progress.NotApplicable)));

    /// <summary>Targets: the five levels only.</summary>
    public static readonly Vocabulary<Progress> Target = new("a target level", Enum.GetValues<Progress>().Where(p => p.IsLevel()).Select(p => (p.ToFileName(), p)));

    /// <summary>Stages: <c>emerging</c>, <c>developing</c>, <c>maturing</c>, <c>thriving</c>.</summary>
    public static readonly Vocabulary<Stage> Stage = CamelCase<Stage>("a stage");

    /// <summary>Item statuses: <c>rated</c>, <c>unrated</c>, <c>notApplicable</c>, <c>excluded</c>.</summary>
    public static readonly Vocabulary<ItemStatus> Status = new("an item status", [("rated", ItemStatus.Rated), ("unrated", ItemStatus.Unrated), ("notApplicable", ItemStatus.NotApplicable), ("excluded", ItemStatus.Excluded)]);

    /// <summary>Agreement: <c>agreement</c>, <c>partial</c>, <c>split</c>.</summary>
    public static readonly Vocabulary<Agreement> Agreement = new("an agreement", [("agreement", Scoring.Agreement.Full), ("partial", Scoring.Agreement.Partial), ("split", Scoring.Agreement.Split)]);

    private static Vocabulary<TEnum> CamelCase<TEnum>(string what)
        where TEnum : struct, Enum
        => new(what, Enum.GetValues<TEnum>().Select(v => (System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v)));
}
