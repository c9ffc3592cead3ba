namespace IntegrationFramework.Partners;

/// <summary>
/// The sectors the two documents name among the partners who contribute to health, care and wellbeing in a place.
/// </summary>
/// <remarks>Described, with the documents' words, by <see cref="Data.Sectors"/>.</remarks>
public enum Sector
{
    /// <summary>Councils and their public health teams.</summary>
    LocalGovernment = 1,

    /// <summary>The NHS: commissioners, trusts, primary care and ambulance services.</summary>
    Nhs = 2,

    /// <summary>The voluntary, community and social enterprise (VCSE) sector.</summary>
    Vcse = 3,

    /// <summary>Independent sector providers of care and support.</summary>
    IndependentSector = 4,

    /// <summary>Public services beyond health and care: housing, police, fire and rescue, transport, education.</summary>
    WiderPublicServices = 5,

    /// <summary>The business sector.</summary>
    Business = 6,

    /// <summary>People who use services, carers and communities.</summary>
    PeopleAndCommunities = 7,
}
