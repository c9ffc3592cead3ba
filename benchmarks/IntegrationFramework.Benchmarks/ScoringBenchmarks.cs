using BenchmarkDotNet.Attributes;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Scoring one full 2018 assessment, 86 items × 5 assessors, under <see cref="ScoringPolicy.Standard"/>; against the
/// plain reference implementation as the baseline, with the assessment's construction (which checks it) included, and
/// cycling through 1,024 different assessments, so that the processor cannot learn one assessment's branches.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScoringBenchmarks
{
    private Assessment assessment = null!;
    private Assessment[] different = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        assessment = Generate.Full(seed: 2018);
        different = [.. Enumerable.Range(0, 1024).Select(seed => Generate.Full(seed))];
        foreach (var each in different.Prepend(assessment))
        {
            Check.SameCard(ReferenceScorer.Score(each), Scorer.Score(each));
        }
    }

    [Benchmark(Baseline = true, Description = "reference (dictionaries and LINQ)")]
    public ScoreCard Reference() => ReferenceScorer.Score(assessment);

    [Benchmark(Description = "Scorer.Score")]
    public ScoreCard Score() => Scorer.Score(assessment, ScoringPolicy.Standard);

    [Benchmark(Description = "Scorer.Score, a different assessment each time")]
    public ScoreCard ScoreDifferent() => Scorer.Score(different[next++ & 1023], ScoringPolicy.Standard);

    [Benchmark(Description = "new Assessment (checks it) + Scorer.Score")]
    public ScoreCard BuildAndScore() => Scorer.Score(
        new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, assessment.Ratings, assessment.ExcludedDomains),
        ScoringPolicy.Standard);
}
