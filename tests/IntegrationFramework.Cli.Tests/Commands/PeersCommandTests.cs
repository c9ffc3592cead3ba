using IntegrationFramework.Assessments;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary><c>ifw peers</c>, <c>ifw twins</c> and <c>ifw score --peers</c> on the illustrative sample data.</summary>
public sealed class PeersCommandTests
{
    private static readonly string Data = Path.Combine(FindRoot(), "samples", "data");
    private static readonly string Croydon = Path.Combine(Data, "croydon-2025.json");

    [Fact]
    public void Peers_gives_each_domains_percentile_and_the_number_of_peers()
    {
        var run = Run.Ifw("peers", Croydon, "--peers", Data).Succeeded();

        // Five peers: a rank, never a percentile that one item would move by 20 points; each peer with its date.
        Assert.Contains("Peers: 5 footprints of the same framework, policy and level, assessed within 18 months of 2025-10-06, the latest card of each (North East Lincolnshire, 2025-10-20; Plymouth, 2026-11-10; Dorset, 2025-10-13; Rotherham, 2026-11-17; Nottinghamshire, 2025-11-03).", run.Output, StringComparison.Ordinal);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("  WFD        Workforce                                            26.8      5  above none of 5 peers", lines);
        Assert.Contains("  COM        Integrated commissioning and best use of resources   77.8      5  above 4 of 5 peers, level with 1", lines);
        Assert.DoesNotContain("percentile of", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_peers_give_a_percentile_and_peers_assessed_more_than_18_months_away_do_not_count()
    {
        // Twelve peers a month apart from October 2025, TRA.1 from not started to embedded in turn; a thirteenth, assessed
        // two years before, is no peer unless --within-months reaches it.
        using var folder = new Folder();
        var own = folder.Write("own.json", Footprint("E09000100", new LocalDate(2025, 10, 1), Progress.UnderDevelopment));
        var peers = Directory.CreateDirectory(folder["peers"]).FullName;
        for (var i = 0; i < 12; i++)
        {
            File.WriteAllText(Path.Combine(peers, $"p{i}.json"), IntegrationFramework.Serialization.AssessmentJson.Serialize(Footprint($"E0900020{i:00}", new LocalDate(2025, 10, 1).PlusMonths(i), (Progress)(i % 5))));
        }

        File.WriteAllText(Path.Combine(peers, "old.json"), IntegrationFramework.Serialization.AssessmentJson.Serialize(Footprint("E09000300", new LocalDate(2023, 10, 1), Progress.NotStarted)));

        var lines = Run.Ifw("peers", own, "--peers", peers).Succeeded().Output.ReplaceLineEndings("\n").Split('\n');
        var wider = Run.Ifw("peers", own, "--peers", peers, "--within-months", "24").Succeeded().Output.ReplaceLineEndings("\n").Split('\n');

        // TRA.1 under development; the peers' levels are i mod 5: three not started, three planned (6 below), two under
        // development (level), two in place and two embedded (4 above). (6 + 1) / 12 = 58.3, the 58th; with the old
        // review's not started too, (7 + 1) / 13 = 61.5, the 62nd.
        Assert.Contains("  TRA        Transformation                                       50.0     12  58th percentile of 12 peers", lines);
        Assert.Contains("  TRA        Transformation                                       50.0     13  62nd percentile of 13 peers", wider);
        Assert.Contains("ifw: --within-months must be from 0 to 1200: how many calendar months either way a peer's card may be from the footprint's.", Run.Ifw("peers", own, "--peers", peers, "--within-months", "-1").Error, StringComparison.Ordinal);
    }

    private static IntegrationFramework.Assessments.Assessment Footprint(string code, LocalDate on, Progress tra1) => IntegrationFramework.Assessments.AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new IntegrationFramework.Geography.Footprint(code, $"Place {code}", IntegrationFramework.Geography.Level.Place, 300_000), on)
        .WithAssessor("council", "Council", IntegrationFramework.Partners.PartnerKind.Council)
        .Rate("TRA.1", "council", tra1)
        .Build();

    [Fact]
    public void With_the_population_band_too_few_peers_give_no_percentile()
    {
        var run = Run.Ifw("peers", Croydon, "--peers", Data, "--population-band", "--format", "json").Succeeded();

        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.True(json.RootElement.GetProperty("populationBand").GetBoolean());
        Assert.Equal(["E06000026", "E06000059", "E08000018"], json.RootElement.GetProperty("peers").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.All(json.RootElement.GetProperty("domains").EnumerateArray(), d =>
        {
            Assert.Equal(3, d.GetProperty("peers").GetInt32());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, d.GetProperty("percentile").ValueKind);
        });
    }

    [Fact]
    public void Twins_names_peers_ahead_in_the_weakest_domains_and_complementary_pairs()
    {
        var run = Run.Ifw("twins", Croydon, "--peers", Data).Succeeded();

        Assert.Contains("  WFD Workforce, scored 26.8: Plymouth 100.0, Nottinghamshire 92.9, Rotherham 76.8.", run.Output, StringComparison.Ordinal);
        // North East Lincolnshire has three partners, so no band: its lead is given, marked as what may be noise.
        Assert.Contains("  INF Information sharing and information technology, scored 30.0: Nottinghamshire 80.0, Rotherham 77.5, North East Lincolnshire 57.5 (may be noise).", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Plymouth: they lead in WFD Workforce by 73.2; Croydon leads in PBS Shaping place-based systems and models by 57.1.", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"Workforce strategy in Plymouth aligned with economic development\" (p. 27)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_card_shows_the_percentile_beside_each_domain()
    {
        var text = Run.Ifw("score", Croydon, "--peers", Data).Succeeded().Output;
        var html = Run.Ifw("score", Croydon, "--peers", Data, "--format", "html").Succeeded().Output;

        Assert.Matches(@"WFD Workforce +.* above none of 5\n", text);
        Assert.Contains("above 4 of 5 peers, level with 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("peers", Run.Ifw("score", Croydon).Succeeded().Output.Split("What to work on next")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_domain_scores_gives_the_same_percentiles_as_the_folder()
    {
        using var folder = new Folder();
        string[] names = ["dorset-2025", "north-east-lincolnshire-2025", "nottinghamshire-2025", "plymouth-2026", "rotherham-2026"];
        var lines = names.SelectMany((n, i) => Run.Ifw("score", Path.Combine(Data, $"{n}.json"), "--format", "csv").Succeeded().Output.TrimEnd().Split('\n').Skip(i == 0 ? 0 : 1));
        var table = folder.Write("peers.csv", string.Join("\n", lines) + "\n");

        var fromTable = Run.Ifw("peers", Croydon, "--peers", table, "--format", "json").Succeeded().Output;

        Assert.Equal(Run.Ifw("peers", Croydon, "--peers", Data, "--format", "json").Succeeded().Output, fromTable);
    }

    [Fact]
    public void A_peers_folder_that_is_missing_or_holds_a_bad_file_is_refused()
    {
        using var folder = new Folder();
        folder.Write("bad.json", "{");

        Assert.Equal($"{folder["nope"]}: no such file or folder; --peers names a folder of score cards or assessments, or a table of domain scores (CSV).", Run.Ifw("peers", Croydon, "--peers", folder["nope"]).Refused().ErrorLines[0]);
        Assert.StartsWith($"{folder["bad.json"]}: ", Run.Ifw("peers", Croydon, "--peers", folder.Path).Refused().ErrorLines[0], StringComparison.Ordinal);
    }

    internal static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntegrationFramework.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
