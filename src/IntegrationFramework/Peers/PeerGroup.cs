using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Peers;

/// <summary>
/// A footprint's comparable peers and each domain's percentile among them. Peers are the latest card of each other
/// footprint with the same framework, policy and level; with a population band, only those whose population is
/// within a factor of two of the footprint's (none when the footprint's population is unknown).
/// </summary>
/// <example>
/// <code>
/// PeerGroup group = PeerGroup.Of(croydonCard, otherCards, populationBand: true);
/// DomainPercentile pcc = group.For("PCC")!;   // pcc.Percentile is null when fewer than five peers have a PCC score
/// </code>
/// </example>
public sealed class PeerGroup
{
    /// <summary>The fewest peers with a score in a domain for its percentile to be given.</summary>
    public const int MinimumPeers = 5;

    private PeerGroup(ScoreCard card, EquatableArray<PeerCard> peers, bool populationBand, EquatableArray<DomainPercentile> domains)
    {
        Card = card;
        Peers = peers;
        PopulationBand = populationBand;
        Domains = domains;
    }

    /// <summary>The footprint's own card.</summary>
    public ScoreCard Card { get; }

    /// <summary>The peers: one card per other footprint, the latest, ordered by footprint code.</summary>
    public EquatableArray<PeerCard> Peers { get; }

    /// <summary>Whether peers were limited to footprints within a factor of two of the footprint's population.</summary>
    public bool PopulationBand { get; }

    /// <summary>Each domain's percentile, in the framework's order.</summary>
    public EquatableArray<DomainPercentile> Domains { get; }

    /// <summary>Who the peers are and how the percentile is worked out, in a sentence for a report.</summary>
    /// <returns>For example <c>5 footprints of the same framework, policy and level, the latest card of each (Dorset, …). Percentile = …</c>.</returns>
    public string Describe()
        => $"{Peers.Count} {(Peers.Count == 1 ? "footprint" : "footprints")} of the same framework, policy and level{(PopulationBand ? ", within a factor of two of the population" : string.Empty)}, the latest card of each"
           + (Peers.Count > 0 ? $" ({string.Join(", ", Peers.Select(p => p.Footprint.Name))})" : string.Empty)
           + $". Percentile = (peers below + half those level) ÷ peers × 100; none is given with fewer than {MinimumPeers} peers.";

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
    /// <returns>The peer group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="candidates"/> is null.</exception>
    public static PeerGroup Of(ScoreCard card, IEnumerable<ScoreCard> candidates, bool populationBand = false)
        => Of(card, Preconditions.NotNull(candidates).Select(PeerCard.Of), populationBand);

    /// <summary>The peers of <paramref name="card"/> among <paramref name="candidates"/> (such as a table of domain scores), and each domain's percentile.</summary>
    /// <param name="card">The footprint's card.</param>
    /// <param name="candidates">Peer cards of any footprints; those that are not comparable are left out, and so is the footprint's own.</param>
    /// <param name="populationBand">Whether to keep only peers within a factor of two of the footprint's population.</param>
    /// <returns>The peer group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="candidates"/> is null.</exception>
    public static PeerGroup Of(ScoreCard card, IEnumerable<PeerCard> candidates, bool populationBand = false)
    {
        Preconditions.NotNull(card);
        var peers = Comparable(card, Preconditions.NotNull(candidates), populationBand);
        var domains = card.Domains.Select(own =>
        {
            var scores = peers.Select(p => p.ScoreIn(own.Code)).OfType<double>().ToList();
            double? percentile = own.Score is { } score && scores.Count >= MinimumPeers
                ? (scores.Count(s => s < score) + (0.5 * scores.Count(s => s == score))) / scores.Count * 100
                : null;
            return new DomainPercentile(own.Code, own.Score, scores.Count, percentile);
        });
        return new PeerGroup(card, peers, populationBand, domains.ToEquatableArray());
    }

    /// <summary>The latest card of each other footprint with the same framework, policy and level (and population band).</summary>
    internal static EquatableArray<PeerCard> Comparable(ScoreCard card, IEnumerable<PeerCard> candidates, bool populationBand)
    {
        var own = card.Footprint;
        return candidates
            .Where(c => c is not null
                && c.Footprint.Code != own.Code
                && c.FrameworkId == card.Framework.Id
                && c.PolicyId == card.PolicyId
                && c.Footprint.Level == own.Level
                && (!populationBand || (own.Population is { } people && c.Footprint.Population is { } theirs && theirs * 2L >= people && theirs <= people * 2L)))
            .GroupBy(c => c.Footprint.Code, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.AssessedOn).First())
            .OrderBy(c => c.Footprint.Code, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
