namespace IntegrationFramework.Peers;

/// <summary>A peer's score in one domain.</summary>
/// <param name="Domain">The domain's code.</param>
/// <param name="Score">The score; <see langword="null"/> when the domain is excluded or unrated.</param>
public sealed record PeerDomainScore(string Domain, double? Score);
