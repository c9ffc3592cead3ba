using IntegrationFramework.Governance;

namespace IntegrationFramework.Tests.Governance.Rules;

public sealed class BudgetRulesTests
{
    private static readonly BudgetArrangement Risk = new("risk", "Risk share", BudgetSharingMechanism.RiskSharingAgreement, null, ["council", "ccg"]);
    private static readonly BudgetArrangement Books = new("books", "Open books", BudgetSharingMechanism.OpenBooksPolicy, null, ["council", "ccg"]);

    private static GovernanceArrangement With(params BudgetArrangement[] budgets) => Arrangements.Good.With(budgets: [.. budgets]);

    [Fact]
    public void BUDGET_1_fires_for_a_pool_without_a_Section_75_agreement()
    {
        var lead = new BudgetArrangement("lead", "Residential and nursing care", BudgetSharingMechanism.LeadCommissioner, 25_000_000m, ["council", "ccg"], pooled: true);

        var finding = Assert.Single(Arrangements.Findings(With(lead, Risk, Books)));

        Assert.Equal("BUDGET-1", finding.RuleId);
        Assert.Equal("The pooled budget 'Residential and nursing care' does not rest on a Section 75 agreement; the report describes pooling through formal Section 75 partnership agreements.", finding.Message);
        Assert.Equal("$.budgets[0]", finding.Path);
        Assert.Empty(Arrangements.Findings(With(lead with { UnderSection75Agreement = true }, Risk, Books)));
    }

    [Fact]
    public void BUDGET_2_fires_for_a_pool_whose_partners_share_no_risk_sharing_agreement()
    {
        var pool = Arrangements.Good.Budgets[0];
        var partial = Risk with { PartnerIds = ["council"] };

        Assert.Equal(["BUDGET-2"], Arrangements.Findings(With(pool, Books)).Select(f => f.RuleId));
        Assert.Equal(["BUDGET-2"], Arrangements.Findings(With(pool, partial, Books)).Select(f => f.RuleId));
        Assert.Empty(Arrangements.Findings(With(pool, Risk, Books)));
    }

    [Fact]
    public void BUDGET_3_fires_when_payment_by_results_is_the_only_mechanism()
    {
        var tariff = new BudgetArrangement("pbr", "Acute tariff", BudgetSharingMechanism.PaymentByResults, 90_000_000m, ["ccg"]);

        var finding = Assert.Single(Arrangements.Findings(With(tariff)));

        Assert.Equal("BUDGET-3", finding.RuleId);
        Assert.StartsWith("Payment by results is the partnership's only budget mechanism; the report says payment-by-results arrangements are seen as counterproductive to partnership working", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Arrangements.Findings(With(tariff, new BudgetArrangement("aligned", "Aligned", BudgetSharingMechanism.AlignedBudget, 1m, ["council", "ccg"]), Books)));
        Assert.Empty(Arrangements.Findings(With()));
    }

    [Fact]
    public void BUDGET_4_fires_for_shared_budgets_without_an_open_books_policy()
    {
        var aligned = new BudgetArrangement("aligned", "Aligned budgets", BudgetSharingMechanism.AlignedBudget, 5_000_000m, ["council", "ccg"]);

        var finding = Assert.Single(Arrangements.Findings(With(aligned)));

        Assert.Equal("BUDGET-4", finding.RuleId);
        Assert.Equal(FindingSeverity.Advisory, finding.Severity);
        Assert.Empty(Arrangements.Findings(With(aligned, Books)));
        Assert.Empty(Arrangements.Findings(With(new BudgetArrangement("phb", "Personal health budgets", BudgetSharingMechanism.PersonalHealthBudget, 1m, ["ccg"]))));
    }
}
