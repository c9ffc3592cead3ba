using IntegrationFramework.Guards;

namespace IntegrationFramework.Partners;

/// <summary>The sector of each kind of partner.</summary>
public static class PartnerKindExtensions
{
    /// <summary>The sector a kind of partner belongs to: councils and public health teams to local government, CCGs, ICBs and trusts to the NHS, and so on.</summary>
    /// <param name="kind">A kind of partner.</param>
    /// <returns>Its sector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a member of <see cref="PartnerKind"/>.</exception>
    public static Partners.Sector Sector(this PartnerKind kind) => Preconditions.Defined(kind) switch
    {
        PartnerKind.Council => Partners.Sector.LocalGovernment,
        PartnerKind.UpperTierCouncil => Partners.Sector.LocalGovernment,
        PartnerKind.UnitaryCouncil => Partners.Sector.LocalGovernment,
        PartnerKind.PublicHealth => Partners.Sector.LocalGovernment,
        PartnerKind.ClinicalCommissioningGroup => Partners.Sector.Nhs,
        PartnerKind.IntegratedCareBoard => Partners.Sector.Nhs,
        PartnerKind.NhsTrust => Partners.Sector.Nhs,
        PartnerKind.NhsFoundationTrust => Partners.Sector.Nhs,
        PartnerKind.PrimaryCare => Partners.Sector.Nhs,
        PartnerKind.PrimaryCareNetwork => Partners.Sector.Nhs,
        PartnerKind.AmbulanceService => Partners.Sector.Nhs,
        PartnerKind.Vcse => Partners.Sector.Vcse,
        PartnerKind.IndependentSector => Partners.Sector.IndependentSector,
        PartnerKind.Housing => Partners.Sector.WiderPublicServices,
        PartnerKind.Police => Partners.Sector.WiderPublicServices,
        PartnerKind.FireAndRescue => Partners.Sector.WiderPublicServices,
        PartnerKind.Transport => Partners.Sector.WiderPublicServices,
        PartnerKind.Education => Partners.Sector.WiderPublicServices,
        PartnerKind.Business => Partners.Sector.Business,
        PartnerKind.PeopleWhoUseServices => Partners.Sector.PeopleAndCommunities,
        PartnerKind.Carers => Partners.Sector.PeopleAndCommunities,
        PartnerKind.Community => Partners.Sector.PeopleAndCommunities,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
