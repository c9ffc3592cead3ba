namespace IntegrationFramework.Scoring;

/// <summary>An item to work on next: how far its consensus is from its target, weighted by the policy.</summary>
/// <remarks>Made by <see cref="GapAnalysis.Of"/> only. A <see langword="default"/> value names no item and has no gap.</remarks>
public readonly record struct ItemGap
{
    private readonly string? itemId;
    private readonly string? domainCode;

    /// <summary>Creates an item's gap from what <see cref="GapAnalysis.Of"/> has worked out.</summary>
    internal ItemGap(string itemId, string domainCode, MedianLevel consensus, MedianLevel target, bool targetIsDefault, double gap, double weight, double weightedGap, bool needsConsensusDiscussion)
    {
        this.itemId = itemId;
        this.domainCode = domainCode;
        Consensus = consensus;
        Target = target;
        TargetIsDefault = targetIsDefault;
        Gap = gap;
        Weight = weight;
        WeightedGap = weightedGap;
        NeedsConsensusDiscussion = needsConsensusDiscussion;
    }

    /// <summary>The item.</summary>
    public string ItemId => itemId ?? string.Empty;

    /// <summary>The item's domain.</summary>
    public string DomainCode => domainCode ?? string.Empty;

    /// <summary>The partners' consensus: their median level.</summary>
    public MedianLevel Consensus { get; }

    /// <summary>The target level: the one the ratings carry, or the consensus when none does (<see cref="GapAnalysis.NoTargetRule"/>).</summary>
    public MedianLevel Target { get; }

    /// <summary>Whether no rating carries a target, so <see cref="Target"/> is the consensus and the gap 0 (the item is listed because the partners are split).</summary>
    public bool TargetIsDefault { get; }

    /// <summary>The target minus the consensus, in levels (halves possible).</summary>
    public double Gap { get; }

    /// <summary>The item's weight times its domain's weight under the policy.</summary>
    public double Weight { get; }

    /// <summary>The gap times the weight: the order in which items come.</summary>
    public double WeightedGap { get; }

    /// <summary>
    /// Whether the partners are split on the item (a spread of three levels or more) or it is uncertain
    /// (<see cref="ItemScore.Uncertain"/>), and the consensus meeting has not agreed a rating, so the partnership should
    /// first agree where it stands.
    /// </summary>
    public bool NeedsConsensusDiscussion { get; }
}
