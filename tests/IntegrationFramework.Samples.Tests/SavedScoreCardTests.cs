using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Samples.Tests;

/// <summary>
/// Every score of every sample assessment, under each named policy, and the sample roll-up and comparisons, as saved
/// before the library was last restructured (tests/IntegrationFramework.Samples.Tests/saved-score-cards). A change that
/// moves a number, even in its last bit, fails here. A change that alters a rule on purpose regenerates the files
/// (set IFW_REGENERATE_SAVED_CARDS=1 and run these tests once) and lists every difference in its commit.
/// </summary>
public sealed class SavedScoreCardTests
{
    private static readonly string Saved = Repository.Path("tests", "IntegrationFramework.Samples.Tests", "saved-score-cards");

    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("IFW_REGENERATE_SAVED_CARDS") == "1";

    private static readonly string[] PolicyIds = ["standard", "unrated-as-not-started", "weakest-link"];

    public static TheoryData<string, string> Cards
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var file in SampleFiles())
            {
                foreach (var policy in PolicyIds)
                {
                    data.Add(Path.GetRelativePath(Repository.Root, file), policy);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Each_sample_scores_as_it_did(string file, string policyId)
    {
        var card = Scorer.Score(Read(Repository.Path(file)), Policy(policyId));

        Same(Path.Combine(policyId, Path.GetFileNameWithoutExtension(file) + ".card.json"), ScoreCardJson.Serialize(card));
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("weakest-link")]
    public void The_neighbourhoods_of_croydon_roll_up_as_they_did(string policyId)
    {
        var policy = Policy(policyId);
        var cards = Directory.EnumerateFiles(Repository.Path("samples", "data", "croydon-neighbourhoods"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Scorer.Score(Read(path), policy));
        var rollup = Rollup.Combine(new Footprint("E09000008", "Croydon", Level.Place), cards);

        Same(Path.Combine(policyId, "croydon-rollup.card.json"), ScoreCardJson.Serialize(rollup.Card));
    }

    [Theory]
    [InlineData("plymouth")]
    [InlineData("rotherham")]
    public void The_second_reviews_compare_as_they_did(string place)
    {
        var (before, after) = (Read(Repository.Path("samples", "data", $"{place}-2025.json")), Read(Repository.Path("samples", "data", $"{place}-2026.json")));
        var (earlier, later) = (Scorer.Score(before), Scorer.Score(after));

        Same(Path.Combine("standard", $"{place}-trend.json"), ComparisonJson.Serialize(ReviewComparison.Of(earlier, later, ChangeBands.Of(before, after))));
    }

    private static IEnumerable<string> SampleFiles()
        => Repository.SampleJson(Repository.Path("samples", "data"));

    private static ScoringPolicy Policy(string id) => id switch
    {
        "standard" => ScoringPolicy.Standard,
        "unrated-as-not-started" => new ScoringPolicyBuilder(id).TreatUnratedAs(UnratedItems.NotStarted).Build(),
        _ => new ScoringPolicyBuilder(id).Aggregate(Aggregation.WeakestLink).Build(),
    };

    private static Assessment Read(string path)
    {
        var read = AssessmentJson.Read(File.ReadAllBytes(path));
        Assert.True(read.Value is not null, $"{path}: {string.Join("; ", read.Problems)}");
        return read.Value!;
    }

    private static void Same(string name, string actual)
    {
        var path = Path.Combine(Saved, name);
        if (Regenerate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; set IFW_REGENERATE_SAVED_CARDS=1 to write it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
