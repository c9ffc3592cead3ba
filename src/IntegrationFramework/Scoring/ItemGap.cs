using IntegrationFramework.Assessments;

namespace IntegrationFramework.Scoring;

/// <summary>An item to work on next: how far its consensus is from its target, weighted by the policy.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="DomainCode">The item's domain.</param>
/// <param name="Consensus">The assessors' consensus level.</param>
/// <param name="Target">The target level: the one the ratings carry, or <see cref="Progress.Embedded"/> when none does.</param>
/// <param name="TargetIsDefault">Whether <paramref name="Target"/> is <see cref="Progress.Embedded"/> because no rating carries a target.</param>
/// <param name="Gap">The target minus the consensus, in levels.</param>
/// <param name="Weight">The item's weight times its domain's weight under the policy.</param>
/// <param name="WeightedGap">The gap times the weight: the order in which items come.</param>
/// <param name="NeedsConsensusDiscussion">Whether the assessors are split on the item (a spread of three levels or more), so the partnership should first agree where it stands.</param>
public readonly record struct ItemGap(
    string ItemId,
    string DomainCode,
    Progress Consensus,
    Progress Target,
    bool TargetIsDefault,
    int Gap,
    double Weight,
    double WeightedGap,
    bool NeedsConsensusDiscussion);
