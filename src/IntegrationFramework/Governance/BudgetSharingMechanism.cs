namespace IntegrationFramework.Governance;

/// <summary>
/// The budget-sharing mechanisms and financial arrangements the 2018 report describes for joining the commissioning
/// and delivery of services.
/// </summary>
/// <remarks>Described, in the report's words, by <see cref="Data.BudgetSharingMechanisms"/>.</remarks>
public enum BudgetSharingMechanism
{
    /// <summary>A budget pooled through a formal Section 75 partnership agreement.</summary>
    Section75PooledBudget = 1,

    /// <summary>Budgets aligned through an informal local agreement.</summary>
    AlignedBudget,

    /// <summary>One partner commissions on behalf of others as lead commissioner.</summary>
    LeadCommissioner,

    /// <summary>The Better Care Fund (BCF).</summary>
    BetterCareFund,

    /// <summary>A capitated budget: the costs to the whole system of an individual's care.</summary>
    CapitatedBudget,

    /// <summary>Outcome-based payment or funding.</summary>
    OutcomeBasedPayment,

    /// <summary>Payment by results: providers paid on the basis of activity.</summary>
    PaymentByResults,

    /// <summary>Personal health budgets.</summary>
    PersonalHealthBudget,

    /// <summary>Integrated personal budgets.</summary>
    IntegratedPersonalBudget,

    /// <summary>Direct payments.</summary>
    DirectPayment,

    /// <summary>A formal risk-sharing agreement.</summary>
    RiskSharingAgreement,

    /// <summary>An 'open books' policy between partners.</summary>
    OpenBooksPolicy,

    /// <summary>System-wide financial modelling, which the report gives as a shared arrangement related to budgets.</summary>
    SystemWideFinancialModelling,

    /// <summary>Considering the full range of resources, including assets such as estates, which the report gives as a shared arrangement related to budgets.</summary>
    FullRangeOfResources,
}
