using System.Globalization;

namespace IntegrationFramework.Peers;

/// <summary>
/// Where a footprint's score in one domain stands among its peers' scores there: how many peers it is above, level with
/// (within <see cref="PeerGroup.TieTolerance"/>) and below, and from <see cref="PeerGroup.PercentileFrom"/> peers its
/// percentile. With fewer peers a percentile would move in steps of 10 to 20 points for one item, so only the rank is
/// given ("above 3 of 5 peers, level with 1").
/// </summary>
/// <param name="Domain">The domain's code, such as <c>PCC</c>.</param>
/// <param name="Score">The footprint's score in the domain; <see langword="null"/> when it has none (excluded or unrated).</param>
/// <param name="Peers">How many peers have a score in the domain: always shown, whatever the percentile.</param>
/// <param name="Below">How many of them score below the footprint (0 when it has no score).</param>
/// <param name="Level">How many score the same, within <see cref="PeerGroup.TieTolerance"/> (0 when it has no score).</param>
/// <param name="Percentile">
/// (peers below + half the peers level with it) ÷ peers × 100; <see langword="null"/> when the footprint has no score
/// there or fewer than <see cref="PeerGroup.PercentileFrom"/> peers have one.
/// </param>
public sealed record DomainPercentile(string Domain, double? Score, int Peers, int Below, int Level, double? Percentile)
{
    /// <summary>How many peers score above the footprint (0 when it has no score).</summary>
    public int Above => Score is null ? 0 : Peers - Below - Level;

    /// <summary>Whether too few peers have a score in the domain for a percentile: the rank alone is given.</summary>
    public bool RankOnly => Peers < PeerGroup.PercentileFrom;

    /// <summary>
    /// The standing in words: "62nd percentile of 12 peers" from <see cref="PeerGroup.PercentileFrom"/> peers; below,
    /// the rank, "above 3 of 5 peers, level with 1" (above none of them: "above none of 5 peers"); "no peer has a score";
    /// "4 peers; no score to place" when the footprint has none.
    /// </summary>
    /// <returns>The standing, for a report or a command's output.</returns>
    public string Describe()
    {
        if (Score is null)
        {
            return $"{Count(Peers, "peer")}; no score to place";
        }

        if (Peers == 0)
        {
            return "no peer has a score";
        }

        if (Percentile is { } percentile)
        {
            var n = (int)Math.Round(percentile, MidpointRounding.AwayFromZero);
            var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return $"{n.ToString(CultureInfo.InvariantCulture)}{suffix} percentile of {Count(Peers, "peer")}";
        }

        var above = Below == 0 ? "none" : Below.ToString(CultureInfo.InvariantCulture);
        var level = Level == 0 ? string.Empty : $", level with {Level.ToString(CultureInfo.InvariantCulture)}";
        return $"above {above} of {Count(Peers, "peer")}{level}";
    }

    private static string Count(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? noun : noun + "s")}";
}
