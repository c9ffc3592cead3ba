using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;
using NodaTime.Testing;

namespace IntegrationFramework.Tests.Assessments;

public sealed class AssessmentTests
{
    private static readonly Footprint Croydon = new("E09000008", "Croydon", Level.Place, 386_710);
    private static readonly LocalDate Date = new(2018, 10, 1);
    private static readonly Assessor Council = new("council", "Croydon Council", PartnerKind.Council);
    private static readonly Assessor Ccg = new("ccg", "Croydon CCG", PartnerKind.ClinicalCommissioningGroup);

    private static Assessment Of(params Rating[] ratings)
        => new(Frameworks.ShiftingTheCentreOfGravity2018, Croydon, Date, [Council, Ccg], [.. ratings]);

    [Fact]
    public void A_valid_assessment_has_no_problems()
        => Assert.Empty(Of(new Rating("TRA.1", "council", Progress.InPlace, Progress.Embedded), new Rating("TRA.1", "ccg", Progress.NotApplicable)).Validate());

    [Fact]
    public void An_empty_assessment_is_valid_every_item_unrated()
        => Assert.Empty(new Assessment(Frameworks.LgaPositionPaper, Croydon, Date, [], []).Validate());

    [Fact]
    public void An_assessment_of_an_edition_the_caller_built_is_checked_against_that_edition()
    {
        var source = new IntegrationFramework.Sources.SourceReference(Frameworks.ShiftingTheCentreOfGravity2018.Document, "Our local edition");
        var checklist = new IntegrationFramework.Checklists.Checklist([new("OUT", "Outcomes", [new("OUT", "Outcomes", "OUT", null, [new("OUT", 1, "A shared outcome.", source), new("OUT", 2, "Another.", source)], source)], source)]);
        var local = new IntegrationFramework.Checklists.Framework("our-local-edition", "0.1.0", Frameworks.ShiftingTheCentreOfGravity2018.Document, checklist);

        var assessment = new Assessment(local, Croydon, Date, [Council], [new("OUT.2", "council", Progress.InPlace), new("OUT.3", "council", Progress.InPlace)]);

        var problem = Assert.Single(assessment.Validate());
        Assert.Equal(new Problem(ProblemCodes.UnknownItem, "$.ratings[1].item", "Item 'OUT.3' is not in the our-local-edition checklist; domain OUT has items OUT.1 to OUT.2."), problem);
    }

    [Fact]
    public void An_unknown_item_of_a_known_domain_names_the_domains_items()
    {
        var problem = Assert.Single(Of(new Rating("TRA.1", "council", Progress.Planned), new Rating("TRA.9", "council", Progress.Planned)).Validate());

        Assert.Equal(ProblemCodes.UnknownItem, problem.Code);
        Assert.Equal("$.ratings[1].item", problem.Path);
        Assert.Equal("Item 'TRA.9' is not in the shifting-the-centre-of-gravity-2018 checklist; domain TRA has items TRA.1 to TRA.7.", problem.Message);
    }

    [Fact]
    public void An_unknown_item_of_no_known_domain_explains_item_identifiers()
    {
        var problem = Assert.Single(Of(new Rating("transformation-1", "council", Progress.Planned)).Validate());

        Assert.Equal(
            "Item 'transformation-1' is not in the shifting-the-centre-of-gravity-2018 checklist; item ids are a domain code, a full stop and a number, such as TRA.1, and the domains are TRA, PCC, PRV, CUL, LEA, GOV, WFD, PBS, COM, INF.",
            problem.Message);
    }

    [Fact]
    public void An_unknown_assessor_lists_the_assessors()
    {
        var problem = Assert.Single(Of(new Rating("TRA.1", "trust", Progress.Planned)).Validate());

        Assert.Equal(new Problem(ProblemCodes.UnknownAssessor, "$.ratings[0].assessor", "The assessor 'trust' is not listed; the assessors are council, ccg."), problem);
    }

