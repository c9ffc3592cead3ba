using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Scoring 1,000,000 assessments of 86 items × 5 assessors, one after another and in parallel. A million assessments
/// held at once would take some 30 GB, so the run cycles through a pool of 10,000 distinct generated assessments
/// (about 300 MB, far beyond the processor's caches), each scored 100 times. Each operation scores all million.
/// </summary>
/// <remarks>
/// Runs under the default workstation garbage collector and under the server collector
/// (<c>&lt;ServerGarbageCollection&gt;true&lt;/ServerGarbageCollection&gt;</c>): each score card is some 3.5 KB of new
/// objects, so in parallel the collector sets the pace. On two cores the server collector has not paid off
/// (benchmarks/README.md); it is measured so that a machine with more cores can tell.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(Jobs))]
public class BatchBenchmarks
{
    public const int Assessments = 1_000_000;
    private const int Pool = 10_000;

    private Assessment[] pool = [];

    [GlobalSetup]
    public void Setup() => pool = [.. Enumerable.Range(0, Pool).Select(seed => Generate.Full(seed))];

    [Benchmark(Baseline = true, Description = "1,000,000 assessments, sequential")]
    public double Sequential()
    {
        var total = 0.0;
        for (var i = 0; i < Assessments; i++)
        {
            total += Scorer.Score(pool[i % Pool]).Overall.Score ?? 0;
        }

        return total;
    }

    [Benchmark(Description = "1,000,000 assessments, parallel (Parallel.ForEach over ranges)")]
    public double Parallel()
    {
        var totals = new ConcurrentBag<double>();
        System.Threading.Tasks.Parallel.ForEach(Partitioner.Create(0, Assessments, 20_000), range =>
        {
            var total = 0.0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                total += Scorer.Score(pool[i % Pool]).Overall.Score ?? 0;
            }

            totals.Add(total);
        });
        return totals.Sum();
    }

    /// <summary>
    /// Few, long iterations (each scores a million assessments), under each garbage collector, unless a job is given on
    /// the command line (as CI's <c>--job Dry</c> is): then that job alone. (BenchmarkDotNet adds a class's jobs to
    /// those of the command line, and lets only one of them be a default that the command line replaces.)
    /// </summary>
    private sealed class Jobs : ManualConfig
    {
        public Jobs()
        {
            if (Environment.GetCommandLineArgs().Any(arg => arg is "--job" or "-j"))
            {
                return;
            }

            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(7);
            AddJob(job.WithGcServer(false).WithId("workstation GC"));
            AddJob(job.WithGcServer(true).WithId("server GC"));
        }
    }
}
