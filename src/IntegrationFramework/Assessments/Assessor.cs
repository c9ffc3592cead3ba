using IntegrationFramework.Guards;
using IntegrationFramework.Partners;

namespace IntegrationFramework.Assessments;

/// <summary>
/// A partner who rates the checklist in an assessment: a council, an NHS body, a VCSE organisation, a group of people
/// who use services or carers, and so on.
/// </summary>
/// <remarks>
/// The <see cref="Id"/> is how ratings name the assessor; it is unique within an assessment. Renaming assessors
/// never changes a score.
/// </remarks>
public sealed record Assessor
{
    /// <summary>Creates an assessor.</summary>
    /// <param name="id">A short identifier, unique within the assessment, such as <c>council</c>.</param>
    /// <param name="name">A name a person recognises, such as "Croydon Council".</param>
    /// <param name="partner">The kind of partner the assessor speaks for.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partner"/> is not a member of <see cref="PartnerKind"/>.</exception>
    public Assessor(string id, string name, PartnerKind partner)
    {
        Id = id;
        Name = name;
        Partner = partner;
    }

    /// <summary>A short identifier, unique within the assessment.</summary>
    public string Id { get; init => field = Preconditions.NotBlank(value, nameof(Id)); }

    /// <summary>A name a person recognises.</summary>
    public string Name { get; init => field = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>The kind of partner the assessor speaks for.</summary>
    public PartnerKind Partner { get; init => field = Preconditions.Defined(value, nameof(Partner)); }
}
