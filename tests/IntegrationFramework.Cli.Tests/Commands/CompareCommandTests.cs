using System.Text.Json;
using AngleSharp.Html.Parser;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class CompareCommandTests
{
    private static readonly Assessment Earlier = Folder.Croydon(new LocalDate(2024, 10, 1), Progress.Planned);
    private static readonly Assessment Later = Folder.Croydon(new LocalDate(2025, 10, 1), Progress.Embedded);

    [Fact]
    public void Json_is_the_trend_between_two_assessment_files()
    {
        using var folder = new Folder();
        var earlier = folder.Write("2024.json", Earlier);
        var later = folder.Write("2025.csv", Later);

        var run = Run.Ifw("compare", earlier, later, "--format", "json").Succeeded();

        var expected = ReviewComparison.Of(Scorer.ScoreWithBands(Earlier), Scorer.ScoreWithBands(Later), ChangeBands.Of(Earlier, Later));
        Assert.Equal(ComparisonJson.Serialize(expected) + "\n", run.Output);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void A_score_card_compares_as_its_assessment_does_but_without_bands_and_says_so()
    {
        using var folder = new Folder();
        var earlier = folder.Write("2024-card.json", ScoreCardJson.Serialize(Scorer.Score(Earlier)));
        var later = folder.Write("2025.json", Later);

        var fromCard = Run.Ifw("compare", earlier, later, "--format", "json").Succeeded();
        var lines = Run.Ifw("compare", earlier, later).Succeeded().Output.Split('\n');

        // The changes are the assessments' own; a card carries no ratings to resample, so no change has a band.
        var expected = ReviewComparison.Of(Scorer.Score(Earlier), Scorer.ScoreWithBands(Later));
        Assert.Equal(ComparisonJson.Serialize(expected) + "\n", fromCard.Output);
        Assert.DoesNotContain("\"bands\"", fromCard.Output, StringComparison.Ordinal);
        Assert.Contains("  At least one review was read as a score card, without its ratings: no change has a band, so none can be told apart from partner disagreement.", lines);
        Assert.Contains("    - Overall: +4.2, with no band to tell", lines);
    }

    [Fact]
    public void Two_reviews_14_days_apart_give_no_rate_per_year_and_say_why()
    {
        using var folder = new Folder();
        var later = Folder.Croydon(new LocalDate(2024, 10, 15), Progress.Embedded);

        var lines = Run.Ifw("compare", folder.Write("a.json", Earlier), folder.Write("b.json", later)).Succeeded().Output.Split('\n');

        Assert.StartsWith("Croydon (E09000008, place), 1 October 2024 to 15 October 2024 (14 days)", lines[0], StringComparison.Ordinal);
        Assert.Contains("Reviews 14 days apart: too short to give a rate per year (that needs 6 calendar months or more between them).", lines);
        Assert.Contains("  Overall                                      45.8     50.0     +4.2               —         —            5%", lines);
        Assert.Contains("  TRA Transformation                           25.0     50.0    +25.0               —         —           14%", lines);
        var json = Run.Ifw("compare", folder.Write("a.json", Earlier), folder.Write("b.json", later), "--format", "json").Succeeded().Output;
        using var document = JsonDocument.Parse(json);
        // A comparison file leaves out what cannot be given, as it does a change without both scores.
        var overall = document.RootElement.GetProperty("overall");
        Assert.Equal(4.1666, overall.GetProperty("change").GetDouble(), 3);
        Assert.False(overall.TryGetProperty("perYear", out _));
    }

    [Fact]
    public void Two_reviews_a_year_apart_change_per_year_by_their_change()
    {
        using var folder = new Folder();

        var lines = Run.Ifw("compare", folder.Write("a.json", Earlier), folder.Write("b.json", Later)).Succeeded().Output.Split('\n');

        Assert.StartsWith("Croydon (E09000008, place), 1 October 2024 to 1 October 2025 (1 year)", lines[0], StringComparison.Ordinal);
        Assert.Contains("1.0 years between the reviews, in calendar years. Per year is the average change per year between the two reviews: the change divided by those years.", lines);
        // TRA.1's median goes from planned to under development (the council from planned to embedded): +25, and +25 a year.
        Assert.Contains("  Overall                                      45.8     50.0     +4.2               —      +4.2            5%", lines);
        Assert.Contains("  TRA Transformation                           25.0     50.0    +25.0               —     +25.0           14%", lines);
    }

    [Fact]
    public void A_domain_that_moves_only_because_items_were_rated_in_one_review_says_so_and_never_that_nothing_changed()
    {
        // The earlier review rated COM.1 alone, in place; the later rates it the same and COM.2 to COM.9 planned: COM
        // falls from 75.0 to (75 + 8 × 25) / 9 = 30.6 with no item rated in both reviews changing. At 1 of 9 items
        // rated, the earlier COM had no stage, so its stage did not "fall" from maturing: it has one now.
        var earlier = Review(new LocalDate(2024, 10, 1), rateTheRest: false);
        var later = Review(new LocalDate(2025, 10, 1), rateTheRest: true);
        using var folder = new Folder();

        var lines = Run.Ifw("compare", folder.Write("a.json", earlier), folder.Write("b.json", later)).Succeeded().Output.Split('\n');

        Assert.Contains("  COM Integrated commissioning and best u…     75.0     30.6    -44.4               —     -44.4    11% → 100%", lines);
        Assert.Contains("    - COM Integrated commissioning and best use of resources: no stage → developing: the earlier review rated too little for a stage", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("    - Overall", StringComparison.Ordinal) && l.Contains('→', StringComparison.Ordinal));
        Assert.Contains("  No item rated in both reviews changed; COM moved because COM.2–COM.9 were unrated in the earlier review.", lines);
        Assert.Contains("    - COM: COM.2–COM.9 were unrated in the earlier review.", lines);
        Assert.DoesNotContain(lines, l => l.Contains("No item's points changed", StringComparison.Ordinal));
        var csv = Run.Ifw("compare", folder.Write("a.json", earlier), folder.Write("b.json", later), "--format", "csv").Succeeded().Output;
        Assert.Contains(",item,COM.2,,25,,,,,unrated,rated", csv, StringComparison.Ordinal);
    }

    private static Assessment Review(LocalDate on, bool rateTheRest)
    {
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), on)
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .Rate("COM.1", "council", Progress.InPlace);
        foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("COM").Items.Skip(1))
        {
            builder = rateTheRest ? builder.Rate(item.Id, "council", Progress.Planned) : builder;
        }

        return builder.Build();
    }

    [Fact]
    public void Html_shows_both_reviews_on_the_chart()
    {
        using var folder = new Folder();

        var run = Run.Ifw("compare", folder.Write("a.json", Earlier), folder.Write("b.json", Later), "--format", "html").Succeeded();

        var document = new HtmlParser().ParseDocument(run.Output);
        Assert.NotNull(document.QuerySelector("svg [data-series='earlier']"));
        Assert.NotNull(document.QuerySelector("svg [data-series='later']"));
    }

    [Fact]
    public void Csv_and_markdown_render()
    {
        using var folder = new Folder();
        var (a, b) = (folder.Write("a.json", Earlier), folder.Write("b.json", Later));

        Assert.Equal(string.Join(',', ComparisonCsv.Columns), Run.Ifw("compare", a, b, "-f", "csv").Succeeded().Output.Split('\n')[0].TrimEnd('\r'));
        Assert.StartsWith("# ", Run.Ifw("compare", a, b, "-f", "markdown").Succeeded().Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_given_in_the_wrong_order_are_refused_against_the_later_file()
    {
        using var folder = new Folder();
        var (a, b) = (folder.Write("a.json", Earlier), folder.Write("b.json", Later));

        var run = Run.Ifw("compare", b, a).Refused();

        Assert.Equal(
            $"{a}: $.assessedOn: The later card is dated 2024-10-01, before the earlier card (2025-10-01); give the earlier review first.",
            Assert.Single(run.ErrorLines));
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Reviews_of_different_footprints_are_refused()
    {
        using var folder = new Folder();
        var dorset = new Assessment(Later.Framework, new Footprint("E06000059", "Dorset", Level.Place), Later.AssessedOn, Later.Assessors, Later.Ratings);

        var run = Run.Ifw("compare", folder.Write("a.json", Earlier), folder.Write("dorset.json", dorset)).Refused();

        Assert.StartsWith($"{folder["dorset.json"]}: $.footprint.code: The cards are for different footprints", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_scored_under_another_policy_is_refused_with_the_way_out()
    {
        using var folder = new Folder();
        var card = folder.Write("card.json", ScoreCardJson.Serialize(Scorer.Score(Earlier, new ScoringPolicyBuilder("weakest-link").Aggregate(Aggregation.WeakestLink).Build())));

        var run = Run.Ifw("compare", card, folder.Write("b.json", Later)).Refused();

        Assert.Equal(
            $"{card}: $.policy: The card was scored under 'weakest-link', not 'standard'; score the assessment again under 'standard', or read the card under 'weakest-link'. Choose the policy with --policy.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Both_files_are_checked_before_refusing()
    {
        using var folder = new Folder();

        var run = Run.Ifw("compare", folder["a.json"], folder["b.json"]).Refused();

        Assert.Equal([$"{folder["a.json"]}: no such file.", $"{folder["b.json"]}: no such file."], run.ErrorLines);
    }

    [Fact]
    public void One_file_is_a_usage_error()
    {
        var run = Run.Ifw("compare", "a.json").Refused();

        Assert.Equal("Run 'ifw compare --help' for usage.", run.ErrorLines[^1]);
    }
}
