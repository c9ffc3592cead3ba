namespace IntegrationFramework.Scoring;

/// <summary>The child footprint with the lowest score in one domain of a roll-up.</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="FootprintCode">The child footprint's code.</param>
/// <param name="FootprintName">The child footprint's name.</param>
/// <param name="Score">Its score in the domain.</param>
public readonly record struct WeakestChild(string DomainCode, string FootprintCode, string FootprintName, double Score);
