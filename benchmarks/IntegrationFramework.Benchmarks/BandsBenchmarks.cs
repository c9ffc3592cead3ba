using BenchmarkDotNet.Attributes;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// How sure each score is (<see cref="Bands.Of"/>) for a full 2018 assessment of 5, 8 and 20 partners: the partner
/// bands (126 multisets, 6,435 multisets, 2,000 seeded draws), the alpha jackknife of every domain and the checklist,
/// each partner's coverage and the uncertain items; a card with its bands (<see cref="Scorer.ScoreWithBands"/>); and
/// the bands of the changes between two reviews (<see cref="ChangeBands.Of"/>): the same 5 partners a year apart
/// (126 paired multisets), on their own and as <c>ifw compare</c> makes a comparison (both cards with their bands, then
/// the bands of change), and 5 partners then 6 (2,000 draws of each review).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BandsBenchmarks
{
    private Assessment five = null!;
    private Assessment eight = null!;
    private Assessment twenty = null!;
    private Assessment fiveLater = null!;
    private Assessment sixLater = null!;

    [GlobalSetup]
    public void Setup()
    {
        five = Generate.Full(seed: 2018);
        eight = Generate.Full(seed: 2018, assessors: 8);
        twenty = Generate.Full(seed: 2018, assessors: 20);
        Check.That(Bands.Of(five).Resamples == 126, "5 partners give 126 multisets");
        Check.That(Bands.Of(eight).Resamples == 6435, "8 partners give 6,435 multisets");
        Check.That(Bands.Of(twenty) is { Method: BandMethod.SeededDraws, Resamples: 2000 }, "20 partners give 2,000 draws");
        fiveLater = AYearLater(Generate.Full(seed: 2019, footprint: five.Footprint));
        sixLater = AYearLater(Generate.Full(seed: 2019, assessors: 6, footprint: five.Footprint));
        Check.That(ChangeBands.Of(five, fiveLater) is { Method: BandMethod.Exact, Paired: true, Resamples: 126 }, "the same 5 partners give 126 paired multisets");
        Check.That(ChangeBands.Of(five, sixLater) is { Method: BandMethod.SeededDraws, Paired: false, Resamples: 2000 }, "5 partners then 6 give 2,000 draws");
    }

    [Benchmark(Description = "Bands.Of, 5 partners (126 multisets)")]
    public Bands Five() => Bands.Of(five);

    [Benchmark(Description = "Scorer.ScoreWithBands, 5 partners")]
    public ScoreCard FiveWithCard() => Scorer.ScoreWithBands(five);

    [Benchmark(Description = "Bands.Of, 8 partners (6,435 multisets)")]
    public Bands Eight() => Bands.Of(eight);

    [Benchmark(Description = "Bands.Of, 20 partners (2,000 draws)")]
    public Bands Twenty() => Bands.Of(twenty);

    [Benchmark(Description = "ChangeBands.Of, the same 5 partners (126 paired multisets)")]
    public ChangeBands Change() => ChangeBands.Of(five, fiveLater);

    [Benchmark(Description = "Compare with bands, 5 partners: two cards with bands and the bands of change")]
    public ReviewComparison Compare() => ReviewComparison.Of(Scorer.ScoreWithBands(five), Scorer.ScoreWithBands(fiveLater), ChangeBands.Of(five, fiveLater));

    [Benchmark(Description = "ChangeBands.Of, 5 partners then 6 (2,000 draws of each)")]
    public ChangeBands ChangeOfPartners() => ChangeBands.Of(five, sixLater);

    /// <summary>The same ratings a year after <see cref="five"/>'s review, so that the two compare.</summary>
    private Assessment AYearLater(Assessment review) => new(review.Framework, review.Footprint, five.AssessedOn.PlusYears(1), review.Assessors, review.Ratings);
}
