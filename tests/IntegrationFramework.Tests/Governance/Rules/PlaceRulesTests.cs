using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Partners;

namespace IntegrationFramework.Tests.Governance.Rules;

public sealed class PlaceRulesTests
{
    private static GovernanceArrangement Covering(Level level, params IEnumerable<CoveredLocalAuthority> authorities)
        => Arrangements.Good.With(footprints: [new ArrangementFootprint(new Footprint("F", "The footprint", level), [.. authorities])]);

    [Fact]
    public void PLACE_1_fires_without_a_partner_beyond_health_and_care()
    {
        var finding = Assert.Single(Arrangements.Findings(Arrangements.Good.With(partners: [.. Arrangements.Good.Partners.Where(p => p.Kind != PartnerKind.Housing)])));

        Assert.Equal("PLACE-1", finding.RuleId);
        Assert.Equal("Involve partners such as housing, police, fire and rescue, transport or education.", finding.Remedy);
        Assert.Equal(30, finding.Source.Page);
    }

    [Theory]
    [InlineData(PartnerKind.Police)]
    [InlineData(PartnerKind.FireAndRescue)]
    [InlineData(PartnerKind.Education)]
    public void PLACE_1_is_quiet_with_any_partner_beyond_health_and_care(PartnerKind kind)
        => Assert.Empty(Arrangements.Findings(Arrangements.Good.With(partners: [.. Arrangements.Good.Partners.Where(p => p.Kind != PartnerKind.Housing), new Partner("wider", "Wider", kind)])));

    [Fact]
    public void PLACE_2_fires_when_a_place_footprint_cuts_across_local_authority_boundaries()
    {
        var finding = Assert.Single(Arrangements.Findings(Covering(Level.Place, new CoveredLocalAuthority("E07000001", false), new CoveredLocalAuthority("E07000002", true))));

        Assert.Equal("PLACE-2", finding.RuleId);
        Assert.Equal("The footprint covers part of E07000001 and spans 2 local authority areas, cutting across their boundaries; the LGA paper asks that place-based partnerships are co-terminous with local authority places, or as closely aligned as possible.", finding.Message);
        Assert.Equal(Frameworks.LgaPositionPaper.Document, finding.Source.Document);
    }

    [Fact]
    public void PLACE_2_is_quiet_for_whole_areas_for_a_footprint_within_one_area_and_below_place_level()
    {
        Assert.Empty(Arrangements.Findings(Covering(Level.Place, new CoveredLocalAuthority("E07000001", true), new CoveredLocalAuthority("E07000002", true))));
        Assert.Empty(Arrangements.Findings(Covering(Level.Place, new CoveredLocalAuthority("E07000001", false))));
        Assert.Empty(Arrangements.Findings(Covering(Level.Neighbourhood, new CoveredLocalAuthority("E07000001", false), new CoveredLocalAuthority("E07000002", false))));
    }

    [Fact]
    public void PLACE_2_says_when_it_could_not_check_a_footprint()
    {
        var finding = Assert.Single(Arrangements.Findings(Covering(Level.Place)));

        Assert.Equal(FindingSeverity.Information, finding.Severity);
        Assert.Equal("The footprint lists no local authority areas, so its fit with local authority places was not checked.", finding.Message);
    }
}
