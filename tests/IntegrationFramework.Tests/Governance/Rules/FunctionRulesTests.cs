using IntegrationFramework.Geography;
using IntegrationFramework.Governance;

namespace IntegrationFramework.Tests.Governance.Rules;

public sealed class FunctionRulesTests
{
    private static GovernanceArrangement Placing(string function, Level level) => Arrangements.Good.With(functions: [new FunctionPlacement(Frameworks.ShiftingTheCentreOfGravity2018.Function(function), level)]);

    [Fact]
    public void SUB_1_fires_when_multidisciplinary_teams_run_at_system_level()
    {
        var finding = Assert.Single(Arrangements.Findings(Placing("multidisciplinary-teams", Level.System)));

        Assert.Equal("SUB-1", finding.RuleId);
        Assert.Equal(FindingSeverity.Advisory, finding.Severity);
        Assert.Equal("Integrated multidisciplinary health and care teams is carried out at system level; the report places it at neighbourhood level, and subsidiarity asks for decisions at the most local appropriate level (the report adds that which functions are best carried out at each level is still being worked out).", finding.Message);
        Assert.Equal("Carry out integrated multidisciplinary health and care teams at neighbourhood level, or delegate it there.", finding.Remedy);
        Assert.Equal("$.functions[0]", finding.Path);
        Assert.Equal(29, finding.Source.Page);
    }

    [Fact]
    public void SUB_1_names_the_LGA_paper_for_the_functions_that_come_from_it()
    {
        var finding = Assert.Single(Arrangements.Findings(Placing("joint-strategic-needs-assessment", Level.System)));

        Assert.StartsWith("Joint strategic needs assessment (JSNA) is carried out at system level; the LGA position paper on Integration places it at place level,", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Frameworks.LgaPositionPaper.Document, finding.Source.Document);
    }

    [Theory]
    [InlineData("multidisciplinary-teams", Level.Neighbourhood)]
    [InlineData("joint-strategic-needs-assessment", Level.Place)]
    [InlineData("joint-strategic-needs-assessment", Level.Neighbourhood)]
    [InlineData("strategic-commissioning", Level.Place)]
    public void SUB_1_and_SUB_2_are_quiet_at_or_below_the_reports_level_without_a_minimum_scale(string function, Level level)
        => Assert.Empty(Arrangements.Findings(Placing(function, level)));

    [Theory]
    [InlineData("ambulance-services", Level.Neighbourhood)]
    [InlineData("ambulance-services", Level.Place)]
    [InlineData("specialised-services", Level.Place)]
    public void SUB_2_fires_when_ambulance_or_specialised_services_are_below_system_level(string function, Level level)
    {
        var finding = Assert.Single(Arrangements.Findings(Placing(function, level)));

        Assert.Equal("SUB-2", finding.RuleId);
        Assert.Equal(FindingSeverity.Concern, finding.Severity);
        Assert.EndsWith("the report says they will generally be commissioned across a footprint of system level or wider, to ensure the scale and population cover required.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SUB_2_is_quiet_at_system_level()
        => Assert.Empty(Arrangements.Findings(Placing("specialised-services", Level.System)));
}
