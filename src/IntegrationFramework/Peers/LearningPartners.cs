using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Peers;

/// <summary>
/// Learning partners, after SCIROCCO's twinning: for each of a footprint's three lowest-scoring domains, up to three
/// peers ahead there; and complementary pairs, where each side is ahead in one of the other's three weakest domains.
/// A peer is <em>ahead</em> in a domain when both cards carry their partner bands and its score is above the top of the
/// footprint's band and the bottom of its own band above the footprint's score, so that partner disagreement alone does
/// not explain the difference; where either card lacks its band, when it is at least <see cref="Lead"/> points higher,
/// flagged as what may be noise (<see cref="PeerScore.MayBeNoise"/>). Each comes with the framework's case examples for the
/// domains concerned. Peers are chosen as <see cref="PeerGroup"/> chooses them, assessed within 18 months unless the
/// caller says.
/// </summary>
public sealed class LearningPartners
{
    /// <summary>How many points ahead a peer must be in a domain to learn from, where a card has no partner band.</summary>
    public const double Lead = 15;

    /// <summary>How many of a footprint's lowest-scoring domains are looked at.</summary>
    public const int WeakestDomains = 3;

    /// <summary>The most peers named for one domain.</summary>
    public const int PeersPerDomain = 3;

    private LearningPartners(ScoreCard card, EquatableArray<DomainLeaders> leaders, EquatableArray<ComplementaryPair> pairs)
    {
        Card = card;
        Leaders = leaders;
        Pairs = pairs;
    }

    /// <summary>The footprint's own card.</summary>
    public ScoreCard Card { get; }

    /// <summary>For each of the footprint's weakest domains (lowest first), the peers ahead there.</summary>
    public EquatableArray<DomainLeaders> Leaders { get; }

    /// <summary>The complementary pairs, the largest combined lead first.</summary>
    public EquatableArray<ComplementaryPair> Pairs { get; }

    /// <summary>The learning partners of <paramref name="card"/> among <paramref name="candidates"/>.</summary>
    /// <param name="card">The footprint's card.</param>
    /// <param name="candidates">Cards of any footprints; only comparable peers are considered.</param>
    /// <param name="populationBand">Whether to keep only peers within a factor of two of the footprint's population.</param>
    /// <param name="withinMonths">How far apart, in calendar months either way, a peer's card and the footprint's may be.</param>
    /// <returns>The learning partners; empty lists when no peer is far enough ahead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinMonths"/> is negative or more than <see cref="PeerGroup.MostWithinMonths"/>.</exception>
    public static LearningPartners Match(ScoreCard card, IEnumerable<ScoreCard> candidates, bool populationBand = false, int withinMonths = PeerGroup.DefaultWithinMonths)
        => Match(card, Preconditions.NotNull(candidates).Select(PeerCard.Of), populationBand, withinMonths);

    /// <summary>The learning partners of <paramref name="card"/> among <paramref name="candidates"/> (such as a table of domain scores).</summary>
    /// <param name="card">The footprint's card.</param>
    /// <param name="candidates">Peer cards of any footprints; only comparable peers are considered.</param>
    /// <param name="populationBand">Whether to keep only peers within a factor of two of the footprint's population.</param>
    /// <param name="withinMonths">How far apart, in calendar months either way, a peer's card and the footprint's may be.</param>
    /// <returns>The learning partners; empty lists when no peer is far enough ahead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> or <paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinMonths"/> is negative or more than <see cref="PeerGroup.MostWithinMonths"/>.</exception>
    public static LearningPartners Match(ScoreCard card, IEnumerable<PeerCard> candidates, bool populationBand = false, int withinMonths = PeerGroup.DefaultWithinMonths)
    {
        Preconditions.NotNull(card);
        var peers = PeerGroup.Comparable(card, Preconditions.NotNull(candidates), populationBand, withinMonths);
        var own = PeerCard.Of(card);
        var weakest = Weakest(own);
        var leaders = weakest.Select(domain =>
        {
            var score = own.ScoreIn(domain)!.Value;
            var ahead = peers
                .Select(p => (Peer: p, Score: p.ScoreIn(domain), Lead: Ahead(own, p, domain)))
                .Where(p => p.Lead is not null)
                .OrderByDescending(p => p.Score)
                .ThenBy(p => p.Peer.Footprint.Code, StringComparer.Ordinal)
                .Take(PeersPerDomain)
                .Select(p => new PeerScore(p.Peer.Footprint, p.Peer.AssessedOn, p.Score!.Value, p.Lead!.Value.MayBeNoise));
            return new DomainLeaders(domain, score, ahead.ToEquatableArray(), card.Framework.CaseExamplesFor(domain));
        });

        var pairs = new List<ComplementaryPair>();
        foreach (var peer in peers)
        {
            var theyLead = Best(own, peer, weakest);
            var youLead = Best(peer, own, Weakest(peer));
            if (theyLead is { } they && youLead is { } you)
            {
                pairs.Add(new ComplementaryPair(peer.Footprint, peer.AssessedOn, they.Domain, they.Lead, you.Domain, you.Lead, card.Framework.CaseExamplesFor(they.Domain), card.Framework.CaseExamplesFor(you.Domain), they.MayBeNoise || you.MayBeNoise));
            }
        }

        return new LearningPartners(
            card,
            leaders.ToEquatableArray(),
            pairs.OrderByDescending(p => p.TheyLeadBy + p.YouLeadBy).ThenBy(p => p.Peer.Code, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The card's three lowest-scoring domains with a score, lowest first; ties in the framework's order.</summary>
    private static List<string> Weakest(PeerCard card)
        => [.. card.Domains.Where(d => d.Score is not null).OrderBy(d => d.Score).Take(WeakestDomains).Select(d => d.Domain)];

    /// <summary>The domain among <paramref name="weak"/> (weak for <paramref name="behind"/>) where <paramref name="ahead"/> is ahead and leads most.</summary>
    private static (string Domain, double Lead, bool MayBeNoise)? Best(PeerCard behind, PeerCard ahead, List<string> weak)
        => weak
            .Select(d => (Domain: d, Lead: ahead.ScoreIn(d) - behind.ScoreIn(d), Ahead: Ahead(behind, ahead, d)))
            .Where(d => d.Ahead is not null)
            .OrderByDescending(d => d.Lead)
            .Select(d => ((string, double, bool)?)(d.Domain, d.Lead!.Value, d.Ahead!.Value.MayBeNoise))
            .FirstOrDefault();

    /// <summary>
    /// Whether <paramref name="ahead"/> is ahead of <paramref name="behind"/> in a domain, and whether that rests on the
    /// scores alone (no band on one of the cards): null when it is not ahead.
    /// </summary>
    private static (bool Ahead, bool MayBeNoise)? Ahead(PeerCard behind, PeerCard ahead, string domain)
    {
        if (behind.ScoreIn(domain) is not { } theirs || ahead.ScoreIn(domain) is not { } score)
        {
            return null;
        }

        if (behind.BandIn(domain) is { } low && ahead.BandIn(domain) is { } high)
        {
            return score > low.High && high.Low > theirs ? (true, false) : null;
        }

        return score - theirs >= Lead ? (true, true) : null;
    }
}
