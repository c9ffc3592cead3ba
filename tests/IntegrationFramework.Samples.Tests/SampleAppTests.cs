using AngleSharp.Html.Parser;

namespace IntegrationFramework.Samples.Tests;

/// <summary>
/// The QuickStart app, the researcher scripts, the sample data generator and the README's <c>ifw</c> command, each run
/// as a person would run it. One class, so they run one after another: they build the same projects.
/// </summary>
public sealed class SampleAppTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ifw-samples-").FullName;

    public static TheoryData<string> Scripts => [.. Directory
        .EnumerateFiles(Repository.Path("samples", "scripts"), "*.cs")
        .Select(path => System.IO.Path.GetFileName(path))
        .Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public async Task The_quick_start_scores_an_assessment_and_prints_the_card()
    {
        var (exit, output, error) = await Repository.Dotnet(Repository.Root, "run", "--project", "samples/QuickStart", "-c", Repository.Configuration);

        Assert.True(exit == 0, error + output);
        Assert.StartsWith("Plymouth (illustrative) (E06000026, place), population 264,700, assessed 10 November 2025", output, StringComparison.Ordinal);
        Assert.Contains("The partners are split (three levels or more apart) on 1 item and partly agree (two apart) on 0 items", output, StringComparison.Ordinal);
        Assert.Contains("PCC.4: consensus inPlace, partners Split, 3 ratings.", output, StringComparison.Ordinal);
        Assert.Contains("(no stage: too little of the checklist is rated), 7% of the checklist rated.", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Each_script_runs_from_any_folder(string script)
    {
        var (exit, output, error) = await Repository.Dotnet(scratch, "run", Repository.Path("samples", "scripts", script));

        Assert.True(exit == 0, error + output);
        Assert.NotEmpty(output);
        Assert.DoesNotContain("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_places_writes_a_row_for_the_overall_score_each_theme_and_each_domain_of_each_place()
    {
        var (exit, output, error) = await Repository.Dotnet(scratch, "run", Repository.Path("samples", "scripts", "compare-places.cs"));

        Assert.True(exit == 0, error + output);
        var rows = File.ReadAllLines(System.IO.Path.Combine(scratch, "places.csv"));
        Assert.Equal(1 + (6 * (1 + 3 + 10)), rows.Length);
        Assert.Equal(6 * 10, rows.Skip(1).Count(r => r.Contains(",domain,", StringComparison.Ordinal)));
        Assert.Equal(string.Join(',', Serialization.DomainScoresCsv.Columns), rows[0]);
        Assert.EndsWith("Wrote the overall, 3 theme and 10 domain scores of 6 places to places.csv.\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bands_prints_each_domains_score_with_its_band_and_writes_them_as_csv()
    {
        var (exit, output, error) = await Repository.Dotnet(scratch, "run", Repository.Path("samples", "scripts", "bands.cs"));

        Assert.True(exit == 0, error + output);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Croydon, 6 October 2025: 5 partners; bands over every way of drawing them with replacement (126 multisets, exact)", lines);
        Assert.Contains("  GOV      65.0  40.0–85.0    developing to thriving       0.22  -0.421 to 0.869  not enough to tell yet", lines);
        Assert.Contains("North East Lincolnshire, 20 October 2025: 3 partners rated: too few to tell how much a score depends on who rated, so no band", lines);
        Assert.Contains("  LEA      66.7  —            maturing                     0.22  -0.231 to 0.666  read differently", lines);
        var rows = File.ReadAllLines(System.IO.Path.Combine(scratch, "bands.csv"));
        Assert.Equal(1 + (8 * (1 + 3 + 10)), rows.Length);
        Assert.Equal(string.Join(',', Serialization.DomainScoresCsv.Columns), rows[0]);
        Assert.EndsWith("Wrote the scores and bands of 8 assessments to bands.csv.\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_generator_writes_exactly_the_committed_sample_data()
    {
        var (exit, output, error) = await Repository.Dotnet(scratch, "run", Repository.Path("samples", "data", "make-sample-data.cs"), "--", scratch);

        Assert.True(exit == 0, error + output);
        var data = Repository.Path("samples", "data");
        var committed = Repository.SampleJson(data).Select(f => System.IO.Path.GetRelativePath(data, f)).ToList();
        var written = Repository.SampleJson(scratch).Select(f => System.IO.Path.GetRelativePath(scratch, f)).ToList();
        Assert.Equal(committed, written);
        Assert.All(committed, name => Assert.True(
            File.ReadAllBytes(System.IO.Path.Combine(data, name)).AsSpan().SequenceEqual(File.ReadAllBytes(System.IO.Path.Combine(scratch, name))),
            $"samples/data/{name} is not what make-sample-data.cs writes; run it again and commit the result."));
    }

    [Fact]
    public async Task The_readme_command_writes_an_html_report_with_the_radar_chart()
    {
        var report = System.IO.Path.Combine(scratch, "report.html");

        var (exit, output, error) = await Repository.Dotnet(
            Repository.Root, "run", "--project", "src/IntegrationFramework.Cli", "-c", Repository.Configuration, "--", "score", "samples/data/croydon-2025.json", "--format", "html", "-o", report);

        Assert.True(exit == 0, error + output);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(report));
        Assert.Contains("Croydon", document.Title, StringComparison.Ordinal);
        var chart = document.QuerySelector("svg")!;
        Assert.Equal(10, chart.QuerySelectorAll("text[data-axis]").Length);
        Assert.NotNull(chart.QuerySelector("[data-series='score']"));
        Assert.NotNull(chart.QuerySelector("[data-series='target']"));
    }
}
