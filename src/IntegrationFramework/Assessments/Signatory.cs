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
    /// <exception cref="ArgumentException">A value is blank.</exception>
    public Signatory(string name, string role, string organisation)
    {
        Name = name;
        Role = role;
        Organisation = organisation;
    }

    /// <summary>The person's name.</summary>
    public string Name { get; init => field = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>Their role, such as "Chief executive".</summary>
    public string Role { get; init => field = Preconditions.NotBlank(value, nameof(Role)); }

    /// <summary>The organisation they sign for.</summary>
    public string Organisation { get; init => field = Preconditions.NotBlank(value, nameof(Organisation)); }

    /// <summary>"Jane Smith (Chief executive, Croydon Council)".</summary>
    /// <returns>The signatory in words.</returns>
    public override string ToString() => $"{Name} ({Role}, {Organisation})";
}
