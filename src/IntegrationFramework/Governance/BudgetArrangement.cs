using IntegrationFramework.Collections;

namespace IntegrationFramework.Governance;

/// <summary>One budget-sharing arrangement between partners, with its amount in pounds.</summary>
/// <remarks>
/// A Section 75 pooled budget and the Better Care Fund — which the LGA paper calls "just one of the pooled budgets"
/// under Section 75 — are pooled under a Section 75 agreement unless said otherwise. Any other mechanism is neither
/// unless said otherwise; say <c>Pooled: true</c> for, say, lead commissioning with pooled funding.
/// </remarks>
public sealed record BudgetArrangement
{
    /// <summary>Creates a budget-sharing arrangement.</summary>
    /// <param name="id">A short identifier, unique within the arrangement.</param>
    /// <param name="name">Its name, such as "Integrated fund".</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="amount">The amount in pounds, if it has one: zero or more.</param>
    /// <param name="partnerIds">The <see cref="Partner.Id"/>s of the partners in it.</param>
    /// <param name="pooled">Whether partners' money is put into one fund; by default, for Section 75 pooled budgets and the Better Care Fund.</param>
    /// <param name="underSection75Agreement">Whether it rests on a Section 75 partnership agreement; by default, as <paramref name="pooled"/>'s default.</param>
    public BudgetArrangement(string id, string name, BudgetSharingMechanism mechanism, decimal? amount, EquatableArray<string> partnerIds, bool? pooled = null, bool? underSection75Agreement = null)
    {
        Id = id;
        Name = name;
        Mechanism = mechanism;
        Amount = amount;
        PartnerIds = partnerIds;
        var section75 = mechanism is BudgetSharingMechanism.Section75PooledBudget or BudgetSharingMechanism.BetterCareFund;
        Pooled = pooled ?? section75;
        UnderSection75Agreement = underSection75Agreement ?? section75;
    }

    /// <summary>A short identifier, unique within the arrangement.</summary>
    public string Id { get; init; }

    /// <summary>Its name.</summary>
    public string Name { get; init; }

    /// <summary>The mechanism.</summary>
    public BudgetSharingMechanism Mechanism { get; init; }

    /// <summary>The amount in pounds, if it has one.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The ids of the partners in it.</summary>
    public EquatableArray<string> PartnerIds { get; init; }

    /// <summary>Whether partners' money is put into one fund.</summary>
    public bool Pooled { get; init; }

    /// <summary>Whether it rests on a Section 75 partnership agreement.</summary>
    public bool UnderSection75Agreement { get; init; }

    /// <summary>Whether partners share money through it: a pooled, aligned, lead-commissioned or capitated budget, or the Better Care Fund.</summary>
    public bool IsShared => Pooled || Mechanism is BudgetSharingMechanism.Section75PooledBudget or BudgetSharingMechanism.AlignedBudget
        or BudgetSharingMechanism.LeadCommissioner or BudgetSharingMechanism.BetterCareFund or BudgetSharingMechanism.CapitatedBudget;
}