    [Fact]
    public void A_rating_without_any_assessors_says_to_list_them()
    {
        var problem = Assert.Single(new Assessment(Frameworks.LgaPositionPaper, Croydon, Date, [], [new("IND.1", "council", Progress.Planned)]).Validate());

        Assert.Equal("The assessor 'council' is not listed; the assessment lists no assessors, so add it to $.assessors.", problem.Message);
    }

    [Fact]
    public void A_duplicate_rating_points_at_the_first()
    {
        var problem = Assert.Single(Of(new Rating("TRA.1", "council", Progress.Planned), new Rating("TRA.2", "council", Progress.Planned), new Rating("TRA.1", "council", Progress.InPlace)).Validate());

        Assert.Equal(new Problem(ProblemCodes.DuplicateRating, "$.ratings[2]", "The assessor 'council' rates item TRA.1 more than once; keep one rating (the first is $.ratings[0])."), problem);
    }

    [Fact]
    public void A_duplicate_assessor_is_a_problem()
    {
        var assessment = new Assessment(Frameworks.LgaPositionPaper, Croydon, Date, [Council, Council with { Name = "Another" }], []);

        Assert.Equal(
            [new Problem(ProblemCodes.DuplicateAssessor, "$.assessors[1].id", "The assessor id 'council' is used more than once; give each assessor its own id.")],
            assessment.Validate());
    }

    [Fact]
    public void A_target_below_progress_is_a_problem()
    {
        var problem = Assert.Single(Of(new Rating("TRA.1", "council", Progress.InPlace, Progress.Planned)).Validate());

        Assert.Equal(new Problem(
            ProblemCodes.TargetBelowProgress,
            "$.ratings[0].target",
            "The target (planned) is below the progress (inPlace); a target is the level aimed for, so it must be at least the progress."), problem);
    }

    [Fact]
    public void A_target_on_a_not_applicable_rating_is_a_problem()
    {
        var problem = Assert.Single(Of(new Rating("TRA.1", "council", Progress.NotApplicable, Progress.Planned)).Validate());

        Assert.Equal(ProblemCodes.TargetWithoutProgress, problem.Code);
        Assert.Equal("A notApplicable rating cannot carry a target; remove the target, or rate the item's progress.", problem.Message);
    }

    [Fact]
    public void An_excluded_domain_must_exist_and_be_listed_once()
    {
        var assessment = new Assessment(Frameworks.ShiftingTheCentreOfGravity2018, Croydon, Date, [Council], [], ["INF", "IT", "INF"]);

        Assert.Equal(
            [
                new Problem(ProblemCodes.UnknownExcludedDomain, "$.scope.excludedDomains[1]", "The excluded domain 'IT' is not in the shifting-the-centre-of-gravity-2018 checklist; its domains are TRA, PCC, PRV, CUL, LEA, GOV, WFD, PBS, COM, INF."),
                new Problem(ProblemCodes.DuplicateExcludedDomain, "$.scope.excludedDomains[2]", "The domain 'INF' is excluded more than once; list it once."),
            ],
            assessment.Validate());
    }

    [Fact]
    public void A_date_after_today_by_the_clock_is_a_problem_only_when_a_clock_is_given()
    {
        var assessment = Of(new Rating("TRA.1", "council", Progress.Planned));
        var dayBefore = new FakeClock(Instant.FromUtc(2018, 9, 30, 22, 59));
        var sameDayInEngland = new FakeClock(Instant.FromUtc(2018, 9, 30, 23, 0));

        Assert.Empty(assessment.Validate());
        Assert.Empty(assessment.Validate(sameDayInEngland));
        Assert.Equal(
            [new Problem(ProblemCodes.AssessedInFuture, "$.assessedOn", "The assessment is dated 2018-10-01, after today (2018-09-30 in England); date it on or before today.")],
            assessment.Validate(dayBefore));
    }

