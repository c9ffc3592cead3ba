namespace IntegrationFramework.Scoring;

/// <summary>
/// An uncertain item (<see cref="ItemScore.Uncertain"/>) and how far its domain's score moves with it: the score with
/// the item at the lowest level a partner gave, and at the highest. "GOV 65.0; GOV.3 is uncertain: 55.0 to 75.0 with
/// it at its lowest and highest level."
/// </summary>
/// <remarks>Made by <see cref="Bands.Of"/> and the score card reader only. Items the consensus meeting agreed are settled, and not listed.</remarks>
public readonly record struct UncertainItem
{
    private readonly string? itemId;
    private readonly string? domainCode;

    /// <summary>Creates an uncertain item's range from scores its maker has worked out.</summary>
    internal UncertainItem(string itemId, string domainCode, double lowestScore, double highestScore)
    {
        this.itemId = itemId;
        this.domainCode = domainCode;
        LowestScore = lowestScore;
        HighestScore = highestScore;
    }

    /// <summary>The item, such as <c>GOV.3</c>.</summary>
    public string ItemId => itemId ?? string.Empty;

    /// <summary>The item's domain.</summary>
    public string DomainCode => domainCode ?? string.Empty;

    /// <summary>The domain's score with the item at the lowest level a partner gave.</summary>
    public double LowestScore { get; }

    /// <summary>The domain's score with the item at the highest level a partner gave.</summary>
    public double HighestScore { get; }
}
