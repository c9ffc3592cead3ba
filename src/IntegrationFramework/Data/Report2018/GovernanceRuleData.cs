using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Governance.Rules;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data.Report2018;

/// <summary>The 2018 report's governance rules (with two from the LGA paper), each citing the passage it rests on.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>id</term><description>rule</description></listheader>
/// <item><term>ACC-1 … ACC-5</term><description>The five accountability elements of section 4: accountability to local
/// people; clinical and professional expertise; elected members' democratic accountability; the shift from national to
/// place-based accountability; the voice of people who use services, carers and communities.</description></item>
/// <item><term>SUB-1</term><description>A function carried out above the level its source gives it (the report, or the
/// LGA paper for the JSNA and the joint health and wellbeing strategy); advisory, as the report says the split of
/// functions between levels is still being worked out (p. 29).</description></item>
/// <item><term>SUB-2</term><description>Ambulance or specialised services commissioned below system level, which the
/// report says "will generally be commissioned across an even larger geographical footprint" (p. 29).</description></item>
/// <item><term>PLACE-1</term><description>No partner beyond health and care (police, fire and rescue, housing, …).</description></item>
/// <item><term>PLACE-2</term><description>A place footprint cutting across local authority boundaries.</description></item>
/// <item><term>BUDGET-1</term><description>A pooled budget without a Section 75 agreement.</description></item>
/// <item><term>BUDGET-2</term><description>A pooled budget without a risk-sharing agreement, which the report gives as an
/// example of shared arrangements related to budgets (p. 33).</description></item>
/// <item><term>BUDGET-3</term><description>Payment by results as the only mechanism.</description></item>
/// <item><term>BUDGET-4</term><description>Shared budgets without an open-books policy.</description></item>
/// </list>
/// </remarks>
internal static class GovernanceRuleData
{
    /// <summary>Every rule, in the order of their ids, drawing on the report's accountability elements and place-based principles.</summary>
    internal static EquatableArray<GovernanceRule> Create(EquatableArray<AccountabilityElement> elements, EquatableArray<PlaceBasedPrinciple> principles)
    {
        return
        [
            new AccountabilityElementRule("ACC-1", FindingSeverity.Concern, elements[0],
                body => body.AccountableTo.AsSpan().Contains(AccountabilityLine.LocalPeople),
                "No body is accountable to local people.",
                "Make a body accountable to local people, for example through the health and wellbeing board and the councils' elected members."),
            new AccountabilityElementRule("ACC-2", FindingSeverity.Concern, elements[1],
                body => body.Members.Any(m => m.Role is MemberRole.Clinician or MemberRole.OtherProfessional),
                "No body has a clinician or other professional among its members.",
                "Bring clinical and professional expertise into oversight and decision-making: clinicians and other professionals as members."),
            new AccountabilityElementRule("ACC-3", FindingSeverity.Concern, elements[2],
                body => body.Members.Any(m => m.Role == MemberRole.ElectedMember),
                "No body has an elected member among its members.",
                "Involve elected members in oversight and decision-making, for democratic accountability."),
            new AccountabilityElementRule("ACC-4", FindingSeverity.Advisory, elements[3],
                body => body.AccountableTo.Any(line => AccountabilityLines.Describe(line).IsPlaceBased),
                "No body answers to the place: every line of accountability runs nationally or within single organisations.",
                "Give the arrangement place-based lines of accountability: to local people, the health and wellbeing board or the partner organisations."),
            new AccountabilityElementRule("ACC-5", FindingSeverity.Concern, elements[4],
                body => body.Members.Any(m => m.Role is MemberRole.PersonWhoUsesServices or MemberRole.Carer or MemberRole.CommunityOrVcseRepresentative),
                "No body gives a voice to people who use services, carers or communities.",
                "Bring people who use services, carers and community or VCSE representatives into decision-making."),
            new FunctionAboveLevelRule("SUB-1", FindingSeverity.Advisory, Report($"{IntegrationChecklist} › Shared systems › Shaping place-based systems and models", 39)),
            new FunctionBelowScaleRule("SUB-2", FindingSeverity.Concern, Report(PlaceBasedSystems, 29)),
            new WiderPartnersRule("PLACE-1", FindingSeverity.Advisory, principles[3].Source),
            new LocalAuthorityBoundaryRule("PLACE-2", FindingSeverity.Advisory, Lga($"{LgaDrivers} › Place as the primary building block of integration")),
            new PooledBudgetSection75Rule("BUDGET-1", FindingSeverity.Concern, Report(Funding, 33)),
            new PooledBudgetRiskSharingRule("BUDGET-2", FindingSeverity.Concern, Report(Funding, 33)),
            new PaymentByResultsOnlyRule("BUDGET-3", FindingSeverity.Concern, Report(Funding, 33)),
            new OpenBooksRule("BUDGET-4", FindingSeverity.Advisory, Report($"{IntegrationChecklist} › Shared systems › Integrated commissioning and best use of resources", 39)),
        ];
    }
}
