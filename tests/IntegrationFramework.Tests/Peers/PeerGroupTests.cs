using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Geography;
using IntegrationFramework.Peers;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Peers;

public sealed class PeerGroupTests
{
    /// <summary>A card of footprint <paramref name="code"/> whose every item is rated <paramref name="progress"/> by one partner.</summary>
    internal static ScoreCard Card(string code, Progress progress, int population = 300_000, Level level = Level.Place, int year = 2025, Framework? framework = null, ScoringPolicy? policy = null)
    {
        framework ??= Frameworks.LgaPositionPaper;
        var builder = AssessmentBuilder.For(framework, new Footprint(code, $"Place {code}", level, population), new LocalDate(year, 10, 1)).WithAssessor("council", "Council", IntegrationFramework.Partners.PartnerKind.Council);
        foreach (var item in framework.Checklist.Items)
        {
            builder = builder.Rate(item.Id, "council", progress);
        }

        return Scorer.Score(builder.Build(), policy ?? ScoringPolicy.Standard);
    }

    [Fact]
    public void The_percentile_counts_peers_below_and_half_those_level()
    {
        var own = Card("E1", Progress.UnderDevelopment);
        Progress[] others = [Progress.NotStarted, Progress.Planned, Progress.UnderDevelopment, Progress.InPlace, Progress.Embedded, Progress.Embedded];

        var group = PeerGroup.Of(own, others.Select((p, i) => Card($"P{i}", p)));

        // Below: 2; level: 1; of 6: (2 + 0.5) / 6 × 100.
        var domain = group.For("IND")!;
        Assert.Equal(6, domain.Peers);
        Assert.Equal(2.5 / 6 * 100, domain.Percentile!.Value, 10);
        Assert.Equal(6, group.Peers.Count);
    }

    [Fact]
    public void Fewer_than_five_peers_give_the_count_and_no_percentile()
    {
        var group = PeerGroup.Of(Card("E1", Progress.Planned), [Card("P1", Progress.Embedded), Card("P2", Progress.NotStarted), Card("P3", Progress.InPlace), Card("P4", Progress.Planned)]);

        Assert.All(group.Domains, d =>
        {
            Assert.Equal(4, d.Peers);
            Assert.Null(d.Percentile);
            Assert.True(d.TooFewPeers);
        });
    }

    [Fact]
    public void Peers_are_the_latest_card_of_each_other_footprint_of_the_same_framework_policy_and_level()
    {
        var own = Card("E1", Progress.Planned);
        ScoreCard[] candidates =
        [
            own,
            Card("E1", Progress.Embedded, year: 2024),
            Card("P1", Progress.NotStarted, year: 2024),
            Card("P1", Progress.Embedded, year: 2026),
            Card("P2", Progress.Embedded, level: Level.System),
            Card("P3", Progress.Embedded, framework: Frameworks.ShiftingTheCentreOfGravity2018),
            Card("P4", Progress.Embedded, policy: ScoringPolicy.WeakestLink),
            Card("P5", Progress.InPlace),
        ];

        var group = PeerGroup.Of(own, candidates);

        Assert.Equal(["P1", "P5"], group.Peers.Select(p => p.Footprint.Code));
        Assert.Equal(2026, group.Peers[0].AssessedOn.Year);
    }

