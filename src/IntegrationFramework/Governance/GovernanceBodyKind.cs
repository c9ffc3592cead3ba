namespace IntegrationFramework.Governance;

/// <summary>The kinds of governance body and agreement the documents describe.</summary>
/// <remarks>
/// Described, with whether the documents call each statutory and the level it works at, by
/// <see cref="Data.GovernanceBodyKinds"/>. Note that the 2018 report uses "ICP" for integrated care
/// <em>providers</em>; <see cref="IntegratedCarePartnership"/> is the later statutory committee the LGA paper names.
/// </remarks>
public enum GovernanceBodyKind
{
    /// <summary>A health and wellbeing board (HWB): the statutory place-based partnership.</summary>
    HealthAndWellbeingBoard = 1,

    /// <summary>A sustainability and transformation partnership (STP).</summary>
    SustainabilityAndTransformationPartnership,

    /// <summary>An integrated care system (ICS).</summary>
    IntegratedCareSystem,

    /// <summary>An integrated care board (ICB).</summary>
    IntegratedCareBoard,

    /// <summary>An integrated care partnership (ICP), the statutory committee of an ICS.</summary>
    IntegratedCarePartnership,

    /// <summary>A place-based partnership of an ICS.</summary>
    PlaceBasedPartnership,

    /// <summary>A joint commissioning board, such as Salford's.</summary>
    JointCommissioningBoard,

    /// <summary>A partnership board, such as that of North East Lincolnshire's 'Union'.</summary>
    PartnershipBoard,

    /// <summary>An alliance agreement, such as Croydon's legally binding 'Alliance Agreement'.</summary>
    AllianceAgreement,
}
