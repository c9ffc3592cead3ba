namespace IntegrationFramework.Governance;

/// <summary>
/// To whom a governance body answers. The 2018 report describes how accountability for councils, NHS bodies and
/// VCSE organisations "run through different lines"; <see cref="Data.AccountabilityLines"/> gives its words for each.
/// </summary>
public enum AccountabilityLine
{
    /// <summary>Local people, through local government elections.</summary>
    LocalPeople = 1,

    /// <summary>Parliament, through the Secretary of State for Health and Social Care: the national line of NHS bodies.</summary>
    Parliament,

    /// <summary>A CCG's governing body, which includes clinicians and lay members.</summary>
    GoverningBody,

    /// <summary>An NHS trust's board.</summary>
    TrustBoard,

    /// <summary>The public, through an NHS foundation trust's council of governors.</summary>
    CouncilOfGovernors,

    /// <summary>A VCSE organisation's board of trustees.</summary>
    BoardOfTrustees,

    /// <summary>The health and wellbeing board.</summary>
    HealthAndWellbeingBoard,

    /// <summary>The partner organisations, each keeping its decision-making powers through its own governing body.</summary>
    PartnerOrganisations,
}
