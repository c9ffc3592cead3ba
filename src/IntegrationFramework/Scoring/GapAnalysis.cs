using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>
/// What a partnership could work on next, from a score card: the items furthest from their targets, the items the
/// partners first need to agree on, and, for each weak domain, examples of what others have done.
/// </summary>
/// <remarks>
/// <para>
/// <b>Items</b>: every rated item whose consensus is below its target — the target the ratings carry, or
/// <c>embedded</c> where none does — and every rated item on which the assessors are split. Split items come first,
/// flagged for a consensus discussion; then the rest. Within each group, items come by weighted gap (the gap in levels
/// times the item's and its domain's weights under the policy), largest first, then in the checklist's order.
/// </para>
/// <para>
/// <b>Weak domains</b>: domains scoring below 50 (emerging or developing), weakest first, each with the case examples
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

    /// <summary>The score below which a domain is weak: the start of the maturing stage.</summary>
    public const double WeakBelow = 50;

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

        var gaps = new List<ItemGap>();
        foreach (var item in card.Items)
        {
            if (item.Status != ItemStatus.Rated || item.Consensus is not { } consensus || checklist.FindItem(item.ItemId) is not { } checklistItem)
            {
                continue;
            }

            var target = item.Target ?? Progress.Embedded;
            var gap = target.Level() - consensus.Level();
            var split = item.Agreement == Agreement.Split;
            if (gap > 0 || split)
            {
                var weight = policy.ItemWeight(item.ItemId) * policy.DomainWeight(checklistItem.DomainCode);
                gaps.Add(new(item.ItemId, checklistItem.DomainCode, consensus, target, item.Target is null, gap, weight, gap * weight, split));
            }
        }

        var ordered = gaps
            .Select((gap, position) => (gap, position))
            .OrderByDescending(g => g.gap.NeedsConsensusDiscussion)
            .ThenByDescending(g => g.gap.WeightedGap)
            .ThenBy(g => g.position)
            .Select(g => g.gap)
            .ToEquatableArray();

        var level = card.Footprint.Level;
        var weak = card.Domains
            .Select((domain, position) => (domain, position))
            .Where(d => d.domain.Score is < WeakBelow)
            .OrderBy(d => d.domain.Score)
            .ThenBy(d => d.position)
            .Select(d => new DomainSuggestion(
                d.domain.Code,
                d.domain.Score!.Value,
                d.domain.Stage!.Value,
                framework.CaseExamplesFor(d.domain.Code)
                    .Select((example, position) => (example, position))
                    .OrderBy(e => Math.Abs(e.example.Level - level))
                    .ThenBy(e => e.position)
                    .Select(e => e.example)
                    .ToEquatableArray()))
            .ToEquatableArray();

        return new GapAnalysis(ordered, weak);
    }
}
