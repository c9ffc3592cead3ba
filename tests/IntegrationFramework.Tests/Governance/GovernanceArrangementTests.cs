using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Tests.Governance;

public sealed class GovernanceArrangementTests
{
    [Fact]
    public void A_body_with_no_members_is_a_problem()
        => Assert.Equal(
            [new Problem(ProblemCodes.BodyWithoutMembers, "$.bodies[0].members", "The body 'Health and wellbeing board' has no members; list who sits on it, each with a role.")],
            (Arrangements.Good.With(bodies: [Arrangements.Board with { Members = [] }])).Validate());

    [Fact]
    public void A_budget_with_a_negative_amount_is_a_problem()
        => Assert.Equal(
            [new Problem(ProblemCodes.NegativeAmount, "$.budgets[0].amount", "The amount of 'Integrated fund' is £-2,500.5; an amount is zero or more pounds.")],
            (Arrangements.Good.With(budgets: [Arrangements.Good.Budgets[0] with { Amount = -2500.50m }, .. Arrangements.Good.Budgets.Skip(1)])).Validate());

    [Fact]
    public void An_unknown_level_is_a_problem_wherever_it_is()
    {
        var arrangement = Arrangements.Good.With(level: (Level)0, bodies: [Arrangements.Board with { Level = (Level)4 }], functions: [new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("multidisciplinary-teams"), (Level)5)]);

        Assert.Equal(
            [
                new Problem(ProblemCodes.UnknownLevel, "$.level", "The level must be system, place or neighbourhood; it was 0."),
                new Problem(ProblemCodes.UnknownLevel, "$.bodies[0].level", "The level must be system, place or neighbourhood; it was 4."),
                new Problem(ProblemCodes.UnknownLevel, "$.functions[0].level", "The level must be system, place or neighbourhood; it was 5."),
            ],
            arrangement.Validate());
    }

    [Fact]
    public void A_function_at_two_levels_at_once_is_a_problem_and_at_one_level_twice_too()
    {
        var arrangement = Arrangements.Good.With(functions: [
                new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("multidisciplinary-teams"), Level.Neighbourhood),
                new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("multidisciplinary-teams"), Level.Place),
                new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("multidisciplinary-teams"), Level.Neighbourhood),
            ]);

        Assert.Equal(
            [
                new Problem(ProblemCodes.FunctionAtTwoLevels, "$.functions[1]", "The function 'multidisciplinary-teams' is placed at neighbourhood level ($.functions[0]) and at place level; the rules place each function at one level, so choose where it is carried out."),
                new Problem(ProblemCodes.DuplicateFunction, "$.functions[2]", "The function 'multidisciplinary-teams' is placed at neighbourhood level twice; place it once (the first is $.functions[0])."),
            ],
            arrangement.Validate());
    }

    [Fact]
    public void A_function_the_report_does_not_place_cannot_be_named_and_the_message_lists_those_it_does()
    {
        var refused = Assert.Throws<KeyNotFoundException>(() => Frameworks.ShiftingTheCentreOfGravity2018.Function("hospital-discharge"));

        Assert.StartsWith("'hospital-discharge' is not a function placed at a level; use one of strategic-commissioning, ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_and_budgets_must_name_listed_partners_and_ids_must_be_unique()
    {
        var arrangement = Arrangements.Good.With(partners: [.. Arrangements.Good.Partners, new Partner("council", "Duplicate", PartnerKind.Council)], bodies: [Arrangements.Board with { Members = [new Member("X", MemberRole.Officer, "trust")] }, Arrangements.Board], budgets: [Arrangements.Good.Budgets[0] with { PartnerIds = ["council", "police"] }, Arrangements.Good.Budgets[0]]);

        Assert.Equal(
            [ProblemCodes.DuplicatePartner, ProblemCodes.UnknownPartner, ProblemCodes.DuplicateBody, ProblemCodes.UnknownPartner, ProblemCodes.DuplicateBudget],
            arrangement.Validate().Select(p => p.Code));
        Assert.Equal("The partner 'trust' is not listed; the partners are council, ccg, housing.", arrangement.Validate()[1].Message);
    }

    [Fact]
    public void Missing_and_undefined_values_are_problems_not_exceptions()
    {
        var arrangement = new GovernanceArrangement(
            " ",
            Level.Place,
            [null!],
            [new Partner("", "", (PartnerKind)99)],
            [null!],
            [null!],
            [new BudgetArrangement("b", "B", (BudgetSharingMechanism)0, null, [])]);

        Assert.Equal(
            [
                ("missing-value", "$.name"),
                ("missing-value", "$.footprints[0]"),
                ("missing-value", "$.partners[0].id"),
                ("missing-value", "$.partners[0].name"),
                ("unknown-value", "$.partners[0].kind"),
                ("missing-value", "$.bodies[0]"),
                ("missing-value", "$.functions[0]"),
                ("unknown-value", "$.budgets[0].mechanism"),
            ],
            arrangement.Validate().Select(p => (p.Code, p.Path)));
        Assert.StartsWith("The kind of partner must be one of Council, UpperTierCouncil,", arrangement.Validate()[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_75_pools_and_the_Better_Care_Fund_are_pooled_under_Section_75_by_default()
    {
        var pool = new BudgetArrangement("a", "A", BudgetSharingMechanism.Section75PooledBudget, null, []);
        var bcf = new BudgetArrangement("b", "B", BudgetSharingMechanism.BetterCareFund, null, []);
        var lead = new BudgetArrangement("c", "C", BudgetSharingMechanism.LeadCommissioner, null, [], pooled: true);
        var aligned = new BudgetArrangement("d", "D", BudgetSharingMechanism.AlignedBudget, null, []);

        Assert.True(pool.Pooled && pool.UnderSection75Agreement && pool.IsShared);
        Assert.True(bcf.Pooled && bcf.UnderSection75Agreement);
        Assert.True(lead.Pooled && !lead.UnderSection75Agreement);
        Assert.True(!aligned.Pooled && aligned.IsShared);
        Assert.False(new BudgetArrangement("e", "E", BudgetSharingMechanism.PaymentByResults, null, []).IsShared);
    }
}
