using IntegrationFramework.Collections;
using IntegrationFramework.Governance;
using IntegrationFramework.Guards;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data;

/// <summary>The budget-sharing mechanisms the 2018 report describes, in its words.</summary>
public static class BudgetSharingMechanisms
{
    /// <summary>Every mechanism, in the order of <see cref="BudgetSharingMechanism"/>.</summary>
    public static EquatableArray<BudgetSharingMechanismDefinition> All { get; } =
    [
        new(BudgetSharingMechanism.Section75PooledBudget, "Section 75 pooled budget",
            "Local systems are involved in a range of budget-sharing arrangements, including pooling through formal Section 75 partnership agreements",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.AlignedBudget, "Aligned budget",
            "informal local agreements in which budgets are aligned",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.LeadCommissioner, "Lead commissioner",
            "Historically in North East Lincolnshire, joint working focused on a ‘lead commissioner’ model with pooled funding.",
            Report(Commissioning, 32)),
        new(BudgetSharingMechanism.BetterCareFund, "Better Care Fund",
            "The Better Care Fund (BCF), currently the sole example of nationally mandated integrated funding across health and care, has proved very useful for allowing areas to develop transformation through testing out and implementing integrated models.",
            Report(Transformation, 20)),
        new(BudgetSharingMechanism.CapitatedBudget, "Capitated budget",
            "capitated funding in which the costs to the whole system of an individual’s care are identified so that it can be used more effectively",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.OutcomeBasedPayment, "Outcome-based payment",
            "Outcome-based funding, which would incentivise activity based on system-wide priorities, is also being explored in some areas.",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.PaymentByResults, "Payment by results",
            "Payment-by-results arrangements are seen as counterproductive to partnership working as they create incentives in acute trusts to drive up activity to increase income.",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.PersonalHealthBudget, "Personal health budget",
            "individual commissioning through personal health budgets and personal care budgets/direct payments, which needs to be developed and aligned with integrated commissioning",
            Report(Commissioning, 33)),
        new(BudgetSharingMechanism.IntegratedPersonalBudget, "Integrated personal budget",
            "Integrated personal commissioning through personal health budgets and integrated personal budgets is being developed.",
            Report($"{IntegrationChecklist} › Shared systems › Integrated commissioning and best use of resources", 39)),
        new(BudgetSharingMechanism.DirectPayment, "Direct payment",
            "Integrated approach to personalised health and care budgets and direct payments.",
            Report($"{IntegrationChecklist} › Shared outcomes › Outcome-based, person-centred care in community settings", 37)),
        new(BudgetSharingMechanism.RiskSharingAgreement, "Risk-sharing agreement",
            "formal risk-sharing agreements",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.OpenBooksPolicy, "Open-books policy",
            "an ‘open books’ policy, particularly when considering savings or efficiencies across organisations",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.SystemWideFinancialModelling, "System-wide financial modelling",
            "system-wide financial modelling",
            Report(Funding, 33)),
        new(BudgetSharingMechanism.FullRangeOfResources, "The full range of resources",
            "considering the full range of resources, including assets such as estates",
            Report(Funding, 33)),
    ];

    /// <summary>The description of <paramref name="mechanism"/>.</summary>
    /// <param name="mechanism">A budget-sharing mechanism.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mechanism"/> is not a member of <see cref="BudgetSharingMechanism"/>.</exception>
    public static BudgetSharingMechanismDefinition Describe(BudgetSharingMechanism mechanism) => All[(int)Preconditions.Defined(mechanism) - 1];
}
