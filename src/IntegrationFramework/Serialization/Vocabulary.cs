using System.Collections.Frozen;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Serialization;

/// <summary>The spellings of an enumeration's members in files, both ways, exact and case-sensitive.</summary>
internal sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> byName;
    private readonly FrozenDictionary<TEnum, string> byValue;

    public Vocabulary(string what, IEnumerable<(string Name, TEnum Value)> entries)
    {
        var list = entries.ToList();
        What = what;
        byName = list.ToFrozenDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        byValue = list.ToFrozenDictionary(e => e.Value, e => e.Name);
        Allowed = string.Join(", ", list.Select(e => e.Name));
    }

    /// <summary>What the values are, for messages: "a level".</summary>
    public string What { get; }

    /// <summary>The allowed spellings, comma-separated, in a sensible order.</summary>
    public string Allowed { get; }

    public string NameOf(TEnum value) => byValue[value];

    public bool TryParse(string? name, out TEnum value)
    {
        if (name is not null && byName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The message for a spelling that is not allowed.</summary>
    public string Unknown(string name) => $"'{name}' is not {What}; use one of {Allowed}.";
}

/// <summary>The file spellings of every enumeration the file formats use.</summary>
internal static class Vocabularies
{
    public static readonly Vocabulary<Level> Level = new("a level", [("system", Geography.Level.System), ("place", Geography.Level.Place), ("neighbourhood", Geography.Level.Neighbourhood)]);

    public static readonly Vocabulary<PartnerKind> Partner = CamelCase<PartnerKind>("a kind of partner");

    public static readonly Vocabulary<Progress> Progress = new(
        "a progress value",
        Enum.GetValues<Progress>().Where(p => p.IsLevel()).Select(p => (p.ToFileName(), p)).Append(("notApplicable", Assessments.Progress.NotApplicable)));

    public static readonly Vocabulary<Progress> Target = new("a target level", Enum.GetValues<Progress>().Where(p => p.IsLevel()).Select(p => (p.ToFileName(), p)));

    public static readonly Vocabulary<Stage> Stage = CamelCase<Stage>("a stage");

    public static readonly Vocabulary<ItemStatus> Status = CamelCase<ItemStatus>("an item status");

    public static readonly Vocabulary<Agreement> Agreement = new("an agreement", [("agreement", Scoring.Agreement.Full), ("partial", Scoring.Agreement.Partial), ("split", Scoring.Agreement.Split)]);

    private static Vocabulary<TEnum> CamelCase<TEnum>(string what)
        where TEnum : struct, Enum
        => new(what, Enum.GetValues<TEnum>().Select(v => (System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v)));
}
