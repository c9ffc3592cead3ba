namespace IntegrationFramework.Peers;

/// <summary>Where a footprint's score in one domain stands among its peers' scores there.</summary>
/// <param name="Domain">The domain's code, such as <c>PCC</c>.</param>
/// <param name="Score">The footprint's score in the domain; <see langword="null"/> when it has none (excluded or unrated).</param>
/// <param name="Peers">How many peers have a score in the domain: always shown, whatever the percentile.</param>
/// <param name="Percentile">
/// (peers below + half the peers level with it) ÷ peers × 100; <see langword="null"/> when the footprint has no score
/// there or fewer than <see cref="PeerGroup.MinimumPeers"/> peers have one.
/// </param>
public sealed record DomainPercentile(string Domain, double? Score, int Peers, double? Percentile)
{
    /// <summary>Whether too few peers have a score in the domain for a percentile to mean anything.</summary>
    public bool TooFewPeers => Peers < PeerGroup.MinimumPeers;
}
