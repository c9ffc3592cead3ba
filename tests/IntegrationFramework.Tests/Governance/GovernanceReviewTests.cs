using IntegrationFramework.Geography;
using IntegrationFramework.Governance;

namespace IntegrationFramework.Tests.Governance;

public sealed class GovernanceReviewTests
{
    [Fact]
    public void An_arrangement_that_meets_every_rule_has_no_findings()
        => Assert.Empty(Arrangements.Findings(Arrangements.Good));

    [Fact]
    public void Findings_are_ordered_by_severity_then_rule_id_then_path()
    {
        var poor = Arrangements.Good.With(partners: [.. Arrangements.Good.Partners.Where(p => p.Id != "housing")], bodies: [Arrangements.Board with { Members = [new Member("Officer", MemberRole.Officer, "council")], AccountableTo = [] }], functions: [new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("multidisciplinary-teams"), Level.System), new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("specialised-services"), Level.Place)], budgets: [new BudgetArrangement("pbr", "Tariff", BudgetSharingMechanism.PaymentByResults, 1m, [])]);

        var findings = Arrangements.Findings(poor);

        Assert.Equal(
            ["ACC-1", "ACC-2", "ACC-3", "ACC-5", "BUDGET-3", "SUB-2", "ACC-4", "PLACE-1", "SUB-1"],
            findings.Select(f => f.RuleId));
        Assert.Equal(findings.OrderBy(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal), findings);
        Assert.Equal(findings, Arrangements.Findings(poor));
    }

    [Fact]
    public void An_invalid_description_gives_problems_and_no_findings()
    {
        var review = GovernanceReview.Of(Arrangements.Good.With(level: (Level)9, bodies: [Arrangements.Board with { Members = [] }]), Frameworks.ShiftingTheCentreOfGravity2018.GovernanceRules);

        Assert.Equal(["$.level", "$.bodies[0].members"], review.Problems.Select(p => p.Path));
        Assert.Empty(review.Findings);
    }

    [Fact]
    public void Every_rule_has_a_unique_id_a_source_and_a_severity()
    {
        var ids = Frameworks.ShiftingTheCentreOfGravity2018.GovernanceRules.Select(r => r.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(["ACC-1", "ACC-2", "ACC-3", "ACC-4", "ACC-5", "SUB-1", "SUB-2", "PLACE-1", "PLACE-2", "BUDGET-1", "BUDGET-2", "BUDGET-3", "BUDGET-4"], ids);
        Assert.All(Frameworks.ShiftingTheCentreOfGravity2018.GovernanceRules, r => Assert.True(Enum.IsDefined(r.Severity)));
    }

    [Fact]
    public void A_review_can_run_chosen_rules()
    {
        var findings = GovernanceReview.Of(Arrangements.Good.With(partners: [.. Arrangements.Good.Partners.Take(2)]), [Frameworks.ShiftingTheCentreOfGravity2018.GovernanceRules.Single(r => r.Id == "PLACE-1")]).Findings;

        Assert.Equal("PLACE-1", Assert.Single(findings).RuleId);
        Assert.Equal("PLACE-1 advisory at $.partners: No partner comes from public services beyond health and care; the report's place-based principles include the wide range of partners which contribute to health, such as police, fire and rescue and housing.", findings[0].ToString());
    }
}
