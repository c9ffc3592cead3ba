using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Tests.Assessments;

public sealed class AssessmentBuilderTests
{
    private static readonly AssessmentBuilder Start = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2018, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council);

    [Fact]
    public void Every_step_returns_a_new_builder_and_leaves_the_old_one_unchanged()
    {
        var rated = Start.Rate("TRA.1", "council", Progress.InPlace);
        var excluded = rated.Excluding("INF");

        Assert.Empty(Start.Build().Ratings);
        Assert.Single(rated.Build().Ratings);
        Assert.Empty(rated.Build().ExcludedDomains);
        Assert.Equal(["INF"], excluded.Build().ExcludedDomains);
    }

    [Fact]
    public void Rating_an_item_again_replaces_the_assessors_rating()
    {
        var assessment = Start
            .Rate("TRA.1", "council", Progress.Planned)
            .Rate("TRA.2", "council", Progress.Planned)
            .Rate("TRA.1", "council", Progress.Embedded, evidence: "Evaluated in 2018.")
            .Build();

        Assert.Equal(
            [new Rating("TRA.1", "council", Progress.Embedded, null, "Evaluated in 2018."), new Rating("TRA.2", "council", Progress.Planned)],
            assessment.Ratings);
        Assert.Empty(assessment.Validate());
    }

    [Fact]
    public void An_assessor_with_the_same_id_is_replaced_and_excluding_twice_is_once()
    {
        var assessment = Start.WithAssessor("council", "Renamed", PartnerKind.UnitaryCouncil).Excluding("INF").Excluding("INF").Build();

        Assert.Equal([new Assessor("council", "Renamed", PartnerKind.UnitaryCouncil)], assessment.Assessors);
        Assert.Equal(["INF"], assessment.ExcludedDomains);
    }

    [Fact]
    public void From_starts_with_an_assessments_data_so_it_can_be_changed()
    {
        var original = Start.Rate("TRA.1", "council", Progress.Planned).Build();

        var changed = AssessmentBuilder.From(original).WithoutRating("TRA.1", "council").AssessedOn(new LocalDate(2019, 10, 1)).Build();

        Assert.Equal(original, AssessmentBuilder.From(original).Build());
        Assert.Empty(changed.Ratings);
        Assert.Equal(new LocalDate(2019, 10, 1), changed.AssessedOn);
        Assert.Single(original.Ratings);
    }

    [Fact]
    public void The_builder_checks_arguments_but_not_the_assessment()
    {
        Assert.Throws<ArgumentNullException>(() => AssessmentBuilder.For(null!, new Footprint("C", "N", Level.Place), default));
        Assert.Throws<ArgumentException>(() => Start.Excluding(" "));
        Assert.Single(Start.Rate("XYZ.1", "council", Progress.Planned).Build().Validate());
    }
}
