using IntegrationFramework.Evidence;

namespace IntegrationFramework.Tests.Evidence;

public sealed class CaseExampleTests
{
    public static TheoryData<string> FrameworkIds() => new(Frameworks.All.Select(f => f.Id));

    [Theory]
    [MemberData(nameof(FrameworkIds))]
    public void Every_case_example_illustrates_existing_domains_in_the_frameworks_order(string frameworkId)
    {
        var framework = Frameworks.Find(frameworkId)!;
        var order = framework.Checklist.Domains.Select(d => d.Code).ToList();

        Assert.All(framework.CaseExamples, example =>
        {
            Assert.NotEmpty(example.Domains);
            Assert.All(example.Domains, code => Assert.NotNull(framework.Checklist.FindDomain(code)));
            Assert.Equal(example.Domains.OrderBy(order.IndexOf), example.Domains);
            Assert.NotEmpty(example.Places);
            Assert.Equal(framework.Document, example.Source.Document);
        });
    }

    /// <summary>Numbers in summaries that are names, not quantities: Section 75, 24/7, NHS 111, the over-65s, SYSTM1.</summary>
    private static readonly string[] Names = ["Section 75", "24/7", "NHS 111", "over-65s", "SYSTM1", "NHS 111"];

    [Fact]
    public void Every_number_a_summary_gives_is_one_of_its_figures()
    {
        // Figure promises every number the document gives for the example: dates (years, months) included.
        var missing = new List<string>();
        foreach (var example in Frameworks.All.SelectMany(f => f.CaseExamples))
        {
            var summary = Names.Aggregate(string.Join(" ", [example.Summary, .. example.Highlights]), (text, name) => text.Replace(name, string.Empty, StringComparison.Ordinal));
            var numbers = System.Text.RegularExpressions.Regex.Matches(summary, @"\d[\d,.]*\d|\d").Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal));
            var given = example.Figures.SelectMany(f => new[] { f.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), f.FormatValue(), f.Period ?? string.Empty, f.Quote }).ToList();
            missing.AddRange(numbers.Where(n => !given.Exists(g => g.Replace(",", string.Empty, StringComparison.Ordinal).Contains(n, StringComparison.Ordinal))).Select(n => $"{example.Id}: {n}"));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void A_period_the_document_attaches_to_another_figure_is_not_inferred()
    {
        // "a 68 per cent reduction … and a 10 per cent reduction … for 2018/19 compared to 2017/18": the period follows
        // the 10 per cent, so only that figure has it; the 68 per cent's quote is the whole sentence, period included.
        var wirral = Frameworks.LgaPositionPaper.FindCaseExample("wirral-care-home-triage")!;
        var (sixtyEight, ten) = (wirral.Figures.Single(f => f.Value == 68), wirral.Figures.Single(f => f.Value == 10));

        Assert.Null(sixtyEight.Period);
        Assert.EndsWith("for 2018/19 compared to 2017/18", sixtyEight.Quote, StringComparison.Ordinal);
        Assert.Equal("2018/19 compared to 2017/18", ten.Period);
    }

    [Theory]
    [InlineData(2015, FigureUnit.CalendarYear, "2015")]
    [InlineData(201805, FigureUnit.CalendarMonth, "May 2018")]
    [InlineData(9, FigureUnit.Years, "9 years")]
    public void Dates_are_figures_with_a_unit_of_their_own(decimal value, FigureUnit unit, string written)
        => Assert.Equal(written, new Figure(value, unit, FigureQualifier.Exact, "m", null, FigureKind.Context, "q").FormatValue());

    [Fact]
    public void Case_example_identifiers_are_unique_across_frameworks()
    {
        var ids = Frameworks.All.SelectMany(f => f.CaseExamples).Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(ids.Count, 30, 45);
    }

    [Fact]
    public void Every_domain_of_the_2018_checklist_has_case_examples()
    {
        var report = Frameworks.ShiftingTheCentreOfGravity2018;

        Assert.All(report.Checklist.Domains, domain => Assert.NotEmpty(report.CaseExamplesFor(domain.Code)));
    }

    [Theory]
    [InlineData("wirral-care-home-triage", 68, FigureUnit.Percent, "68 per cent: Reduction in NHS 111 calls from Wirral care homes")]
    [InlineData("voluntary-action-rotherham-social-prescribing", 43, FigureUnit.Pence, "43p: Initial return on investment for each pound invested")]
    [InlineData("croydon-new-care-models", 14, FigureUnit.Percent, "14 per cent: Fewer hospital admissions with the integrated community networks (early indications)")]
    [InlineData("nottinghamshire-multidisciplinary-teams", 4445, FigureUnit.Pounds, "£4,445: Lower average total social care costs per service in one integrated team than in the rest of the district (over the 135-day study period)")]
    [InlineData("nottinghamshire-multidisciplinary-teams", 2750, FigureUnit.Pounds, "£2,750: Lower average total social care costs per service in another integrated team")]
    [InlineData("ipswich-and-east-suffolk-delayed-transfers", 49, FigureUnit.Count, "49: Delayed transfers of care reported on the day (1 February 2017)")]
    [InlineData("ipswich-and-east-suffolk-delayed-transfers", 10, FigureUnit.Count, "10: Delayed transfers of care reported on the day (1 February 2018)")]
    public void The_issues_example_figures_are_encoded(string caseId, int value, FigureUnit unit, string expected)
    {
        var example = Frameworks.All.Select(f => f.FindCaseExample(caseId)).Single(e => e is not null)!;

        var figure = Assert.Single(example.Figures, f => f.Value == value && f.Unit == unit);
        Assert.Equal(expected, figure.ToString());
    }

    [Fact]
    public void Figures_are_formatted_with_their_unit_and_qualifier()
    {
        var rotherham = Frameworks.ShiftingTheCentreOfGravity2018.FindCaseExample("rotherham-social-prescribing")!;
        var leeds = Frameworks.ShiftingTheCentreOfGravity2018.FindCaseExample("leeds-person-held-record")!;
        var croydon = Frameworks.ShiftingTheCentreOfGravity2018.FindCaseExample("croydon-organisational-development")!;
        var nottinghamshire = Frameworks.ShiftingTheCentreOfGravity2018.FindCaseExample("nottinghamshire-it-developments")!;

        Assert.Equal("around £500,000", rotherham.Figures[2].FormatValue());
        Assert.Equal("up to 14,000", leeds.Figures[1].FormatValue());
        Assert.Equal("3 years", leeds.Figures[0].FormatValue());
        Assert.Equal("more than 50", croydon.Figures[1].FormatValue());
        Assert.Equal("4.5 hours", nottinghamshire.Figures[0].FormatValue());
    }

    [Fact]
    public void Figures_are_non_negative()
        => Assert.All(Frameworks.All.SelectMany(f => f.CaseExamples).SelectMany(e => e.Figures), f => Assert.True(f.Value >= 0));

    [Fact]
    public void Case_examples_for_a_domain_are_those_that_illustrate_it()
    {
        var report = Frameworks.ShiftingTheCentreOfGravity2018;

        Assert.Equal(
            ["north-east-lincolnshire-single-point-of-access", "north-east-lincolnshire-single-database", "leeds-person-held-record", "nottinghamshire-it-developments", "plymouth-shared-service-provider"],
            report.CaseExamplesFor("INF").Select(e => e.Id));
        Assert.Empty(report.CaseExamplesFor("IND"));
        Assert.Null(report.FindCaseExample("nowhere"));
    }

    [Fact]
    public void A_case_example_reads_as_its_title_and_source()
        => Assert.Equal(
            "Social prescribing in Rotherham (Shifting the centre of gravity (2018), 4 Key themes identified in the review › Shared outcomes › Preventing poor health and tackling health inequalities – what ‘good’ looks like, p. 19)",
            Frameworks.ShiftingTheCentreOfGravity2018.FindCaseExample("rotherham-social-prescribing")!.ToString());

    [Fact]
    public void The_six_review_localities_all_have_case_examples()
    {
        var places = Frameworks.ShiftingTheCentreOfGravity2018.CaseExamples.SelectMany(e => e.Places).ToHashSet();

        Assert.Superset(new HashSet<string>(["Croydon", "Dorset", "North East Lincolnshire", "Nottinghamshire", "Plymouth", "Rotherham"]), places);
    }
}
