using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Guards;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data;

/// <summary>The kinds of governance body the documents describe, with what they say of each.</summary>
public static class GovernanceBodyKinds
{
    /// <summary>Every kind of governance body, in the order of <see cref="GovernanceBodyKind"/>.</summary>
    public static EquatableArray<GovernanceBodyKindDefinition> All { get; } =
    [
        new(GovernanceBodyKind.HealthAndWellbeingBoard, "Health and wellbeing board", "HWB", true, Level.Place,
            "Health and wellbeing boards are, so far, the only partnership arrangement in the current system formed on a statutory basis, bringing together political, clinical and community leadership as equal partners.",
            Report(Accountability, 25)),
        new(GovernanceBodyKind.SustainabilityAndTransformationPartnership, "Sustainability and transformation partnership", "STP", false, Level.System,
            "Sustainability and transformation partnerships have substantial influence but do not, as yet, have a statutory basis.",
            Report(Accountability, 25)),
        new(GovernanceBodyKind.IntegratedCareSystem, "Integrated care system", "ICS", null, Level.System,
            "Sustainability and transformation plans became partnerships and are now developing into ICSs.",
            Report($"{Introduction} › A changing landscape of reforms", 11)),
        new(GovernanceBodyKind.IntegratedCareBoard, "Integrated care board", "ICB", true, Level.System,
            "the creation of integrated care boards (ICBs) as statutory NHS bodies",
            Lga(LgaIntroduction)),
        new(GovernanceBodyKind.IntegratedCarePartnership, "Integrated care partnership", "ICP", true, Level.System,
            "integrated care partnerships (ICPs) as statutory committees",
            Lga(LgaIntroduction)),
        new(GovernanceBodyKind.PlaceBasedPartnership, "Place-based partnership", null, null, Level.Place,
            "ICSs will need to ensure that their place-based partnerships are either co-terminus or align as closely as possible with local authority places",
            Lga(LgaDrivers)),
        new(GovernanceBodyKind.JointCommissioningBoard, "Joint commissioning board", null, null, Level.Place,
            "Salford City Council and the CCG created a joint commissioning board to oversee a pooled budget of virtually all health and care funding.",
            Report(PlaceBasedSystems, 29)),
        new(GovernanceBodyKind.PartnershipBoard, "Partnership board", null, null, Level.Place,
            "North East Lincolnshire’s partnership, ‘the Union’, has a partnership board providing single strategic leadership across the CCG and the council’s people-related functions and delivery of Section 75 health and social care arrangements.",
            Report(Accountability, 25)),
        new(GovernanceBodyKind.AllianceAgreement, "Alliance agreement", null, null, Level.Place,
            "a ground-breaking, legally binding ‘Alliance Agreement’ committing key health and social care partners, including Croydon Council, the clinical commissioning group (CCG), health providers and the VCSE sector, to shared approaches and principles for 10 years",
            Report(PersonCentredCare, 16)),
    ];

    /// <summary>The description of <paramref name="kind"/>.</summary>
    /// <param name="kind">A kind of governance body.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a member of <see cref="GovernanceBodyKind"/>.</exception>
    public static GovernanceBodyKindDefinition Describe(GovernanceBodyKind kind) => All[(int)Preconditions.Defined(kind) - 1];
}
