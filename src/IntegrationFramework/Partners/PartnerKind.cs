namespace IntegrationFramework.Partners;

/// <summary>
/// The kinds of partner the documents name: who an assessor speaks for, or who sits on a governance body.
/// </summary>
/// <remarks>
/// Files spell the members in camelCase, such as <c>nhsFoundationTrust</c> or <c>peopleWhoUseServices</c>.
/// Described, with each one's sector and the documents' words, by <see cref="Data.PartnerKinds"/>.
/// </remarks>
public enum PartnerKind
{
    /// <summary>A council of any tier.</summary>
    Council = 1,

    /// <summary>A top-tier (upper-tier) council.</summary>
    UpperTierCouncil,

    /// <summary>A unitary council.</summary>
    UnitaryCouncil,

    /// <summary>A public health team.</summary>
    PublicHealth,

    /// <summary>A clinical commissioning group (CCG).</summary>
    ClinicalCommissioningGroup,

    /// <summary>An integrated care board (ICB), the statutory NHS body that followed CCGs.</summary>
    IntegratedCareBoard,

    /// <summary>An NHS trust.</summary>
    NhsTrust,

    /// <summary>An NHS foundation trust.</summary>
    NhsFoundationTrust,

    /// <summary>Primary care: GP practices and other primary care services.</summary>
    PrimaryCare,

    /// <summary>A primary care network.</summary>
    PrimaryCareNetwork,

    /// <summary>An ambulance service.</summary>
    AmbulanceService,

    /// <summary>A voluntary, community or social enterprise (VCSE) organisation.</summary>
    Vcse,

    /// <summary>An independent sector provider.</summary>
    IndependentSector,

    /// <summary>Housing.</summary>
    Housing,

    /// <summary>The police.</summary>
    Police,

    /// <summary>Fire and rescue.</summary>
    FireAndRescue,

    /// <summary>Transport.</summary>
    Transport,

    /// <summary>Education: local colleges and universities.</summary>
    Education,

    /// <summary>Business.</summary>
    Business,

    /// <summary>People who use services.</summary>
    PeopleWhoUseServices,

    /// <summary>Carers.</summary>
    Carers,

    /// <summary>Communities.</summary>
    Community,
}
