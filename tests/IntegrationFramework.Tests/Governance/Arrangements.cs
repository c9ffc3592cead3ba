using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Partners;

namespace IntegrationFramework.Tests.Governance;

/// <summary>An arrangement that meets every rule, for tests to change one thing at a time.</summary>
internal static class Arrangements
{
    public static readonly Member Councillor = new("Cabinet member for health", MemberRole.ElectedMember, "council", IsChair: true);
    public static readonly Member GeneralPractitioner = new("GP clinical lead", MemberRole.Clinician, "ccg");
    public static readonly Member Carer = new("Carers' representative", MemberRole.Carer);

    public static GovernanceBody Board { get; } = new(
        "hwb",
        "Health and wellbeing board",
        GovernanceBodyKind.HealthAndWellbeingBoard,
        IsStatutory: true,
        Level.Place,
        [Councillor, GeneralPractitioner, Carer],
        [AccountabilityLine.LocalPeople]);

    public static GovernanceArrangement Good { get; } = new(
        "Example place partnership",
        Level.Place,
        [new ArrangementFootprint(new Footprint("E06000001", "Example place", Level.Place), [new CoveredLocalAuthority("E06000001", true)])],
        [
            new Partner("council", "Example Council", PartnerKind.UnitaryCouncil),
            new Partner("ccg", "Example CCG", PartnerKind.ClinicalCommissioningGroup),
            new Partner("housing", "Example Homes", PartnerKind.Housing),
        ],
        [Board],
        [
            new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("multidisciplinary-teams"), Level.Neighbourhood),
            new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("joint-strategic-needs-assessment"), Level.Place),
            new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function("ambulance-services"), Level.System),
        ],
        [
            new BudgetArrangement("pool", "Integrated fund", BudgetSharingMechanism.Section75PooledBudget, 10_000_000m, ["council", "ccg"]),
            new BudgetArrangement("risk", "Risk share", BudgetSharingMechanism.RiskSharingAgreement, null, ["council", "ccg"]),
            new BudgetArrangement("books", "Open books", BudgetSharingMechanism.OpenBooksPolicy, null, ["council", "ccg"]),
        ]);

    public static EquatableArray<Finding> Findings(GovernanceArrangement arrangement)
    {
        var review = GovernanceReview.Of(arrangement, Frameworks.ShiftingTheCentreOfGravity2018.GovernanceRules);
        Assert.Empty(review.Problems);
        return review.Findings;
    }
}
