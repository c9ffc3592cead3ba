namespace IntegrationFramework.Scoring;

/// <summary>
/// How much of the assessment one partner rated: of the items in scope that are applicable, how many they gave a
/// level or called not applicable. A card whose coverage is high may still rest on one partner's view; this says
/// whose views each score rests on.
/// </summary>
/// <remarks>Made by <see cref="Bands.Of"/> and the score card reader only.</remarks>
public readonly record struct PartnerCoverage
{
    private readonly string? assessorId;

    /// <summary>Creates a partner's coverage from counts its maker has checked: 0 ≤ rated ≤ applicable.</summary>
    internal PartnerCoverage(string assessorId, int rated, int applicable)
    {
        this.assessorId = assessorId;
        Rated = rated;
        Applicable = applicable;
    }

    /// <summary>The partner's assessor id.</summary>
    public string AssessorId => assessorId ?? string.Empty;

    /// <summary>How many applicable items in scope the partner rated (not applicable is an answer, and counts).</summary>
    public int Rated { get; }

    /// <summary>How many items in scope are applicable.</summary>
    public int Applicable { get; }

    /// <summary>Rated ÷ applicable, from 0 to 1; <see langword="null"/> when no item is applicable.</summary>
    public double? Coverage => Applicable > 0 ? (double)Rated / Applicable : null;

    /// <summary>Whether the partner rated fewer than half the applicable items, which a card's caution names.</summary>
    public bool RatedLessThanHalf => 2 * Rated < Applicable;
}
