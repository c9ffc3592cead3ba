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
    public void From_ten_peers_the_percentile_counts_peers_below_and_half_those_level()
    {
        var own = Card("E1", Progress.UnderDevelopment);
        Progress[] others = [Progress.NotStarted, Progress.Planned, Progress.Planned, Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.InPlace, Progress.InPlace, Progress.Embedded, Progress.Embedded, Progress.Embedded, Progress.Embedded, Progress.Embedded];

        var group = PeerGroup.Of(own, others.Select((p, i) => Card($"P{i}", p)));

        // Twelve peers: below 3, level 2, above 7; (3 + 1) / 12 × 100.
        var domain = group.For("IND")!;
        Assert.Equal((12, 3, 2, 7), (domain.Peers, domain.Below, domain.Level, domain.Above));
        Assert.Equal(4.0 / 12 * 100, domain.Percentile!.Value, 10);
        Assert.Equal("33rd percentile of 12 peers", domain.Describe());
    }

    [Fact]
    public void Below_ten_peers_a_domain_gets_its_rank_not_a_percentile()
    {
        var own = Card("E1", Progress.InPlace);
        Progress[] others = [Progress.NotStarted, Progress.Planned, Progress.UnderDevelopment, Progress.InPlace, Progress.Embedded];

        var domain = PeerGroup.Of(own, others.Select((p, i) => Card($"P{i}", p))).For("IND")!;

        Assert.Null(domain.Percentile);
        Assert.True(domain.RankOnly);
        Assert.Equal((5, 3, 1, 1), (domain.Peers, domain.Below, domain.Level, domain.Above));
        Assert.Equal("above 3 of 5 peers, level with 1", domain.Describe());
        Assert.Equal("above none of 1 peer", PeerGroup.Of(Card("E1", Progress.Planned), [Card("P1", Progress.Embedded)]).For("IND")!.Describe());
    }

    [Fact]
    public void Scores_within_a_billionth_of_a_point_are_level()
    {
        var own = Card("E1", Progress.InPlace);
        var close = Scores(Card("P1", Progress.InPlace), 75 + 5e-10);
        var apart = Scores(Card("P2", Progress.InPlace), 75 + 2e-9);

        var domain = PeerGroup.Of(own, [close, apart]).For("IND")!;

        Assert.Equal((0, 1, 1), (domain.Below, domain.Level, domain.Above));

        static PeerCard Scores(ScoreCard card, double score)
            => PeerCard.Of(card) with { Domains = [.. card.Domains.Select(d => new PeerDomainScore(d.Code, score))] };
    }

    [Theory]
    [InlineData(2024, 4, 1, true)]     // exactly 18 months before 1 October 2025
    [InlineData(2024, 3, 31, false)]
    [InlineData(2027, 4, 1, true)]     // and after
    [InlineData(2027, 4, 2, false)]
    public void Only_peers_assessed_within_18_months_count_unless_the_caller_says(int year, int month, int day, bool counts)
    {
        var own = Card("E1", Progress.InPlace);
        var peer = PeerCard.Of(Card("P1", Progress.Planned)) with { AssessedOn = new LocalDate(year, month, day) };

        Assert.Equal(counts ? 1 : 0, PeerGroup.Of(own, [peer]).Peers.Count);
        Assert.Single(PeerGroup.Of(own, [peer], withinMonths: 30).Peers);
        Assert.Contains($"assessed within 18 months of 2025-10-01", PeerGroup.Of(own, [peer]).Describe(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerGroup.Of(own, [peer], withinMonths: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeerGroup.Of(own, [peer], withinMonths: PeerGroup.MostWithinMonths + 1));
    }

    [Fact]
    public void Months_are_counted_from_the_earlier_card_at_a_month_end()
    {
        // From 28 February 2025, 18 months reach 28 August 2026: 31 August is beyond, either way round.
        Assert.False(PeerGroup.Within(new LocalDate(2026, 8, 31), new LocalDate(2025, 2, 28), 18));
        Assert.False(PeerGroup.Within(new LocalDate(2025, 2, 28), new LocalDate(2026, 8, 31), 18));
        Assert.True(PeerGroup.Within(new LocalDate(2025, 3, 1), new LocalDate(2026, 8, 31), 18));
    }

    [Property(MaxTest = 300)]
    public bool Two_cards_are_within_the_months_of_each_other_whichever_is_the_footprints(ushort first, ushort second, byte months)
    {
        // Counted from the earlier date: 31 August less 18 months is 28 February, but 28 February plus 18 months is 28 August.
        var (one, other) = (new LocalDate(2020, 1, 31).PlusDays(first % 2000), new LocalDate(2020, 1, 31).PlusDays(second % 2000));
        return PeerGroup.Within(one, other, months % 40) == PeerGroup.Within(other, one, months % 40);
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
    public Property Percentiles_lie_between_0_and_100_and_rise_when_a_peer_scores_lower_and_ranks_count_every_peer(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var cards = Enumerable.Range(0, random.Next(5, 16)).Select(i => Relabel(Scorer.Score(AssessmentGenerators.Build(random, Frameworks.LgaPositionPaper, 2, 60, 10, false, false)), $"P{i}")).ToList();
        var own = Relabel(Scorer.Score(AssessmentGenerators.Build(random, Frameworks.LgaPositionPaper, 2, 60, 10, false, false)), "OWN");
        var lowest = Relabel(Card("LOW", Progress.NotStarted), "LOW");

        var before = PeerGroup.Of(own, cards);
        var after = PeerGroup.Of(own, [.. cards, lowest]);

        return before.Domains.Zip(after.Domains).All(pair =>
            pair.First.Percentile is null == (pair.First.Score is null || pair.First.Peers < PeerGroup.PercentileFrom)
            && (pair.First.Score is null || pair.First.Below + pair.First.Level + pair.First.Above == pair.First.Peers)
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
