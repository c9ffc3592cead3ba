using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>
/// What a partnership could work on next, from a score card: the items furthest from their targets, the items the
/// partners first need to agree on, and, for each weak domain, examples of what others have done.
/// </summary>
/// <remarks>
/// <para>
/// <b>Items</b>: every rated item whose consensus is below the target its ratings carry, and every rated item on
/// which the partners are split or uncertain and the consensus meeting has not agreed a rating. An item without a target has no gap: it counts as at its target, as it does in its
/// domain's target score (<see cref="DomainScore.TargetScore"/>), so the list and the target outline follow one rule
/// (<see cref="NoTargetRule"/>). Split and uncertain items come first,
/// flagged for a consensus discussion; then the rest. Within each group, items come by weighted gap (the gap in levels
/// times the item's and its domain's weights under the policy), largest first, then in the checklist's order.
/// </para>
/// <para>
/// <b>Weak domains</b>: domains scoring 50 or less (emerging or developing), weakest first, each with the case examples
/// of the framework that illustrate it — those at the footprint's own level first (a neighbourhood sees neighbourhood
/// examples first), then those one level away, then the rest, each group in the document's order.
/// </para>
/// <para>Made by <see cref="Of"/> only.</para>
/// </remarks>
public sealed record GapAnalysis
{
    private GapAnalysis(EquatableArray<ItemGap> items, EquatableArray<DomainSuggestion> weakDomains)
    {
        Items = items;
        WeakDomains = weakDomains;
    }

    /// <summary>The items to work on, in order.</summary>
    public EquatableArray<ItemGap> Items { get; }

    /// <summary>The weak domains, weakest first.</summary>
    public EquatableArray<DomainSuggestion> WeakDomains { get; }

    /// <summary>
    /// The rule for items without a target, in the words reports print: such an item counts as at its target, here and
    /// in the domain's target score.
    /// </summary>
    public const string NoTargetRule = "An item without a target counts as at its target, in this list and in the target scores: only the targets the partners set make gaps.";

    /// <summary>The score at or below which a domain is weak: the top of the developing stage.</summary>
    public const double WeakAtMost = 50;

    /// <summary>Analyses the gaps of a score card.</summary>
    /// <param name="card">The score card.</param>
    /// <param name="policy">The policy the card was scored under, for its weights; when <see langword="null"/>, the named policy the card records (<see cref="ScoringPolicy.Find"/>).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">The card was scored under a policy with another id, or under a policy that is not named and none is given.</exception>
    public static GapAnalysis Of(ScoreCard card, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(card);
        policy ??= ScoringPolicy.Find(card.PolicyId)
            ?? throw new ArgumentException($"The card was scored under the policy '{card.PolicyId}', which is not one of the named policies ({ScoringPolicy.NamedIds}); pass that policy to analyse it.", nameof(policy));
        if (policy.Id != card.PolicyId)
        {
            throw new ArgumentException($"The card was scored under the policy '{card.PolicyId}'; analyse it with that policy, not '{policy.Id}'.", nameof(policy));
        }

        var framework = card.Framework;
        var checklist = framework.Checklist;

        // Plain arrays and a stable insertion sort rather than LINQ's OrderBy over tuples: the lists are short (at most
        // the checklist's items), and generic sorting over value types is compiled afresh each time a command starts.
        var gaps = new ItemGap[card.Items.Count];
        var count = 0;
        for (var i = 0; i < card.Items.Count; i++)
        {
            var item = card.Items[i];
            if (item.Status != ItemStatus.Rated || item.Consensus is not { } consensus)
            {
                continue;
            }

            var target = item.Target ?? consensus;
            var gap = target.Value - consensus.Value;
            // Once the consensus meeting has agreed an item, there is nothing left to agree, however split the partners were.
            var split = (item.Agreement == Agreement.Split || item.Uncertain) && !item.AgreedByMeeting;
            if (gap > 0 || split)
            {
                var domainCode = checklist.Items[i].DomainCode;
                var weight = policy.ItemWeight(item.ItemId) * policy.DomainWeight(domainCode);
                gaps[count++] = new(item.ItemId, domainCode, consensus, target, item.Target is null, gap, weight, gap * weight, split);
            }
        }

        for (var i = 1; i < count; i++)
        {
            var moving = gaps[i];
            var j = i - 1;
            for (; j >= 0 && Before(moving, gaps[j]); j--)
            {
                gaps[j + 1] = gaps[j];
            }

            gaps[j + 1] = moving;
        }

        var weak = new DomainSuggestion[card.Domains.Count];
        var weakCount = 0;
        foreach (var domain in card.Domains)
        {
            if (domain.Score is not (<= WeakAtMost and var score))
            {
                continue;
            }

            var position = weakCount++;
            for (; position > 0 && weak[position - 1].Score > score; position--)
            {
                weak[position] = weak[position - 1];
            }

            weak[position] = new DomainSuggestion(domain.Code, score, domain.Stage, Nearest(framework.CaseExamplesFor(domain.Code), card.Footprint.Level));
        }

        return new GapAnalysis(EquatableArray.Create<ItemGap>(gaps.AsSpan(0, count)), EquatableArray.Create<DomainSuggestion>(weak.AsSpan(0, weakCount)));
    }

    /// <summary>Whether <paramref name="gap"/> comes before <paramref name="other"/>: split items first, then the larger weighted gap.</summary>
    private static bool Before(ItemGap gap, ItemGap other)
        => gap.NeedsConsensusDiscussion != other.NeedsConsensusDiscussion ? gap.NeedsConsensusDiscussion : gap.WeightedGap > other.WeightedGap;

    /// <summary>The examples at the footprint's level first, then one level away, then two, each group in the document's order.</summary>
    private static EquatableArray<CaseExample> Nearest(EquatableArray<CaseExample> examples, Level level)
    {
        var ordered = new CaseExample[examples.Count];
        var next = 0;
        for (var distance = 0; distance <= 2; distance++)
        {
            foreach (var example in examples)
            {
                if (Math.Abs(example.Level - level) == distance)
                {
                    ordered[next++] = example;
                }
            }
        }

        return EquatableArray.Create<CaseExample>(ordered.AsSpan(0, next));
    }
}
