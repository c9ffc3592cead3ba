using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using NJsonSchema;
using NodaTime;

namespace IntegrationFramework.Samples.Tests;

/// <summary>samples/data: what the issue and the README promise of the sample assessments.</summary>
public sealed class SampleDataTests
{
    private static readonly string[] Localities = ["Croydon", "Dorset", "North East Lincolnshire", "Nottinghamshire", "Plymouth", "Rotherham"];

    private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(Repository.Path("schemas", "assessment.schema.json")).GetAwaiter().GetResult();

    private static readonly IReadOnlyList<(string Path, Assessment Assessment)> Files = [.. Repository
        .SampleJson(Repository.Path("samples", "data"))
        .Select(path => (path, Read(path)))];

    public static TheoryData<string> FileNames => [.. Files.Select(f => System.IO.Path.GetRelativePath(Repository.Root, f.Path))];

    private static Assessment Read(string path)
    {
        var read = AssessmentJson.Read(File.ReadAllBytes(path));
        Assert.True(read.Problems.IsEmpty, $"{path}: {string.Join("; ", read.Problems)}");
        return read.Value!;
    }

    private static IEnumerable<Assessment> Places => Files.Select(f => f.Assessment).Where(a => a.Footprint.Level == Level.Place);

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Each_file_is_valid_against_the_reader_and_the_schema_and_says_it_is_illustrative(string name)
    {
        var path = Repository.Path(name);
        var (_, assessment) = Files.Single(f => f.Path == path);

        Assert.Empty(Schema.Validate(File.ReadAllText(path)));
        Assert.Empty(assessment.Validate(NodaTime.SystemClock.Instance));
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Id, assessment.Framework.Id);
        Assert.InRange(assessment.Assessors.Count, 3, 5);
        Assert.All(
            assessment.Ratings.Where(r => r.Evidence is not null),
            r => Assert.StartsWith("Illustrative rating, not a published result.", r.Evidence, StringComparison.Ordinal));
        Assert.Contains(assessment.Ratings, r => r.Evidence is not null);
    }

    [Fact]
    public void The_six_review_localities_are_assessed_at_place_level()
    {
        Assert.Equal(Localities, Places.Select(a => a.Footprint.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.All(Places, a => Assert.NotNull(a.Footprint.Population));
    }

    [Theory]
    [InlineData("Plymouth")]
    [InlineData("Rotherham")]
    public void Two_places_are_assessed_again_a_year_later(string place)
    {
        var reviews = Places.Where(a => a.Footprint.Name == place).OrderBy(a => a.AssessedOn).Select(a => Scorer.Score(a)).ToList();

        Assert.Equal(2, reviews.Count);
        Assert.Empty(ReviewComparison.Validate(reviews[0], reviews[1]));
        Assert.Equal(Period.FromYears(1), ReviewComparison.Of(reviews[0], reviews[1]).Period);
    }

    [Fact]
    public void The_neighbourhoods_roll_up_to_croydon_and_add_up_to_its_population()
    {
        var croydon = Places.Single(a => a.Footprint.Name == "Croydon").Footprint;
        var neighbourhoods = Files.Select(f => f.Assessment).Where(a => a.Footprint.Level == Level.Neighbourhood).ToList();

        Assert.Equal(4, neighbourhoods.Count);
        Assert.All(neighbourhoods, n => Assert.Equal(croydon.Code, n.Footprint.ParentCode));
        Assert.All(neighbourhoods, n => Assert.Contains("(illustrative)", n.Footprint.Name, StringComparison.Ordinal));
        var cards = neighbourhoods.Select(n => Scorer.Score(n)).ToList();
        Assert.Empty(Rollup.Validate(croydon, cards));
        Assert.Equal(croydon.Population, Rollup.Combine(croydon with { Population = null }, cards).Card.Footprint.Population);
    }

    [Fact]
    public void The_ratings_disagree_somewhere_leave_some_items_unrated_and_set_targets()
    {
        var cards = Files.Select(f => Scorer.Score(f.Assessment)).ToList();

        Assert.All(cards, c => Assert.Contains(c.Items, i => i.Agreement == Agreement.Split));
        Assert.Contains(Files, f => f.Assessment.Ratings.Any(r => r.Progress == Progress.NotApplicable));
        Assert.All(Files, f => Assert.Contains(f.Assessment.Ratings, r => r.Target is not null));
        Assert.Contains(cards, c => c.Domains.Any(d => d.Coverage is < 1 and > 0) || c.Items.Any(i => i.Ratings < c.Items.Max(x => x.Ratings)));
    }
}
