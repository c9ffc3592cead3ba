using IntegrationFramework.Collections;
using IntegrationFramework.Governance;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data.Report2018;

/// <summary>The five elements of accountability of the 2018 report (section 4, "Accountability").</summary>
internal static class GovernanceData
{
    internal static readonly EquatableArray<AccountabilityElement> AccountabilityElements =
    [
        new("ACC.1", "Accountability to local people", "clear lines of accountability to local people", "GOV.1", Report(Accountability, 25)),
        new("ACC.2", "Clinical and professional expertise", "clinical and professional expertise in oversight and decision-making", "GOV.3", Report(Accountability, 25)),
        new("ACC.3", "Democratic accountability through elected members", "elected members providing democratic accountability in oversight and decision-making", "GOV.2", Report(Accountability, 25)),
        new("ACC.4", "From national to place-based accountability", "a shift in balance from national to place-based system accountability", null, Report(Accountability, 25)),
        new("ACC.5", "The voice of people who use services, carers and communities", "the experience and voice of people who use services, carers and communities within decision-making", "GOV.4", Report(Accountability, 25)),
    ];
}
