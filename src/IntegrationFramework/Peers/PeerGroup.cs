using System.Globalization;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Peers;

/// <summary>
/// A footprint's comparable peers and each domain's standing among them. Peers are the latest card of each other
/// footprint with the same framework, policy and level, assessed within <see cref="WithinMonths"/> calendar months of
/// the footprint (18 unless the caller says); with a population band, only those whose population is within a factor of
/// two of the footprint's (none when the footprint's population is unknown). Below <see cref="PercentileFrom"/> peers a
/// domain gets a rank, not a percentile; scores within <see cref="TieTolerance"/> of each other are level.
/// </summary>
/// <example>
/// <code>
/// PeerGroup group = PeerGroup.Of(croydonCard, otherCards, populationBand: true);
/// DomainPercentile pcc = group.For("PCC")!;   // pcc.Percentile is null when fewer than ten peers have a PCC score:
///                                             // then pcc.Below, pcc.Level and pcc.Above give its rank
/// </code>
/// </example>
public sealed class PeerGroup
{
    /// <summary>The fewest peers with a score in a domain for its percentile to be given: 10. Below, a rank.</summary>
    public const int PercentileFrom = 10;

    /// <summary>How far apart, in calendar months, a peer's card and the footprint's may be unless the caller says: 18.</summary>
    public const int DefaultWithinMonths = 18;

    /// <summary>The most months <c>withinMonths</c> may be: 1,200 (a hundred years).</summary>
    public const int MostWithinMonths = 1200;

    /// <summary>Scores closer than this are level: 1e-9 points, so that arithmetic's last bits do not rank two equal scores.</summary>
    public const double TieTolerance = 1e-9;

    private PeerGroup(ScoreCard card, EquatableArray<PeerCard> peers, bool populationBand, int withinMonths, EquatableArray<DomainPercentile> domains)
    {
        Card = card;
        Peers = peers;
        PopulationBand = populationBand;
        WithinMonths = withinMonths;
        Domains = domains;
    }

    /// <summary>The footprint's own card.</summary>
    public ScoreCard Card { get; }

    /// <summary>The peers: one card per other footprint, the latest, ordered by footprint code.</summary>
    public EquatableArray<PeerCard> Peers { get; }

    /// <summary>Whether peers were limited to footprints within a factor of two of the footprint's population.</summary>
    public bool PopulationBand { get; }

    /// <summary>How far apart, in calendar months either way, a peer's card and the footprint's may be.</summary>
    public int WithinMonths { get; }

    /// <summary>Each domain's percentile, in the framework's order.</summary>
    public EquatableArray<DomainPercentile> Domains { get; }

    /// <summary>Who the peers are, with the date of each, and how a domain's standing is worked out, in a sentence for a report.</summary>
    /// <returns>For example <c>5 footprints of the same framework, policy and level, assessed within 18 months of 2025-10-06, the latest card of each (Dorset, 2025-10-13; …). …</c>.</returns>
    public string Describe()
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{Peers.Count} {(Peers.Count == 1 ? "footprint" : "footprints")} of the same framework, policy and level{(PopulationBand ? ", within a factor of two of the population" : string.Empty)}, assessed within {WithinMonths} {(WithinMonths == 1 ? "month" : "months")} of {IsoDate.Format(Card.AssessedOn)}, the latest card of each")
           + (Peers.Count > 0 ? $" ({string.Join("; ", Peers.Select(p => $"{p.Footprint.Name}, {IsoDate.Format(p.AssessedOn)}"))})" : string.Empty)
           + string.Create(CultureInfo.InvariantCulture, $". With fewer than {PercentileFrom} peers scored in a domain, its rank among them (above, level with, below); from {PercentileFrom}, its percentile = (peers below + half those level) ÷ peers × 100. Scores within {TieTolerance:0e0} are level.");

    /// <summary>The percentile of the domain with code <paramref name="domainCode"/>, or <see langword="null"/> when the framework has no such domain.</summary>
    /// <param name="domainCode">A domain code, such as <c>PCC</c>.</param>
    /// <returns>The domain's percentile, or <see langword="null"/>.</returns>
    public DomainPercentile? For(string domainCode)
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

