namespace IntegrationFramework.Geography;

/// <summary>
/// The three levels of place-based working the 2018 report describes, tied together by subsidiarity: decisions
/// are made at the level appropriate to population needs.
/// </summary>
/// <remarks>
/// The numeric values grow with the size of the footprint (neighbourhood &lt; place &lt; system), so levels can be
/// compared; zero is not a level, so an unset value is caught by validation. Files spell the members in camelCase:
/// <c>system</c>, <c>place</c>, <c>neighbourhood</c>. What the report places at each level is described by
/// <see cref="ShiftingTheCentreOfGravity.Levels"/> and <see cref="ShiftingTheCentreOfGravity.Functions"/>.
/// </remarks>
public enum Level
{
    /// <summary>
    /// Communities often based around primary care: primary care networks, integrated multidisciplinary teams and
    /// asset-based community development.
    /// </summary>
    Neighbourhood = 1,

    /// <summary>
    /// The area that often corresponds to top-tier and unitary councils, health and wellbeing boards and one or more
    /// CCGs, where partners make best use of the 'local pound'. The report also calls it "local".
    /// </summary>
    Place = 2,

    /// <summary>
    /// Sustainability and transformation partnerships (STPs) and integrated care systems (ICSs): strategic
    /// commissioning and economies of scale.
    /// </summary>
    System = 3,
}