    [Fact]
    public void The_population_band_keeps_peers_within_a_factor_of_two()
    {
        var own = Card("E1", Progress.Planned, population: 200_000);
        ScoreCard[] candidates = [Card("P1", Progress.Planned, population: 100_000), Card("P2", Progress.Planned, population: 99_999), Card("P3", Progress.Planned, population: 400_000), Card("P4", Progress.Planned, population: 400_001)];

        Assert.Equal(["P1", "P3"], PeerGroup.Of(own, candidates, populationBand: true).Peers.Select(p => p.Footprint.Code));
        Assert.Equal(4, PeerGroup.Of(own, candidates).Peers.Count);
        Assert.Contains("within a factor of two of the population", PeerGroup.Of(own, candidates, populationBand: true).Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_peer_group_writes_as_json_with_null_for_no_percentile()
    {
        var group = PeerGroup.Of(Card("E1", Progress.Planned), [Card("P1", Progress.Embedded)]);

        using var json = System.Text.Json.JsonDocument.Parse(IntegrationFramework.Serialization.PeersJson.Serialize(group));

        Assert.Equal("E1", json.RootElement.GetProperty("footprint").GetString());
        Assert.Equal(["P1"], json.RootElement.GetProperty("peers").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        var domain = json.RootElement.GetProperty("domains")[0];
        Assert.Equal(1, domain.GetProperty("peers").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, domain.GetProperty("percentile").ValueKind);
        Assert.Equal(Frameworks.LgaPositionPaper.Checklist.Domains.Count, json.RootElement.GetProperty("domains").GetArrayLength());
    }

    [Fact]
    public void A_table_of_domain_scores_reads_back_as_the_same_peers()
    {
        ScoreCard[] cards = [Card("P1", Progress.Planned), Card("P2", Progress.InPlace, population: 123_456), Card("P3", Progress.Embedded, year: 2026)];
        using var table = new StringWriter();
        IntegrationFramework.Serialization.DomainScoresCsv.Write(cards, table);

        var read = IntegrationFramework.Intake.FileIntake.Default.ReadPeers(new IntegrationFramework.Intake.InputFile("peers.csv", System.Text.Encoding.UTF8.GetBytes(table.ToString())), ScoringPolicy.Standard);

        Assert.Empty(read.Problems);
        Assert.Equal(cards.Select(PeerCard.Of), read.Value!);
        var own = Card("E1", Progress.UnderDevelopment);
        Assert.Equal(PeerGroup.Of(own, cards).Domains, PeerGroup.Of(own, read.Value!).Domains);
    }

    [Fact]
    public void A_bad_row_of_a_table_of_domain_scores_is_a_problem_at_its_line()
    {
        using var table = new StringWriter();
        IntegrationFramework.Serialization.DomainScoresCsv.Write([Card("P1", Progress.Planned)], table);
        var text = table.ToString().Replace(",place,", ",town,", StringComparison.Ordinal);

        var read = IntegrationFramework.Intake.FileIntake.Default.ReadPeers(new IntegrationFramework.Intake.InputFile("peers.csv", System.Text.Encoding.UTF8.GetBytes(text)), ScoringPolicy.Standard);

        // Lines 2 and 3 are the overall and theme rows, which peers do not read: the first domain row is line 4.
        Assert.Null(read.Value);
        Assert.Equal(new IntegrationFramework.Problems.Problem(IntegrationFramework.Problems.ProblemCodes.UnknownValue, IntegrationFramework.Problems.ProblemLocation.InTable(4, "footprint_level").InFile("peers.csv"), "'town' is not a level; use one of system, place, neighbourhood."), read.Problems[0]);
    }

    [Property(MaxTest = 200)]
    public Property Percentiles_lie_between_0_and_100_and_rise_when_a_peer_scores_lower(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var cards = Enumerable.Range(0, random.Next(5, 12)).Select(i => Relabel(Scorer.Score(AssessmentGenerators.Build(random, Frameworks.LgaPositionPaper, 2, 60, 10, false, false)), $"P{i}")).ToList();
        var own = Relabel(Scorer.Score(AssessmentGenerators.Build(random, Frameworks.LgaPositionPaper, 2, 60, 10, false, false)), "OWN");
        var lowest = Relabel(Card("LOW", Progress.NotStarted), "LOW");

        var before = PeerGroup.Of(own, cards);
        var after = PeerGroup.Of(own, [.. cards, lowest]);

        return before.Domains.Zip(after.Domains).All(pair =>
            pair.First.Percentile is null == (pair.First.Score is null || pair.First.Peers < PeerGroup.MinimumPeers)
            && pair.First.Percentile is not (< 0 or > 100)
            && (pair.First.Percentile is null || pair.Second.Percentile is null || pair.Second.Percentile >= pair.First.Percentile || pair.First.Score == 0))
            .Label($"seed {seed.Get}");
    }

    /// <summary>The card of another footprint: the same scores, a new code.</summary>
    private static ScoreCard Relabel(ScoreCard card, string code)
    {
        var json = IntegrationFramework.Serialization.ScoreCardJson.Serialize(card).Replace($"\"code\": \"{card.Footprint.Code}\"", $"\"code\": \"{code}\"", StringComparison.Ordinal);
        return IntegrationFramework.Serialization.ScoreCardJson.Parse(json).Value!;
    }
}