    /// <summary>The peers of <paramref name="card"/> among <paramref name="candidates"/>, and each domain's percentile.</summary>
    /// <param name="card">The footprint's card.</param>
    /// <param name="candidates">Cards of any footprints; those that are not comparable are left out, and so is the footprint's own.</param>
    /// <param name="populationBand">Whether to keep only peers within a factor of two of the footprint's population.</param>
    /// <param name="withinMonths">How far apart, in calendar months either way, a peer's card and the footprint's may be.</param>
    /// <returns>The peer group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinMonths"/> is negative or more than <see cref="MostWithinMonths"/>.</exception>
    public static PeerGroup Of(ScoreCard card, IEnumerable<ScoreCard> candidates, bool populationBand = false, int withinMonths = DefaultWithinMonths)
        => Of(card, Preconditions.NotNull(candidates).Select(PeerCard.Of), populationBand, withinMonths);

    /// <summary>The peers of <paramref name="card"/> among <paramref name="candidates"/> (such as a table of domain scores), and each domain's percentile.</summary>
    /// <param name="card">The footprint's card.</param>
    /// <param name="candidates">Peer cards of any footprints; those that are not comparable are left out, and so is the footprint's own.</param>
    /// <param name="populationBand">Whether to keep only peers within a factor of two of the footprint's population.</param>
    /// <param name="withinMonths">How far apart, in calendar months either way, a peer's card and the footprint's may be.</param>
    /// <returns>The peer group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinMonths"/> is negative or more than <see cref="MostWithinMonths"/>.</exception>
    public static PeerGroup Of(ScoreCard card, IEnumerable<PeerCard> candidates, bool populationBand = false, int withinMonths = DefaultWithinMonths)
    {
        Preconditions.NotNull(card);
        var peers = Comparable(card, Preconditions.NotNull(candidates), populationBand, withinMonths);
        var domains = card.Domains.Select(own =>
        {
            var scores = peers.Select(p => p.ScoreIn(own.Code)).OfType<double>().ToList();
            var (below, level) = own.Score is { } score
                ? (scores.Count(s => s < score - TieTolerance), scores.Count(s => Math.Abs(s - score) <= TieTolerance))
                : (0, 0);
            double? percentile = own.Score is not null && scores.Count >= PercentileFrom ? (below + (0.5 * level)) / scores.Count * 100 : null;
            return new DomainPercentile(own.Code, own.Score, scores.Count, below, level, percentile);
        });
        return new PeerGroup(card, peers, populationBand, withinMonths, domains.ToEquatableArray());
    }

    /// <summary>
    /// Whether two dates are within <paramref name="months"/> calendar months of each other, counted from the earlier, so
    /// that it does not matter which is the footprint's (31 August less 18 months is 28 February, but 28 February plus
    /// 18 months is 28 August).
    /// </summary>
    internal static bool Within(LocalDate one, LocalDate other, int months)
    {
        var (earlier, later) = one <= other ? (one, other) : (other, one);
        return earlier.PlusMonths(months) >= later;
    }

    /// <summary>The latest card of each other footprint with the same framework, policy and level, assessed within the months (and population band).</summary>
    internal static EquatableArray<PeerCard> Comparable(ScoreCard card, IEnumerable<PeerCard> candidates, bool populationBand, int withinMonths)
    {
        if (withinMonths is < 0 or > MostWithinMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(withinMonths), withinMonths, $"withinMonths must be from 0 to {MostWithinMonths}: how many calendar months either way a peer's card may be from the footprint's.");
        }

        var own = card.Footprint;
        return candidates
            .Where(c => c is not null
                && c.Footprint.Code != own.Code
                && c.FrameworkId == card.Framework.Id
                && c.PolicyId == card.PolicyId
                && c.Footprint.Level == own.Level
                && Within(card.AssessedOn, c.AssessedOn, withinMonths)
                && (!populationBand || (own.Population is { } people && c.Footprint.Population is { } theirs && theirs * 2L >= people && theirs <= people * 2L)))
            .GroupBy(c => c.Footprint.Code, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.AssessedOn).First())
            .OrderBy(c => c.Footprint.Code, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
