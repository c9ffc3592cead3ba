using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Partners;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data;

/// <summary>The kinds of partner the documents name, each with its sector, the documents' words and where they appear.</summary>
public static class PartnerKinds
{
    /// <summary>Every kind of partner, in the order of <see cref="PartnerKind"/>.</summary>
    public static EquatableArray<PartnerKindDefinition> All { get; } =
    [
        new(PartnerKind.Council, "Council", "Local government is bound by national laws and regulations, and is held to account by its local population through local government elections.", Report(Accountability, 25)),
        new(PartnerKind.UpperTierCouncil, "Top-tier council", "The area that often corresponds to top-tier and unitary councils, health and wellbeing boards and to one (or more) CCG(s).", Report(PlaceBasedSystems, 29)),
        new(PartnerKind.UnitaryCouncil, "Unitary council", "The area that often corresponds to top-tier and unitary councils, health and wellbeing boards and to one (or more) CCG(s).", Report(PlaceBasedSystems, 29)),
        new(PartnerKind.PublicHealth, "Public health team", "In local authorities, public health teams lead the strategy for prevention, working closely with HWBs.", Lga(LgaDrivers)),
        new(PartnerKind.ClinicalCommissioningGroup, "Clinical commissioning group (CCG)", "Locally, CCGs are accountable to their governing bodies, which include clinicians and lay members.", Report(Accountability, 25)),
        new(PartnerKind.IntegratedCareBoard, "Integrated care board (ICB)", "the creation of integrated care boards (ICBs) as statutory NHS bodies", Lga(LgaIntroduction)),
        new(PartnerKind.NhsTrust, "NHS trust", "All NHS trusts are accountable to their boards", Report(Accountability, 25)),
        new(PartnerKind.NhsFoundationTrust, "NHS foundation trust", "NHS foundation trusts have a direct line of accountability to Parliament and to the public via their council of governors.", Report(Accountability, 25)),
        new(PartnerKind.PrimaryCare, "Primary care", "community health, primary care, social care, mental health, acute care services and public health", Report($"{IntegrationChecklist} › Shared outcomes › Transformation", 36)),
        new(PartnerKind.PrimaryCareNetwork, "Primary care network", "Examples are the ‘primary care home’ model and primary care networks", Report(PlaceBasedSystems, 29)),
        new(PartnerKind.AmbulanceService, "Ambulance service", "an increase in calls to ambulance services", Report($"{Introduction} › The challenging financial and demographic environment", 10)),
        new(PartnerKind.Vcse, "Voluntary, community or social enterprise (VCSE) organisation", "VCSE organisations are generally accountable to their boards of trustees.", Report(Accountability, 25)),
        new(PartnerKind.IndependentSector, "Independent sector provider", "relevant VCSE and independent sector providers", Report(Information, 34)),
        new(PartnerKind.Housing, "Housing", "the wide range of partners which contribute to health such as police, fire and rescue, housing and so on", Report(PlaceBasedSystems, 30)),
        new(PartnerKind.Police, "Police", "the wide range of partners which contribute to health such as police, fire and rescue, housing and so on", Report(PlaceBasedSystems, 30)),
        new(PartnerKind.FireAndRescue, "Fire and rescue", "the wide range of partners which contribute to health such as police, fire and rescue, housing and so on", Report(PlaceBasedSystems, 30)),
        new(PartnerKind.Transport, "Transport", "partners from health and care and beyond, such as housing and transport, collaborate to tackle shared health priorities", Report($"{IntegrationChecklist} › Shared outcomes › Preventing poor health and tackling health inequalities", 37)),
        new(PartnerKind.Education, "Education (local colleges and universities)", "Collaboration with local colleges and universities.", Report($"{IntegrationChecklist} › Shared leadership and accountability › Workforce", 38)),
        new(PartnerKind.Business, "Business", "bring together partners beyond health and care, such as housing, police and business, to tackle the social determinants of poor health", Report(Prevention, 19)),
        new(PartnerKind.PeopleWhoUseServices, "People who use services", "the experience and voice of people who use services, carers and communities within decision-making", Report(Accountability, 25)),
        new(PartnerKind.Carers, "Carers", "the experience and voice of people who use services, carers and communities within decision-making", Report(Accountability, 25)),
        new(PartnerKind.Community, "Communities", "the experience and voice of people who use services, carers and communities within decision-making", Report(Accountability, 25)),
    ];

    /// <summary>The description of <paramref name="kind"/>.</summary>
    /// <param name="kind">A kind of partner.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a member of <see cref="PartnerKind"/>.</exception>
    public static PartnerKindDefinition Describe(PartnerKind kind) => All[(int)Preconditions.Defined(kind) - 1];
}
