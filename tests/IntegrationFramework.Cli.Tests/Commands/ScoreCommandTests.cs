using System.Text;
using AngleSharp.Html.Parser;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class ScoreCommandTests
{
    [Fact]
    public void Json_is_the_score_card_of_the_file_under_the_standard_policy()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        var run = Run.Ifw("score", path, "--format", "json").Succeeded();

        var card = ScoreCardJson.Read(Encoding.UTF8.GetBytes(run.Output)).Value;
        Assert.Equal(Scorer.ScoreWithBands(Folder.Croydon()), card);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void A_ratings_csv_scores_the_same_as_its_json()
    {
        using var folder = new Folder();
        var json = folder.Write("croydon.json", Folder.Croydon());
        var csv = folder.Write("croydon.csv", Folder.Croydon());

        Assert.Equal(Run.Ifw("score", json, "-f", "json").Succeeded().Output, Run.Ifw("score", csv, "-f", "json").Succeeded().Output);
    }

    [Theory]
    [InlineData("weakest-link")]
    [InlineData("unrated-as-not-started")]
    public void The_policy_is_applied_and_recorded(string policy)
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        var run = Run.Ifw("score", path, "--policy", policy, "--format", "json").Succeeded();

        var card = ScoreCardJson.Read(Encoding.UTF8.GetBytes(run.Output)).Value!;
        Assert.Equal(policy, card.PolicyId);
        Assert.NotEqual(Scorer.Score(Folder.Croydon()).Overall, card.Overall);
    }

    [Fact]
    public void Text_shows_the_footprint_the_overall_score_and_every_domain()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        var output = Run.Ifw("score", path).Succeeded().Output;

        Assert.Contains("Croydon", output, StringComparison.Ordinal);
        foreach (var domain in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domains)
        {
            Assert.Contains(domain.Code, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_written_with_o_is_a_self_contained_page_with_the_radar_chart()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        var run = Run.Ifw("score", path, "--format", "html", "-o", folder["report.html"]).Succeeded();

        Assert.Empty(run.Output);
        Assert.Equal($"Wrote {folder["report.html"]}.\n", run.Error);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(folder["report.html"]));
        Assert.Contains("Croydon", document.Title, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("svg"));
        Assert.Empty(document.QuerySelectorAll("script[src], link[href], img[src]"));
        Assert.Contains(ScoringPolicy.StandardId, document.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_csv_are_the_reports_of_the_card()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        Assert.StartsWith("# ", Run.Ifw("score", path, "--format", "markdown").Succeeded().Output, StringComparison.Ordinal);
        var csv = Run.Ifw("score", path, "--format", "csv").Succeeded().Output.TrimEnd().Split('\n');
        Assert.Equal(string.Join(',', DomainScoresCsv.Columns), csv[0].TrimEnd('\r'));
        var checklist = Frameworks.ShiftingTheCentreOfGravity2018.Checklist;
        Assert.Equal(1 + 1 + checklist.Themes.Count + checklist.Domains.Count, csv.Length);
        Assert.Contains(",overall,,,false,", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_file_is_refused_with_its_problems_and_no_card()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Serialization.AssessmentJson.Serialize(Folder.Croydon()).Replace("\"TRA.1\"", "\"TRA.0\"", StringComparison.Ordinal));

        var run = Run.Ifw("score", path).Refused();

        Assert.All(run.ErrorLines, line => Assert.StartsWith($"{path}: $.ratings[", line, StringComparison.Ordinal));
        Assert.Equal(3, run.ErrorLines.Count);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_missing_file_is_refused()
    {
        var run = Run.Ifw("score", "no-such-file.json").Refused();

        Assert.Equal("no-such-file.json: no such file.\n", run.Error);
    }

    [Fact]
    public void An_unknown_policy_is_a_usage_error()
    {
        var run = Run.Ifw("score", "croydon.json", "--policy", "generous").Refused();

        Assert.Contains("generous", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'ifw score --help' for usage.", run.ErrorLines[^1]);
    }
}
