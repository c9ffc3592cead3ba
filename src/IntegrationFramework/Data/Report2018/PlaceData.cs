using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data.Report2018;

/// <summary>The 2018 report's levels of place-based working, the functions it places at each, and its place-based principles (section 4).</summary>
internal static class PlaceData
{
    private const string SystemText = "Some aspects of health, care and wellbeing are most effectively commissioned and delivered on a strategic basis, as in STP and devolved area footprints. This is where economies of scale can be made by sharing resources and taking a strategic population approach.";
    private const string WiderFootprintText = "It is also worth noting that ambulance and specialised services will generally be commissioned across an even larger geographical footprint, to ensure the scale and population cover required.";
    private const string NeighbourhoodExamples = "Examples are the ‘primary care home’ model and primary care networks, and the many integrated multidisciplinary health and care teams already working effectively on the ground.";
    private const string HealthAndWellbeingBoardText = "Health and wellbeing boards are the statutory place-based forum for bringing together the professional, clinical, political and community leaders of a place to develop a shared evidence base (the joint strategic needs assessment) and agree a shared vision and priorities (the joint health and wellbeing strategy)";

    internal static readonly EquatableArray<LevelDescription> Levels =
    [
        new(Level.System, "System", "STP and ICS", SystemText, Report(PlaceBasedSystems, 29)),
        new(Level.Place, "Place", "Local",
            "The area that often corresponds to top-tier and unitary councils, health and wellbeing boards and to one (or more) CCG(s). This level of place is often defined by partners coming together to make best use of the ‘local pound’. It is the base for much health, care and wellbeing planning, commissioning and delivery.",
            Report(PlaceBasedSystems, 29)),
        new(Level.Neighbourhood, "Neighbourhood", "Neighbourhood",
            "This level is effective for neighbourhood planning and delivery across health, local authority and the VCSE sector.",
            Report(PlaceBasedSystems, 29)),
    ];

    internal static readonly EquatableArray<Function> Functions =
    [
        new("strategic-commissioning", "Strategic commissioning for economies of scale", Level.System, null, SystemText, Report(PlaceBasedSystems, 29)),
        new("public-health-collaboration-at-scale", "Public health collaboration at scale", Level.System, null,
            "Public health teams collaborate at scale on priorities across an STP/ICS footprint or more widely.",
            Report($"{IntegrationChecklist} › Shared outcomes › Preventing poor health and tackling health inequalities", 37)),
        new("ambulance-services", "Ambulance services", Level.System, Level.System, WiderFootprintText, Report(PlaceBasedSystems, 29)),
        new("specialised-services", "Specialised services", Level.System, Level.System, WiderFootprintText, Report(PlaceBasedSystems, 29)),
        new("local-pound", "Making best use of the ‘local pound’", Level.Place, null,
            "This level of place is often defined by partners coming together to make best use of the ‘local pound’.",
            Report(PlaceBasedSystems, 29)),
        new("place-based-planning", "Health, care and wellbeing planning, commissioning and delivery", Level.Place, null,
            "It is the base for much health, care and wellbeing planning, commissioning and delivery.",
            Report(PlaceBasedSystems, 29)),
        new("place-based-wellbeing", "A place-based approach to wellbeing with partners beyond health and social care", Level.Place, null,
            "This includes partners from beyond health and social care, from business, housing, planning and so on, coming together on a place-based approach to wellbeing, such as in ‘healthy town’ type initiatives.",
            Report(PlaceBasedSystems, 29)),
        new("joint-strategic-needs-assessment", "Joint strategic needs assessment (JSNA)", Level.Place, null, HealthAndWellbeingBoardText, Lga(LgaDrivers)),
        new("joint-health-and-wellbeing-strategy", "Joint health and wellbeing strategy", Level.Place, null, HealthAndWellbeingBoardText, Lga(LgaDrivers)),
        new("neighbourhood-planning", "Neighbourhood planning and delivery", Level.Neighbourhood, null,
            "This level is effective for neighbourhood planning and delivery across health, local authority and the VCSE sector.",
            Report(PlaceBasedSystems, 29)),
        new("primary-care-networks", "Primary care networks and the ‘primary care home’ model", Level.Neighbourhood, null, NeighbourhoodExamples, Report(PlaceBasedSystems, 29)),
        new("multidisciplinary-teams", "Integrated multidisciplinary health and care teams", Level.Neighbourhood, null, NeighbourhoodExamples, Report(PlaceBasedSystems, 29)),
        new("asset-based-community-development", "Asset-based community development", Level.Neighbourhood, null,
            "Neighbourhoods are also the place at which work with local communities, such as asset-based community development, is most effective.",
            Report(PlaceBasedSystems, 29)),
    ];

    internal static readonly EquatableArray<PlaceBasedPrinciple> Principles =
    [
        new("PBP.1", "place-based systems should be established or changed only following local discussion and negotiation", "PBS.1", Report(PlaceBasedSystems, 30)),
        new("PBP.2", "achieving improved outcomes for people who use services is the key factor in establishing new systems", "PBS.3", Report(PlaceBasedSystems, 30)),
        new("PBP.3", "places that are well established, recognised by citizens and unlikely to change in the coming years make sense as the basis for a system", "PBS.4", Report(PlaceBasedSystems, 30)),
        new("PBP.4", "boundaries should not just consider health and care but the wide range of partners which contribute to health such as police, fire and rescue, housing and so on", "PBS.5", Report(PlaceBasedSystems, 30)),
        new("PBP.5", "organisations should be flexible about working across boundaries", "PBS.6", Report(PlaceBasedSystems, 30)),
    ];
}
