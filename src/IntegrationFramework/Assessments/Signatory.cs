using IntegrationFramework.Guards;

namespace IntegrationFramework.Assessments;

/// <summary>One person who signed an assessment off: their name, their role and the organisation they sign for.</summary>
/// <remarks>
/// The Better Care Fund's plans are signed off by the chief executive of every partner and the council's section 151
/// officer; a signatory records who did, as they said, not who they are: the library checks no identity.
/// </remarks>
public sealed record Signatory
{
    /// <summary>Creates a signatory.</summary>
    /// <param name="name">The person's name, such as "Jane Smith".</param>
    /// <param name="role">Their role, such as "Chief executive".</param>
    /// <param name="organisation">The organisation they sign for, such as "Croydon Council".</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="ArgumentException">A value is blank, or holds a control character (a line break, an escape), which would let a name break the one line that refuses a changed file.</exception>
    public Signatory(string name, string role, string organisation)
    {
        Name = name;
        Role = role;
        Organisation = organisation;
    }

    /// <summary>The person's name.</summary>
    public string Name { get; init => field = Printable(value, nameof(Name)); }

    /// <summary>Their role, such as "Chief executive".</summary>
    public string Role { get; init => field = Printable(value, nameof(Role)); }

    /// <summary>The organisation they sign for.</summary>
    public string Organisation { get; init => field = Printable(value, nameof(Organisation)); }

    /// <summary>Whether <paramref name="value"/> holds a control character.</summary>
    internal static bool HasControl(string value) => value.Any(char.IsControl);

    private static string Printable(string value, string name)
        => HasControl(Preconditions.NotBlank(value, name)) ? throw new ArgumentException($"A signatory's {name.ToLowerInvariant()} has no control characters (line breaks, escapes).", name) : value;

    /// <summary>"Jane Smith (Chief executive, Croydon Council)".</summary>
    /// <returns>The signatory in words.</returns>
    public override string ToString() => $"{Name} ({Role}, {Organisation})";
}
