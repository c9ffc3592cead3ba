using IntegrationFramework.Geography;
using NodaTime;

namespace IntegrationFramework.Peers;

/// <summary>A peer's score in one domain.</summary>
/// <param name="Footprint">The peer.</param>
/// <param name="AssessedOn">The date of the peer's card.</param>
/// <param name="Score">The peer's score in the domain.</param>
/// <param name="MayBeNoise">
/// Whether the lead rests on the scores alone, without both partner bands, so that it may be partner disagreement and
/// not a difference (see <see cref="LearningPartners"/>).
/// </param>
public sealed record PeerScore(Footprint Footprint, LocalDate AssessedOn, double Score, bool MayBeNoise = false);
