using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class RollupCommandTests
{
    private static readonly string[] Place = ["--footprint-code", "E09000008", "--footprint-name", "Croydon", "--level", "place"];

    [Fact]
    public void Json_is_the_roll_up_of_the_childrens_cards()
    {
        using var folder = new Folder();
        var children = new[] { Folder.Neighbourhood("U1", Progress.Planned, 30_000), Folder.Neighbourhood("U2", Progress.Embedded, 90_000) };
        var paths = children.Select(c => folder.Write($"{c.Footprint.Code}.json", c)).ToArray();

        var run = Run.Ifw(["rollup", .. paths, .. Place, "--format", "json"]).Succeeded();

        var card = ScoreCardJson.Read(Encoding.UTF8.GetBytes(run.Output)).Value!;
        var expected = Rollup.Combine(new Footprint("E09000008", "Croydon", Level.Place), [.. children.Select(c => Scorer.Score(c))]).Card;
        Assert.Equal(expected, card);
        Assert.Equal(120_000, card.Footprint.Population);
    }

    [Fact]
    public void Text_html_markdown_and_csv_render_from_cards_and_assessments_alike()
    {
        using var folder = new Folder();
        var u1 = folder.Write("U1-card.json", ScoreCardJson.Serialize(Scorer.Score(Folder.Neighbourhood("U1", Progress.Planned))));
        var u2 = folder.Write("U2.csv", Folder.Neighbourhood("U2", Progress.InPlace));

        Assert.Contains("Croydon", Run.Ifw(["rollup", u1, u2, .. Place]).Succeeded().Output, StringComparison.Ordinal);
        Assert.Contains("<svg", Run.Ifw(["rollup", u1, u2, .. Place, "-f", "html"]).Succeeded().Output, StringComparison.Ordinal);
        Assert.StartsWith("# ", Run.Ifw(["rollup", u1, u2, .. Place, "-f", "markdown"]).Succeeded().Output, StringComparison.Ordinal);
        Assert.StartsWith(string.Join(',', DomainScoresCsv.Columns), Run.Ifw(["rollup", u1, u2, .. Place, "-f", "csv"]).Succeeded().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_without_a_population_is_refused_naming_it_unless_the_children_are_weighted_equally()
    {
        using var folder = new Folder();
        var u1 = folder.Write("U1.json", Folder.Neighbourhood("U1", Progress.Planned, 30_000));
        var u2 = folder.Write("U2.json", System.Text.RegularExpressions.Regex.Replace(AssessmentJson.Serialize(Folder.Neighbourhood("U2", Progress.Embedded)), "\"population\": 50000,?", string.Empty));

        var run = Run.Ifw(["rollup", u1, u2, .. Place]).Refused();

        Assert.Equal([$"{u2}: $.footprint.population: Croydon PCN U2 (U2) has no population, and the roll-up weights its children by population; give it its population, or weight the children equally. Or add --weighting equal to count every child the same."], run.ErrorLines);
        Assert.Empty(run.Output);

        // Equally: TRA.1 planned (25) and embedded (100) count the same, 62.5, and the header says how they were weighted.
        var equal = Run.Ifw(["rollup", u1, u2, .. Place, "--weighting", "equal"]).Succeeded().Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(equal, l => l.StartsWith("Weighted equally: each domain's score, coverage and target are the mean of the children's, each child counting the same, whatever its population;", StringComparison.Ordinal));
        Assert.Contains(equal, l => l.StartsWith("TRA Transformation                          62.5", StringComparison.Ordinal));
        Assert.Contains("ifw: --weighting must be population or equal; it was 'residents'.", Run.Ifw(["rollup", u1, u2, .. Place, "--weighting", "residents"]).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_that_is_not_narrower_is_refused_against_its_file()
    {
        using var folder = new Folder();
        var neighbourhood = folder.Write("U1.json", Folder.Neighbourhood("U1", Progress.Planned));
        var place = folder.Write("croydon.json", Folder.Croydon());

        var run = Run.Ifw(["rollup", neighbourhood, place, .. Place]).Refused();

        // Croydon sits in the South West London system (QWE), not in itself: both are said, against its file.
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.StartsWith($"{place}: $.footprint.level: Croydon is at place level", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{place}: $.footprint.parentCode: Croydon belongs to QWE", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Children_with_more_people_than_the_wider_footprint_are_rolled_up_with_a_warning()
    {
        using var folder = new Folder();
        var paths = new[] { Folder.Neighbourhood("U1", Progress.Planned, 300_000), Folder.Neighbourhood("U2", Progress.Embedded, 200_000) }
            .Select(c => folder.Write($"{c.Footprint.Code}.json", c)).ToArray();

        var run = Run.Ifw(["rollup", .. paths, .. Place, "--population", "390800", "--format", "json"]).Succeeded();

        Assert.Equal(
            "ifw: $: warning: The children's populations add up to 500,000, more than Croydon's 390,800: check that no child is counted twice or belongs to another footprint, and that the populations are right.",
            Assert.Single(run.ErrorLines));
        Assert.Equal(390_800, ScoreCardJson.Read(Encoding.UTF8.GetBytes(run.Output)).Value!.Footprint.Population);
    }

    [Fact]
    public void Children_within_the_wider_footprints_population_give_no_warning()
    {
        using var folder = new Folder();
        var paths = new[] { Folder.Neighbourhood("U1", Progress.Planned, 190_000), Folder.Neighbourhood("U2", Progress.Embedded, 200_800) }
            .Select(c => folder.Write($"{c.Footprint.Code}.json", c)).ToArray();

        Assert.Empty(Run.Ifw(["rollup", .. paths, .. Place, "--population", "390800"]).Succeeded().ErrorLines);
    }

    [Fact]
    public void The_same_child_twice_is_refused()
    {
        using var folder = new Folder();
        var u1 = folder.Write("U1.json", Folder.Neighbourhood("U1", Progress.Planned));

        var run = Run.Ifw(["rollup", u1, u1, .. Place]).Refused();

        Assert.StartsWith($"{u1}: $.footprint.code: U1 ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_children_get_a_progress_line()
    {
        using var folder = new Folder();
        var paths = Enumerable.Range(1, 30).Select(i => folder.Write($"U{i}.json", Folder.Neighbourhood($"U{i}", (Progress)(i % 5)))).ToArray();

        var run = Run.Ifw(["rollup", .. paths, .. Place, "-o", folder["croydon.json"]]).Succeeded();

        Assert.Equal(["Reading 30 files…", "Read 25 of 30 files.", "Read 30 of 30 files.", $"Wrote {folder["croydon.json"]}."], run.ErrorLines);
    }

    [Fact]
    public void A_child_that_cannot_be_read_stops_the_roll_up()
    {
        using var folder = new Folder();
        var u1 = folder.Write("U1.json", Folder.Neighbourhood("U1", Progress.Planned));

        var run = Run.Ifw(["rollup", u1, folder["U2.json"], .. Place]).Refused();

        Assert.Equal($"{folder["U2.json"]}: no such file.\n", run.Error);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("--population", "-5", "ifw: --population: '-5' is not a population; give a positive whole number of people, such as 386710, or leave it out.")]
    [InlineData("--population", "abc", "ifw: --population: 'abc' is not a population; give a positive whole number of people, such as 386710, or leave it out.")]
    [InlineData("--parent", "", "ifw: --parent must not be blank: leave it out when the footprint has no parent.")]
    [InlineData("--code", "E06000026", "ifw: --footprint-code 'E09000008' and --code 'E06000026' name the same thing differently; give --footprint-code only.")]
    public void Bad_footprint_values_are_refused(string option, string value, string reason)
    {
        var run = Run.Ifw(["rollup", "U1.json", .. Place, option, value]).Refused();

        Assert.Equal([reason], run.ErrorLines);
    }

    [Fact]
    public void The_old_spellings_code_and_name_still_work()
    {
        using var folder = new Folder();
        string[] children = [folder.Write("U1.json", Folder.Neighbourhood("U1", Progress.Planned)), folder.Write("U2.json", Folder.Neighbourhood("U2", Progress.Embedded))];

        var now = Run.Ifw(["rollup", .. children, .. Place, "--format", "json"]).Succeeded();
        var then = Run.Ifw(["rollup", .. children, "--code", "E09000008", "--name", "Croydon", "--level", "place", "--format", "json"]).Succeeded();

        Assert.Equal(now.Output, then.Output);
    }

    [Fact]
    public void The_footprint_options_are_named_as_on_every_command_and_the_old_spellings_are_hidden()
    {
        var help = Run.Ifw("rollup", "--help").Succeeded().Output;

        Assert.Contains("--footprint-code", help, StringComparison.Ordinal);
        Assert.Contains("--footprint-name", help, StringComparison.Ordinal);
        Assert.Contains("--date", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--code ", help, StringComparison.Ordinal);
        Assert.DoesNotContain("--name ", help, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wider_footprint_is_required()
    {
        var run = Run.Ifw("rollup", "U1.json", "--footprint-code", "E09000008").Refused();

        Assert.Equal(
            ["ifw: --footprint-name, --level are required and must not be blank: the footprint's code, name and level (system, place or neighbourhood).", "Run 'ifw rollup --help' for usage."],
            run.ErrorLines);
    }
}
