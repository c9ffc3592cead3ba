using IntegrationFramework.Guards;

namespace IntegrationFramework.Geography;

/// <summary>
/// The area a partnership covers and is assessed for: a neighbourhood, a place or a system, with an optional
/// population and the code of the wider footprint it sits in.
/// </summary>
/// <remarks>
/// Codes are the partnership's own choice; an ONS code (such as <c>E09000008</c> for Croydon) makes files from
/// different tools line up. Two footprints are equal when every property is equal.
/// </remarks>
public sealed record Footprint
{
    /// <summary>Creates a footprint.</summary>
    /// <param name="code">A non-blank code, such as an ONS code.</param>
    /// <param name="name">A non-blank name a person recognises.</param>
    /// <param name="level">The level of place-based working.</param>
    /// <param name="population">The number of people who live in it, where known: a positive whole number.</param>
    /// <param name="parentCode">The code of the wider footprint it sits in, where there is one.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/>, <paramref name="name"/> or <paramref name="parentCode"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a level, or <paramref name="population"/> is not positive.</exception>
    public Footprint(string code, string name, Level level, int? population = null, string? parentCode = null)
    {
        Code = code;
        Name = name;
        Level = level;
        Population = population;
        ParentCode = parentCode;
    }

    /// <summary>A non-blank code, such as an ONS code.</summary>
    public string Code { get; init => field = Preconditions.NotBlank(value, nameof(Code)); }

    /// <summary>A non-blank name a person recognises.</summary>
    public string Name { get; init => field = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>The level of place-based working.</summary>
    public Level Level { get; init => field = Preconditions.Defined(value, nameof(Level)); }

    /// <summary>The number of people who live in the footprint, where known; a positive whole number.</summary>
    public int? Population { get; init => field = Preconditions.NullOrPositive(value, nameof(Population)); }

    /// <summary>The code of the wider footprint this one sits in, such as a place's system; <see langword="null"/> where none is given.</summary>
    public string? ParentCode { get; init => field = Preconditions.NullOrNotBlank(value, nameof(ParentCode)); }

    /// <summary>The name, code and level.</summary>
    /// <returns>For example <c>Croydon (E09000008, place)</c>.</returns>
    public override string ToString() => $"{Name} ({Code}, {Level.ToString().ToLowerInvariant()})";
}
