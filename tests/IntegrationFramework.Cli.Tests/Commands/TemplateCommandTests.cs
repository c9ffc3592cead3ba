using System.Text;
using IntegrationFramework.Data;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class TemplateCommandTests
{
    private static readonly string[] Plymouth = ["template", "--footprint-code", "E06000026", "--footprint-name", "Plymouth", "--level", "place"];

    [Fact]
    public void Writes_a_valid_assessment_with_its_assessors_and_no_ratings_dated_today_in_London()
    {
        var run = Run.Ifw([.. Plymouth, "--population", "264700", "--parent", "E54000037", "--assessor", "council", "--assessor", "nhs:integratedCareBoard:NHS Devon", "--assessor", "hw:peopleWhoUseServices"]).Succeeded();

        var read = AssessmentJson.Read(Encoding.UTF8.GetBytes(run.Output));
        var assessment = Assert.IsType<Assessments.Assessment>(read.Value);
        Assert.Empty(read.Problems);
        Assert.Equal(new Footprint("E06000026", "Plymouth", Level.Place, 264_700, "E54000037"), assessment.Footprint);
        Assert.Equal(new LocalDate(2026, 11, 24), assessment.AssessedOn);
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Id, assessment.Framework.Id);
        Assert.Empty(assessment.Ratings);
        Assert.Equal(
            [("council", PartnerKind.Council, "Council"), ("nhs", PartnerKind.IntegratedCareBoard, "NHS Devon"), ("hw", PartnerKind.PeopleWhoUseServices, PartnerKinds.Describe(PartnerKind.PeopleWhoUseServices).Name)],
            assessment.Assessors.Select(a => (a.Id, a.Partner, a.Name)));
        Assert.Contains("Every item of shifting-the-centre-of-gravity-2018 (86 items) is listed for each of 3 assessors; 0 rated.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_a_date_and_another_framework()
    {
        var run = Run.Ifw([.. Plymouth, "--date", "2019-03-31", "--framework", "lga-position-paper"]).Succeeded();

        var assessment = AssessmentJson.Read(Encoding.UTF8.GetBytes(run.Output)).Value!;
        Assert.Equal(new LocalDate(2019, 3, 31), assessment.AssessedOn);
        Assert.Equal("lga-position-paper", assessment.Framework.Id);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var run = Run.Ifw("template", "--footprint-code", "E06000026", "--level", "place").Refused();

        Assert.Equal("ifw: --footprint-name is required and must not be blank: the footprint's code, name and level (system, place or neighbourhood).", run.ErrorLines[0]);
        Assert.Equal("Run 'ifw template --help' for usage.", run.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("--date", "31/03/2019", "ifw: --date: '31/03/2019' is not a date in the form yyyy-MM-dd; write it as, for example, 2018-10-01.")]
    [InlineData("--population", "0", "ifw: --population: '0' is not a population; give a positive whole number of people, such as 386710, or leave it out.")]
    [InlineData("--parent", " ", "ifw: --parent must not be blank: leave it out when the footprint has no parent.")]
    [InlineData("--framework", "lga-2017", "ifw: The framework 'lga-2017' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper. An edition of your own comes in with --framework-file FILE.")]
    public void A_bad_value_is_refused_with_a_reason(string option, string value, string reason)
    {
        var run = Run.Ifw([.. Plymouth, option, value]).Refused();

        Assert.Equal([reason], run.ErrorLines);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("ccg:hospital")]
    [InlineData("alice")]
    [InlineData(":council")]
    public void An_assessor_that_names_no_kind_of_partner_is_refused(string spec)
    {
        var run = Run.Ifw([.. Plymouth, "--assessor", spec]).Refused();

        Assert.StartsWith($"ifw: --assessor '{spec}' is not ID, ID:PARTNER or ID:PARTNER:NAME with PARTNER one of ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_assessor_twice_is_a_problem_of_the_template()
    {
        var run = Run.Ifw([.. Plymouth, "--assessor", "council", "--assessor", "council"]).Refused();

        Assert.StartsWith("template: $.assessors[1].id: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_in_the_future_is_a_problem_of_the_template()
    {
        var run = Run.Ifw([.. Plymouth, "--date", "2027-01-01"]).Refused();

        Assert.StartsWith("template: $.assessedOn: ", run.Error, StringComparison.Ordinal);
    }
}
