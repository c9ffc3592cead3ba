using BenchmarkDotNet.Attributes;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// How sure each score is (<see cref="Bands.Of"/>) for a full 2018 assessment of 5, 8 and 20 partners: the partner
/// bands (126 multisets, 6,435 multisets, 2,000 seeded draws), the alpha jackknife of every domain and the checklist,
/// each partner's coverage and the uncertain items; and a card with its bands (<see cref="Scorer.ScoreWithBands"/>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BandsBenchmarks
{
    private Assessment five = null!;
    private Assessment eight = null!;
    private Assessment twenty = null!;

    [GlobalSetup]
    public void Setup()
    {
        five = Generate.Full(seed: 2018);
        eight = Generate.Full(seed: 2018, assessors: 8);
        twenty = Generate.Full(seed: 2018, assessors: 20);
        Check.That(Bands.Of(five).Resamples == 126, "5 partners give 126 multisets");
        Check.That(Bands.Of(eight).Resamples == 6435, "8 partners give 6,435 multisets");
        Check.That(Bands.Of(twenty) is { Method: BandMethod.SeededDraws, Resamples: 2000 }, "20 partners give 2,000 draws");
    }

    [Benchmark(Description = "Bands.Of, 5 partners (126 multisets)")]
    public Bands Five() => Bands.Of(five);

    [Benchmark(Description = "Scorer.ScoreWithBands, 5 partners")]
    public ScoreCard FiveWithCard() => Scorer.ScoreWithBands(five);

    [Benchmark(Description = "Bands.Of, 8 partners (6,435 multisets)")]
    public Bands Eight() => Bands.Of(eight);

    [Benchmark(Description = "Bands.Of, 20 partners (2,000 draws)")]
    public Bands Twenty() => Bands.Of(twenty);
}
