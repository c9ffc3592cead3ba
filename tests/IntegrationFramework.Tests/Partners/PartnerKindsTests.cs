using IntegrationFramework.Data;
using IntegrationFramework.Partners;

namespace IntegrationFramework.Tests.Partners;

public sealed class PartnerKindsTests
{
    [Fact]
    public void Every_partner_kind_is_described_once_in_order()
    {
        Assert.Equal(Enum.GetValues<PartnerKind>(), PartnerKinds.All.Select(k => k.Kind));
        Assert.All(Enum.GetValues<PartnerKind>(), kind => Assert.Equal(kind, PartnerKinds.Describe(kind).Kind));
    }

    [Fact]
    public void Every_sector_is_described_once_in_order_and_has_partner_kinds()
    {
        Assert.Equal(Enum.GetValues<Sector>(), Sectors.All.Select(s => s.Sector));
        Assert.All(Enum.GetValues<Sector>(), sector =>
        {
            Assert.Equal(sector, Sectors.Describe(sector).Sector);
            Assert.Contains(PartnerKinds.All, k => k.Sector == sector);
        });
    }

    [Fact]
    public void The_kinds_include_the_documents_council_tiers_NHS_bodies_wider_partners_and_people()
    {
        Assert.Equal(Sector.LocalGovernment, PartnerKinds.Describe(PartnerKind.UpperTierCouncil).Sector);
        Assert.Equal(Sector.Nhs, PartnerKinds.Describe(PartnerKind.NhsFoundationTrust).Sector);
        Assert.Equal(Sector.WiderPublicServices, PartnerKinds.Describe(PartnerKind.FireAndRescue).Sector);
        Assert.Equal(Sector.PeopleAndCommunities, PartnerKinds.Describe(PartnerKind.Carers).Sector);
    }

    [Fact]
    public void Describe_rejects_a_value_that_is_not_a_kind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PartnerKinds.Describe((PartnerKind)99));

        Assert.StartsWith("kind must be one of Council, UpperTierCouncil,", error.Message, StringComparison.Ordinal);
    }
}
