namespace IntegrationFramework.Scoring;

/// <summary>The child footprint with the lowest score in one domain of a roll-up.</summary>
/// <remarks>Made by <see cref="Rollup.Combine"/> only. A <see langword="default"/> value names no domain and no child.</remarks>
public readonly record struct WeakestChild
{
    private readonly string? domainCode;
    private readonly string? footprintCode;
    private readonly string? footprintName;

    /// <summary>Creates the record of a domain's weakest child.</summary>
    internal WeakestChild(string domainCode, string footprintCode, string footprintName, double score)
    {
        this.domainCode = domainCode;
        this.footprintCode = footprintCode;
        this.footprintName = footprintName;
        Score = score;
    }

    /// <summary>The domain.</summary>
    public string DomainCode => domainCode ?? string.Empty;

    /// <summary>The child footprint's code.</summary>
    public string FootprintCode => footprintCode ?? string.Empty;

    /// <summary>The child footprint's name.</summary>
    public string FootprintName => footprintName ?? string.Empty;

    /// <summary>Its score in the domain.</summary>
    public double Score { get; }
}
