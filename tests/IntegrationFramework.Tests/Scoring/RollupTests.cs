using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

public sealed class RollupTests
{
    private static readonly Footprint Place = new("E06000026", "Plymouth", Level.Place);

    private static ScoreCard Neighbourhood(string code, int? population, params (string Item, Progress Progress)[] ratings)
    {
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint(code, $"Neighbourhood {code}", Level.Neighbourhood, population, "E06000026"), new LocalDate(2019, 1, 1).PlusDays(code.Length))
            .WithAssessor("pcn", "Primary care network", PartnerKind.PrimaryCareNetwork);
        foreach (var (item, progress) in ratings)
        {
            builder = builder.Rate(item, "pcn", progress);
        }

        return Scorer.Score(builder.Build());
    }

    [Fact]
    public void Children_with_populations_are_weighted_by_population()
    {
        // North (30,000 people) scores PCC 100, South (10,000) scores PCC 0: (100·30000 + 0·10000) / 40000 = 75.
        var north = Neighbourhood("N", 30_000, ("PCC.1", Progress.Embedded));
        var south = Neighbourhood("S", 10_000, ("PCC.1", Progress.NotStarted));

        var rollup = Rollup.Combine(Place, [south, north]);

        Assert.Equal(RollupWeighting.Population, rollup.Weighting);
        Assert.Equal(75, rollup.Card.FindDomain("PCC")!.Value.Score);
        // The item carries the weighted mean of the children's points and the range of their levels, no "consensus":
        // a weighted median would say embedded, a level above 75 points' in place.
        var item = rollup.Card.FindItem("PCC.1")!.Value;
        Assert.Null(item.Consensus);
        Assert.Null(item.Target);
        Assert.Null(item.Gap);
        Assert.Equal(75, item.Points);
        Assert.Equal((Progress.NotStarted, Progress.Embedded), (item.LowestLevel, item.HighestLevel));
        Assert.Equal(ItemStatus.Rated, item.Status);
        Assert.Equal(2, rollup.Card.FindItem("PCC.1")!.Value.Ratings);
        Assert.Equal(40_000, rollup.Card.Footprint.Population);
        Assert.Equal(new LocalDate(2019, 1, 2), rollup.Card.AssessedOn);
        Assert.Equal(["N", "S"], rollup.Children.Select(c => c.Code));
        Assert.Equal(new WeakestChild("PCC", "S", "Neighbourhood S", 0), Assert.Single(rollup.WeakestChildren));
    }

    [Fact]
    public void A_child_without_a_population_stops_a_roll_up_by_population_and_is_named_and_equal_weighting_is_the_way_on()
    {
        var north = Neighbourhood("N", 30_000, ("PCC.1", Progress.Embedded));
        var south = Neighbourhood("S", null, ("PCC.1", Progress.NotStarted));
        var west = Neighbourhood("W", null, ("PCC.1", Progress.NotStarted));

        var problems = Rollup.Validate(Place, [north, south, west]);

        // Each child without one is named, where it was given (1 and 2), so no weight silently becomes equal.
        Assert.Equal(
            [
                new Problem(ProblemCodes.ChildWithoutPopulation, ProblemLocation.InJson("$.footprint.population").OfInput(1), "Neighbourhood S (S) has no population, and the roll-up weights its children by population; give it its population, or weight the children equally."),
                new Problem(ProblemCodes.ChildWithoutPopulation, ProblemLocation.InJson("$.footprint.population").OfInput(2), "Neighbourhood W (W) has no population, and the roll-up weights its children by population; give it its population, or weight the children equally."),
            ],
            problems);
        Assert.Equal(problems, Assert.Throws<ScoringException>(() => Rollup.Combine(Place, [north, south, west])).Problems);

        var rollup = Rollup.Combine(Place, [north, south], weighting: RollupWeighting.Equal);

        Assert.Equal(RollupWeighting.Equal, rollup.Weighting);
        Assert.Equal(50, rollup.Card.FindDomain("PCC")!.Value.Score);
        Assert.Null(rollup.Card.Footprint.Population);
        Assert.Equal(50, rollup.Card.FindItem("PCC.1")!.Value.Points);

        // With every population known, equal weighting is still the caller's to choose: (100 + 0) / 2, not 75.
        Assert.Equal(50, Rollup.Combine(Place, [north, Neighbourhood("S", 10_000, ("PCC.1", Progress.NotStarted))], weighting: RollupWeighting.Equal).Card.FindDomain("PCC")!.Value.Score);
    }

    [Fact]
    public void Roll_ups_roll_up_again_into_a_system()
    {
        var place = Rollup.Combine(Place with { ParentCode = "QUE" }, [Neighbourhood("N", 30_000, ("PCC.1", Progress.Embedded))]).Card;

        var system = Rollup.Combine(new Footprint("QUE", "Devon STP", Level.System), [place]);

        Assert.Equal(100, system.Card.FindDomain("PCC")!.Value.Score);
        Assert.Equal(30_000, system.Card.Footprint.Population);
    }

    [Fact]
    public void Cards_that_cannot_be_rolled_up_are_refused_with_problems()
    {
        var north = Neighbourhood("N", 1, ("PCC.1", Progress.Embedded));
        var other = Neighbourhood("X", 1).With(footprint: new Footprint("X", "Elsewhere", Level.Place, 1, "ELSEWHERE"), policyId: "other");

        var problems = Rollup.Validate(Place, [north, north, other]);

        Assert.Equal(
            [
                new Problem(ProblemCodes.DuplicateChild, ProblemLocation.InJson("$.footprint.code").OfInput(1), "N Neighbourhood N is given more than once; give each child once."),
                new Problem(ProblemCodes.PolicyMismatch, ProblemLocation.InJson("$.policy").OfInput(2), "Elsewhere was scored under other, the first child under standard; score every child under one policy."),
                new Problem(ProblemCodes.ChildNotNarrower, ProblemLocation.InJson("$.footprint.level").OfInput(2), "Elsewhere is at place level, which is not narrower than Plymouth's place level; roll neighbourhoods up into a place, and places into a system."),
                new Problem(ProblemCodes.ChildOfAnotherFootprint, ProblemLocation.InJson("$.footprint.parentCode").OfInput(2), "Elsewhere belongs to ELSEWHERE, not to E06000026 Plymouth; roll up only the children of Plymouth."),
            ],
            problems);
        Assert.Equal([ProblemCodes.NoChildren], Rollup.Validate(Place, []).Select(p => p.Code));
        Assert.Equal(problems, Assert.Throws<ScoringException>(() => Rollup.Combine(Place, [north, north, other])).Problems);
    }

    [Fact]
    public void Cards_of_another_framework_are_refused()
    {
        var lga = Scorer.Score(new Assessment(Frameworks.LgaPositionPaper, new Footprint("L", "L", Level.Neighbourhood, 1), default, [], []));

        var problem = Assert.Single(Rollup.Validate(Place, [Neighbourhood("N", 1), lga]));

        Assert.Equal(ProblemCodes.FrameworkMismatch, problem.Code);
        Assert.Equal((1, "$.framework"), (problem.Location.Input, problem.Path));
    }

    [Fact]
    public void Children_with_more_people_than_the_wider_footprint_are_a_warning_that_does_not_stop_the_roll_up()
    {
        var children = new[] { Neighbourhood("N", 30_000, ("PCC.1", Progress.Embedded)), Neighbourhood("S", 10_001, ("PCC.1", Progress.NotStarted)) };
        var wider = Place with { Population = 40_000 };

        var problem = Assert.Single(Rollup.Validate(wider, children));

        Assert.Equal(new Problem(ProblemCodes.ChildrenOutnumberFootprint, "$", $"The children's populations add up to 40,001, more than {Place.Name}'s 40,000: check that no child is counted twice or belongs to another footprint, and that the populations are right.", ProblemSeverity.Warning), problem);
        Assert.Equal(40_000, Rollup.Combine(wider, children).Card.Footprint.Population);
        Assert.Empty(Rollup.Validate(wider with { Population = 40_001 }, children));
    }
}