    /// <summary>
    /// The check reads UTC's date first and loads the time zone only when England's might differ; whatever the moment
    /// (minutes from 2015 to 2035, so across every change of the clocks) and whatever the date, it agrees with England's.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public bool A_date_is_in_the_future_exactly_when_it_is_after_today_in_England(uint minutes, sbyte days)
    {
        var now = Instant.FromUtc(2015, 1, 1, 0, 0).Plus(Duration.FromMinutes(minutes % (20 * 366 * 24 * 60)));
        var todayInEngland = now.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
        var date = todayInEngland.PlusDays(days % 3);
        var assessment = new Assessment(Frameworks.ShiftingTheCentreOfGravity2018, Croydon, date, [Council], []);

        var future = assessment.Validate(new FakeClock(now)).Any(p => p.Code == ProblemCodes.AssessedInFuture);

        return future == date > todayInEngland;
    }

    [Fact]
    public void Problems_come_in_the_order_of_their_paths()
    {
        var assessment = new Assessment(Frameworks.ShiftingTheCentreOfGravity2018, Croydon, Date, [Council, Council], [new("TRA.99", "nobody", Progress.Planned)], ["XX"]);

        Assert.Equal(
            ["$.assessors[1].id", "$.scope.excludedDomains[0]", "$.ratings[0].item", "$.ratings[0].assessor"],
            assessment.Validate().Select(p => p.Path));
    }

    [Fact]
    public void The_date_problem_comes_before_the_assessors()
    {
        var clock = new FakeClock(Instant.FromUtc(2000, 1, 1, 0, 0));
        var duplicateAssessor = new Assessment(Frameworks.LgaPositionPaper, Croydon, Date, [Council, Council], []);

        Assert.Equal(["$.assessedOn", "$.assessors[1].id"], duplicateAssessor.Validate(clock).Select(p => p.Path));
    }

    [Fact]
    public void Creating_an_invalid_assessment_never_throws_but_null_arguments_do()
    {
        Assert.Throws<ArgumentNullException>(() => new Assessment(null!, Croydon, Date, [], []));
        Assert.Throws<ArgumentNullException>(() => new Assessment(Frameworks.LgaPositionPaper, null!, Date, [], []));
        Assert.Throws<ArgumentException>(() => new Assessment(Frameworks.LgaPositionPaper, Croydon, Date, [], [null!]));
    }

    [Fact]
    public void Assessments_are_equal_by_value()
    {
        EqualityContract.AssertEqual(Of(new Rating("TRA.1", "council", Progress.Planned)), Of(new Rating("TRA.1", "council", Progress.Planned)));
        EqualityContract.AssertNotEqual(Of(new Rating("TRA.1", "council", Progress.Planned)), Of(new Rating("TRA.1", "council", Progress.InPlace)));
        Assert.Equal("Croydon (E09000008, place) on 2018-10-01 against shifting-the-centre-of-gravity-2018: 2 assessors, 1 ratings", Of(new Rating("TRA.1", "council", Progress.Planned)).ToString());
    }

    [Fact]
    public void A_problem_prints_as_its_path_and_message()
    {
        Assert.Equal("$.framework: message", new Problem("x", "$.framework", "message").ToString());
        Assert.Equal("$.x: warning: message", new Problem("x", "$.x", "message", ProblemSeverity.Warning).ToString());
    }

    [Fact]
    public void Ratings_and_assessors_check_their_own_values()
    {
        Assert.StartsWith("Target must be a level, from NotStarted to Embedded; it was NotApplicable.", Assert.Throws<ArgumentOutOfRangeException>(() => new Rating("TRA.1", "a", Progress.Planned, Progress.NotApplicable)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Rating(" ", "a", Progress.Planned));
        Assert.Throws<ArgumentException>(() => new Rating("TRA.1", "a", Progress.Planned, evidence: ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rating("TRA.1", "a", (Progress)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Assessor("a", "A", (PartnerKind)0));
        Assert.Throws<ArgumentException>(() => Council with { Id = "" });
    }
}
