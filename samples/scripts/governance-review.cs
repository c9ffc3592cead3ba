#:project ../../src/IntegrationFramework/IntegrationFramework.csproj

// Checks a governance arrangement against the rules of "Shifting the centre of gravity" (2018) and the LGA paper.
//
// ILLUSTRATIVE DATA. The arrangement is built from the report's description of North East Lincolnshire's
// 'the Union' (section 4: "Partnership board in North East Lincolnshire", "'The Union' in North East Lincolnshire",
// "Integrated funding arrangements in North East Lincolnshire"): the council and CCG as joint strategic
// commissioners, a partnership board delivering the Section 75 arrangements and answering to the partners'
// governing bodies, a health and wellbeing board that signs off the BCF and sponsors the JSNA and the health and
// wellbeing strategy, and the CCG as lead commissioner of residential and nursing care from pooled funds.
// The report does not list who sits on the boards or what the budgets hold: the members below are illustrative,
// and so are the findings. They show what the rules make of this description, not a judgement on the place.
//
// Run: dotnet run samples/scripts/governance-review.cs
using IntegrationFramework;
using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Partners;

// The report whose rules and functions the arrangement is checked against: passed in, not looked up by the rules.
var report = Frameworks.ShiftingTheCentreOfGravity2018;
var union = new GovernanceArrangement(
    "'The Union', North East Lincolnshire (illustrative)",
    Level.Place,
    [new ArrangementFootprint(new Footprint("E06000012", "North East Lincolnshire", Level.Place), [new CoveredLocalAuthority("E06000012", Whole: true)])],
    [
        new Partner("council", "North East Lincolnshire Council", PartnerKind.UnitaryCouncil),
        new Partner("ccg", "North East Lincolnshire CCG", PartnerKind.ClinicalCommissioningGroup),
    ],
    [
        new GovernanceBody(
            "union-board",
            "The Union partnership board",
            GovernanceBodyKind.PartnershipBoard,
            IsStatutory: false,
            Level.Place,
            [
                new Member("Joint chief executive", MemberRole.Officer, "council", IsChair: true),
                new Member("Portfolio holder for health and wellbeing", MemberRole.ElectedMember, "council"),
                new Member("CCG clinical chair", MemberRole.Clinician, "ccg"),
            ],
            [AccountabilityLine.PartnerOrganisations]),
        new GovernanceBody(
            "hwb",
            "North East Lincolnshire health and wellbeing board",
            GovernanceBodyKind.HealthAndWellbeingBoard,
            IsStatutory: true,
            Level.Place,
            [
                new Member("Board chair", MemberRole.ElectedMember, "council", IsChair: true),
                new Member("Director of public health", MemberRole.OtherProfessional, "council"),
                new Member("Healthwatch representative", MemberRole.PersonWhoUsesServices),
            ],
            [AccountabilityLine.LocalPeople]),
    ],
    [
        new FunctionPlacement(report.Function("strategic-commissioning"), Level.Place),
        new FunctionPlacement(report.Function("joint-strategic-needs-assessment"), Level.Place),
        new FunctionPlacement(report.Function("joint-health-and-wellbeing-strategy"), Level.Place),
    ],
    [
        new BudgetArrangement("s75", "Section 75 pooled fund", BudgetSharingMechanism.Section75PooledBudget, null, ["council", "ccg"]),
        new BudgetArrangement("bcf", "Better Care Fund", BudgetSharingMechanism.BetterCareFund, null, ["council", "ccg"]),
        new BudgetArrangement("care-homes", "Residential and nursing care, CCG as lead commissioner", BudgetSharingMechanism.LeadCommissioner, null, ["council", "ccg"], pooled: true, underSection75Agreement: true),
    ]);

var review = GovernanceReview.Of(union, report.GovernanceRules);
foreach (var problem in review.Problems)
{
    Console.WriteLine($"problem {problem}");
}

Console.WriteLine($"{union.Name}: {review.Findings.Count} findings");
foreach (var finding in review.Findings)
{
    Console.WriteLine();
    Console.WriteLine($"{finding.RuleId} ({finding.Severity.ToString().ToLowerInvariant()}) at {finding.Path}");
    Console.WriteLine($"  {finding.Message}");
    Console.WriteLine($"  To satisfy it: {finding.Remedy}");
    Console.WriteLine($"  Source: {finding.Source}");
}

return review.Problems.IsEmpty ? 0 : 2;
