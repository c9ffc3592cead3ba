using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Partners;
using static IntegrationFramework.Data.Sources;

namespace IntegrationFramework.Data;

/// <summary>The sectors the documents name, each with the documents' words and where they appear.</summary>
public static class Sectors
{
    /// <summary>Every sector, in the order of <see cref="Sector"/>.</summary>
    public static EquatableArray<SectorDefinition> All { get; } =
    [
        new(Sector.LocalGovernment, "Local government", "system leaders and staff from local government, the NHS, the voluntary, community and social enterprise sector, and service user and carer groups", Report(Foreword, 4)),
        new(Sector.Nhs, "The NHS", "system leaders and staff from local government, the NHS, the voluntary, community and social enterprise sector, and service user and carer groups", Report(Foreword, 4)),
        new(Sector.Vcse, "Voluntary, community and social enterprise (VCSE) sector", "the voluntary, community and social enterprise (VCSE) sector", Report($"{Introduction} › The challenging financial and demographic environment", 11)),
        new(Sector.IndependentSector, "Independent sector", "Shared health and care records and better information sharing, including across the VCSE and independent sectors.", Report($"{IntegrationChecklist} › Shared outcomes › Outcome-based, person-centred care in community settings", 37)),
        new(Sector.WiderPublicServices, "Public services beyond health and care", "the wide range of partners which contribute to health such as police, fire and rescue, housing and so on", Report(PlaceBasedSystems, 30)),
        new(Sector.Business, "Business", "a wide range of partners, such as housing, transport and the business sector, should be involved", Report(Transformation, 20)),
        new(Sector.PeopleAndCommunities, "People who use services, carers and communities", "the experience and voice of people who use services, carers and communities within decision-making", Report(Accountability, 25)),
    ];

    /// <summary>The description of <paramref name="sector"/>.</summary>
    /// <param name="sector">A sector.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sector"/> is not a member of <see cref="Sector"/>.</exception>
    public static SectorDefinition Describe(Sector sector) => All[(int)Preconditions.Defined(sector) - 1];
}
