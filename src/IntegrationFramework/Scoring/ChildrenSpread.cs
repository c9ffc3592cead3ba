namespace IntegrationFramework.Scoring;

/// <summary>
/// How far apart a roll-up's children are in one domain: their lowest and highest score and alpha. A rolled-up domain has
/// no alpha of its own (the mean of the children's alphas is the alpha of no data), so this is what a report gives
/// beside the rolled-up score.
/// </summary>
/// <remarks>Made by <see cref="Rollup.Combine"/> only. A <see langword="default"/> value names no domain.</remarks>
public readonly record struct ChildrenSpread
{
    private readonly string? domainCode;

    /// <summary>Creates the spread of a domain's children.</summary>
    internal ChildrenSpread(string domainCode, double? lowestScore, double? highestScore, double? lowestAlpha, double? highestAlpha)
    {
        this.domainCode = domainCode;
        LowestScore = lowestScore;
        HighestScore = highestScore;
        LowestAlpha = lowestAlpha;
        HighestAlpha = highestAlpha;
    }

    /// <summary>The domain.</summary>
    public string DomainCode => domainCode ?? string.Empty;

    /// <summary>The lowest score a child has in the domain; <see langword="null"/> when none has one.</summary>
    public double? LowestScore { get; }

    /// <summary>The highest score a child has in the domain; <see langword="null"/> when none has one.</summary>
    public double? HighestScore { get; }

    /// <summary>The lowest alpha a child has in the domain; <see langword="null"/> when none has one.</summary>
    public double? LowestAlpha { get; }

    /// <summary>The highest alpha a child has in the domain; <see langword="null"/> when none has one.</summary>
    public double? HighestAlpha { get; }
}
