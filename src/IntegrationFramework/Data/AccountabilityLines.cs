using IntegrationFramework.Collections;
using IntegrationFramework.Governance;
using IntegrationFramework.Guards;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data;

/// <summary>The lines of accountability the documents describe, in their words.</summary>
public static class AccountabilityLines
{
    /// <summary>Every line, in the order of <see cref="AccountabilityLine"/>.</summary>
    public static EquatableArray<AccountabilityLineDefinition> All { get; } =
    [
        new(AccountabilityLine.LocalPeople, "Local people", true,
            "Local government is bound by national laws and regulations, and is held to account by its local population through local government elections.",
            Report(Accountability, 25)),
        new(AccountabilityLine.Parliament, "Parliament", false,
            "At a national level, the NHS is answerable to Parliament, through the Secretary of State for Health and Social Care",
            Report(Accountability, 25)),
        new(AccountabilityLine.GoverningBody, "Governing body", false,
            "Locally, CCGs are accountable to their governing bodies, which include clinicians and lay members.",
            Report(Accountability, 25)),
        new(AccountabilityLine.TrustBoard, "Trust board", false,
            "All NHS trusts are accountable to their boards",
            Report(Accountability, 25)),
        new(AccountabilityLine.CouncilOfGovernors, "Council of governors", true,
            "NHS foundation trusts have a direct line of accountability to Parliament and to the public via their council of governors.",
            Report(Accountability, 25)),
        new(AccountabilityLine.BoardOfTrustees, "Board of trustees", false,
            "VCSE organisations are generally accountable to their boards of trustees.",
            Report(Accountability, 25)),
        new(AccountabilityLine.HealthAndWellbeingBoard, "Health and wellbeing board", true,
            "The accountability for enhanced and extended integration pilots would be to councils and the ICB through the HWB",
            Lga($"{LgaDrivers} › Build on existing, successful local arrangements")),
        new(AccountabilityLine.PartnerOrganisations, "Partner organisations", true,
            "each statutory organisation continues to discharge their retained responsibilities and decision-making powers through their governing bodies",
            Report(Accountability, 25)),
    ];

    /// <summary>The description of <paramref name="line"/>.</summary>
    /// <param name="line">A line of accountability.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is not a member of <see cref="AccountabilityLine"/>.</exception>
    public static AccountabilityLineDefinition Describe(AccountabilityLine line) => All[(int)Preconditions.Defined(line) - 1];
}
