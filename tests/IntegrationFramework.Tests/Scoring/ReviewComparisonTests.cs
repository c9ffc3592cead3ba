using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

public sealed class ReviewComparisonTests
{
    private static readonly Footprint Dorset = new("E06000059", "Dorset", Level.Place);

    private static ScoreCard Card(LocalDate date, Progress progress, Footprint? footprint = null, string framework = "shifting-the-centre-of-gravity-2018")
        => Scorer.Score(AssessmentBuilder
            .For(Frameworks.Find(framework)!, footprint ?? Dorset, date)
            .WithAssessor("council", "Dorset Council", PartnerKind.Council)
            .Rate(framework == "lga-position-paper" ? "IND.1" : "CUL.1", "council", progress)
            .Build());

    [Fact]
    public void A_trend_gives_each_change_and_the_change_per_year()
    {
        var earlier = Card(new LocalDate(2018, 10, 1), Progress.Planned);
        var later = Card(new LocalDate(2020, 4, 1), Progress.InPlace);

        var trend = ReviewComparison.Of(earlier, later);

        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6), trend.Period);
        Assert.Equal(1 + (183 / 366.0), trend.Years, 12);
        var culture = trend.Domains.Single(d => d.Code == "CUL");
        Assert.Equal(25, culture.Earlier);
        Assert.Equal(75, culture.Later);
        Assert.Equal(50, culture.Difference);
        Assert.Equal(50 / 1.5, culture.PerYear!.Value, 12);
        Assert.Equal(new ScoreChange("CUL.1", 25, 75, 50 / 1.5, null, null, ItemStatus.Rated, ItemStatus.Rated), trend.Items.Single(i => i.Code == "CUL.1"));
        Assert.Equal(new ScoreChange("TRA", null, null, null, 0, 0, null, null), trend.Domains[0]);
        Assert.Equal((0.1, 0.1), (culture.EarlierCoverage, culture.LaterCoverage));   // CUL.1 of CUL's 10 items, in each review
        Assert.False(trend.Items.Single(i => i.Code == "CUL.1").StatusChanged);
        Assert.Equal("overall", trend.Overall.Code);
        Assert.Equal(50, trend.Overall.Difference);
    }

    [Theory]
    [InlineData("2025-11-17", "2025-12-01", false)]   // 14 days: +50 would read +1,304 a year
    [InlineData("2025-03-01", "2025-08-31", false)]   // a day short of six calendar months
    [InlineData("2025-03-01", "2025-09-01", true)]    // six calendar months
    [InlineData("2025-08-31", "2026-02-28", true)]    // six months on from 31 August is 28 February
    [InlineData("2025-08-31", "2026-02-27", false)]
    public void A_change_per_year_is_given_only_when_the_reviews_are_six_calendar_months_apart_or_more(string from, string to, bool given)
    {
        var (earlier, later) = (NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value);

        var trend = ReviewComparison.Of(Card(earlier, Progress.Planned), Card(later, Progress.InPlace));

        Assert.Equal(given, trend.GivesPerYear);
        var culture = trend.Domains.Single(d => d.Code == "CUL");
        Assert.Equal(50, culture.Difference);
        Assert.Equal(given ? 50 / trend.Years : null, culture.PerYear);
        Assert.All(trend.Items.Append(trend.Overall), change => Assert.Equal(given && change.Difference is { } d ? d / trend.Years : null, change.PerYear));
    }

    [Property]
    public void A_review_whole_years_later_changes_per_year_by_its_change_over_those_years(ushort day, byte years)
    {
        var whole = 1 + (years % 5);
        var earlier = new LocalDate(2000, 1, 1).PlusDays(day % 9000);
        var trend = ReviewComparison.Of(Card(earlier, Progress.Planned), Card(earlier.PlusYears(whole), Progress.InPlace));

        Assert.Equal(whole, trend.Years);
        Assert.Equal(50.0 / whole, trend.Domains.Single(d => d.Code == "CUL").PerYear);
    }

    [Theory]
    [InlineData("2024-02-29", "2025-02-28", 1.0)]
    [InlineData("2024-03-01", "2025-03-01", 1.0)]
    [InlineData("2023-03-01", "2024-03-01", 1.0)]
    [InlineData("2025-03-01", "2026-09-01", 1 + (184 / 365.0))]
    [InlineData("2023-09-01", "2024-03-01", 182 / 366.0)]
    public void Years_count_calendar_time_leap_days_included(string from, string to, double expected)
    {
        var trend = ReviewComparison.Of(Card(IntegrationFramework.Dates.IsoDate.Parse(from)!.Value, Progress.Planned), Card(IntegrationFramework.Dates.IsoDate.Parse(to)!.Value, Progress.Planned));

        Assert.Equal(expected, trend.Years, 12);
    }

    [Fact]
    public void Cards_of_different_footprints_frameworks_or_policies_or_in_the_wrong_order_cannot_be_compared()
    {
        var earlier = Card(new LocalDate(2019, 10, 1), Progress.Planned);
        var elsewhere = Card(new LocalDate(2018, 10, 1), Progress.Planned, new Footprint("E06000026", "Plymouth", Level.Place), "lga-position-paper").With(policyId: "other");

        var problems = ReviewComparison.Validate(earlier, elsewhere);

        Assert.Equal(
            [
                new Problem(ProblemCodes.FrameworkMismatch, ProblemLocation.InJson("$.framework").OfInput(1), "The cards are for different frameworks (shifting-the-centre-of-gravity-2018 and lga-position-paper); compare two reviews against one framework, or against an edition and one derived from it (derivedFrom)."),
                new Problem(ProblemCodes.FootprintMismatch, ProblemLocation.InJson("$.footprint.code").OfInput(1), "The cards are for different footprints (E06000059 Dorset and E06000026 Plymouth); compare two reviews of one footprint."),
                new Problem(ProblemCodes.PolicyMismatch, ProblemLocation.InJson("$.policy").OfInput(1), "The cards were scored under different policies (standard and other); score both under one policy."),
                new Problem(ProblemCodes.DatesReversed, ProblemLocation.InJson("$.assessedOn").OfInput(1), "The later card is dated 2018-10-01, before the earlier card (2019-10-01); give the earlier review first."),
            ],
            problems);
        var error = Assert.Throws<ScoringException>(() => ReviewComparison.Of(earlier, elsewhere));
        Assert.Equal(problems, error.Problems);
    }
}
