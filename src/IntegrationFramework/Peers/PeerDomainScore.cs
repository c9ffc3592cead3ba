namespace IntegrationFramework.Peers;

/// <summary>A peer's score in one domain.</summary>
/// <param name="Domain">The domain's code.</param>
/// <param name="Score">The score; <see langword="null"/> when the domain is excluded or unrated.</param>
/// <param name="Band">
/// The score's partner band, when the card was scored with its bands (<see cref="Scoring.Scorer.ScoreWithBands"/>);
/// <see langword="null"/> otherwise, or with three partners or fewer.
/// </param>
public sealed record PeerDomainScore(string Domain, double? Score, Scoring.ScoreBand? Band = null);
