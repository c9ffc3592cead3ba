using IntegrationFramework.Geography;
using IntegrationFramework.Vision;

namespace IntegrationFramework.Tests;

public sealed class ShiftingTheCentreOfGravityTests
{
    private static readonly ShiftingTheCentreOfGravity Report = Frameworks.ShiftingTheCentreOfGravity2018;

    [Fact]
    public void The_vision_has_four_headlines_and_there_are_seven_shifts()
    {
        Assert.Equal(["VIS.1", "VIS.2", "VIS.3", "VIS.4"], Report.Vision.Select(v => v.Id));
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"SHF.{n}"), Report.Shifts.Select(s => s.Id));
    }

    [Fact]
    public void Key_actions_are_addressed_to_national_leaders_membership_organisations_and_local_partners()
    {
        Assert.Equal(
            ["NAT.1", "NAT.2", "NAT.3", "NAT.4", "NAT.5", "MEM.1", "MEM.2", "LOC.1", "LOC.2", "LOC.3", "LOC.4", "LOC.5", "LOC.6"],
            Report.KeyActions.Select(a => a.Id));
        Assert.All(Report.KeyActions, a => Assert.Equal(
            a.Id[..3] switch { "NAT" => ActionAudience.NationalLeaders, "MEM" => ActionAudience.NationalMembershipOrganisations, _ => ActionAudience.LocalPartners },
            a.Audience));
    }

    [Fact]
    public void Local_partners_demonstrate_progress_in_the_ten_areas_the_checklist_covers()
    {
        var areas = Report.KeyActions.Single(a => a.Id == "LOC.6").Points;

        Assert.Equal(10, areas.Count);
        Assert.Contains("information sharing and information technology", areas);
    }

    [Fact]
    public void Prevention_has_three_levels_each_with_examples()
    {
        Assert.Equal([PreventionTier.Primary, PreventionTier.Secondary, PreventionTier.Tertiary], Report.PreventionLevels.Select(p => p.Tier));
        Assert.All(Report.PreventionLevels, p => Assert.NotEmpty(p.Examples));
    }

    [Fact]
    public void Each_level_of_place_based_working_is_described_once()
    {
        Assert.Equal([Level.System, Level.Place, Level.Neighbourhood], Report.Levels.Select(l => l.Level));
        Assert.Equal("STP and ICS", Report.Describe(Level.System).ReportHeading);
        Assert.Equal("Local", Report.Describe(Level.Place).ReportHeading);
        Assert.Contains("‘local pound’", Report.Describe(Level.Place).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_rejects_a_value_that_is_not_a_level()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Report.Describe((Level)7));
        Assert.StartsWith("level must be one of Neighbourhood, Place, System; it was 7.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_places_functions_at_every_level_and_ambulance_and_specialised_services_at_system_scale_or_wider()
    {
        Assert.Equal(
            [Level.Neighbourhood, Level.Place, Level.System],
            Report.Functions.Select(f => f.Level).Distinct().Order());
        Assert.Equal(
            ["ambulance-services", "specialised-services"],
            Report.Functions.Where(f => f.MinimumLevel is not null).Select(f => f.Id));
        Assert.All(Report.Functions.Where(f => f.MinimumLevel is not null), f => Assert.Equal(Level.System, f.MinimumLevel));
        Assert.Equal(Level.Neighbourhood, Report.Functions.Single(f => f.Id == "multidisciplinary-teams").Level);
        Assert.Equal(Report.Functions.Count, Report.Functions.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void The_place_based_principles_restate_items_of_the_PBS_domain()
    {
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"PBP.{n}"), Report.PlaceBasedPrinciples.Select(p => p.Id));
        Assert.All(Report.PlaceBasedPrinciples, p =>
        {
            var item = Report.Checklist.Item(p.ChecklistItemId);
            Assert.Equal("PBS", item.DomainCode);
        });
    }

    [Fact]
    public void There_are_five_accountability_elements_and_only_the_shift_to_place_is_missing_from_the_checklist()
    {
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"ACC.{n}"), Report.AccountabilityElements.Select(e => e.Id));
        Assert.Equal(["GOV.1", "GOV.3", "GOV.2", null, "GOV.4"], Report.AccountabilityElements.Select(e => e.ChecklistItemId));
        Assert.Equal("a shift in balance from national to place-based system accountability", Report.AccountabilityElements[3].Text);
    }
}
