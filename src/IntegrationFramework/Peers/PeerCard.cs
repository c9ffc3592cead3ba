using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Peers;

/// <summary>
/// A peer's card as comparing needs it: the footprint, the date, the framework and policy it was scored under, and
/// its domain scores. Made from a <see cref="ScoreCard"/> (<see cref="Of"/>) or read from a table of domain scores
/// (<see cref="Intake.FileIntake.ReadPeers"/>).
/// </summary>
/// <param name="Footprint">The peer.</param>
/// <param name="FrameworkId">The id of the framework it was scored against.</param>
/// <param name="PolicyId">The id of the scoring policy.</param>
/// <param name="AssessedOn">The date of the card.</param>
/// <param name="Domains">Its domain scores, in the framework's order.</param>
public sealed record PeerCard(Footprint Footprint, string FrameworkId, string PolicyId, LocalDate AssessedOn, EquatableArray<PeerDomainScore> Domains)
{
    /// <summary>The peer's score in the domain with code <paramref name="domainCode"/>; <see langword="null"/> when it has none there.</summary>
    /// <param name="domainCode">A domain code.</param>
    /// <returns>The score, or <see langword="null"/>.</returns>
    public double? ScoreIn(string domainCode) => Find(domainCode)?.Score;

    /// <summary>The band of the peer's score in the domain with code <paramref name="domainCode"/>; <see langword="null"/> when it has none.</summary>
    /// <param name="domainCode">A domain code.</param>
    /// <returns>The band, or <see langword="null"/>.</returns>
    public ScoreBand? BandIn(string domainCode) => Find(domainCode)?.Band;

    /// <summary>The peer card of a score card, with each domain's band when the card has its bands.</summary>
    /// <param name="card">A score card.</param>
    /// <returns>Its footprint, date, framework, policy and domain scores.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static PeerCard Of(ScoreCard card)
    {
        Preconditions.NotNull(card);
        return new(card.Footprint, card.Framework.Id, card.PolicyId, card.AssessedOn, card.Domains.Select((d, i) => new PeerDomainScore(d.Code, d.Score, card.Bands?.Domains[i])).ToEquatableArray());
    }

    /// <summary>The domain with code <paramref name="domainCode"/>, or <see langword="null"/>.</summary>
    private PeerDomainScore? Find(string domainCode)
    {
        foreach (var domain in Domains)
        {
            if (domain.Domain == domainCode)
            {
                return domain;
            }
        }

        return null;
    }
}
