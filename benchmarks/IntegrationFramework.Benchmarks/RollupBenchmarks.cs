using BenchmarkDotNet.Attributes;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Rolling up England's footprints: 1,250 neighbourhood (primary care network) score cards into 150 places, and the
/// places into 42 systems, population-weighted. The generated footprints are spread evenly: 8 or 9 neighbourhoods a
/// place, 3 or 4 places a system.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RollupBenchmarks
{
    public const int Neighbourhoods = 1_250;
    public const int Places = 150;
    public const int Systems = 42;

    private Footprint[] places = [];
    private Footprint[] systems = [];
    private ScoreCard[][] neighbourhoodsByPlace = [];
    private int[][] placesBySystem = [];

    [GlobalSetup]
    public void Setup()
    {
        systems = [.. Enumerable.Range(0, Systems).Select(s => new Footprint($"S{s:D2}", $"System {s}", Level.System))];
        places = [.. Enumerable.Range(0, Places).Select(p => new Footprint($"P{p:D3}", $"Place {p}", Level.Place, null, systems[p % Systems].Code))];
        var neighbourhoods = Enumerable.Range(0, Neighbourhoods)
            .Select(n => Scorer.Score(Generate.Full(n, footprint: new Footprint($"N{n:D4}", $"Neighbourhood {n}", Level.Neighbourhood, 20_000 + (n * 37 % 60_000), places[n % Places].Code))))
            .ToList();
        neighbourhoodsByPlace = [.. places.Select(p => neighbourhoods.Where(c => c.Footprint.ParentCode == p.Code).ToArray())];
        placesBySystem = [.. systems.Select(s => Enumerable.Range(0, Places).Where(p => places[p].ParentCode == s.Code).ToArray())];
        Check.That(neighbourhoodsByPlace.Sum(c => c.Length) == Neighbourhoods && placesBySystem.Sum(p => p.Length) == Places, "the footprints");
        Check.That(RollUp().Length == Systems, "the roll-up");
    }

    [Benchmark(Description = "1,250 neighbourhoods -> 150 places -> 42 systems")]
    public Rollup[] RollUp()
    {
        var placeCards = new ScoreCard[Places];
        for (var p = 0; p < Places; p++)
        {
            placeCards[p] = Rollup.Combine(places[p], neighbourhoodsByPlace[p]).Card;
        }

        var result = new Rollup[Systems];
        for (var s = 0; s < Systems; s++)
        {
            result[s] = Rollup.Combine(systems[s], placesBySystem[s].Select(p => placeCards[p]));
        }

        return result;
    }
}
