using BenchmarkDotNet.Attributes;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Collecting ratings in workbooks: writing one assessor's 86-item workbook, reading and checking one filled in, and
/// merging ten partners' filled workbooks into one assessment (targets: 20 ms, 20 ms and 200 ms, medians).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WorkbookBenchmarks
{
    public const int Partners = 10;

    private Assessment assessment = null!;
    private byte[][] workbooks = [];

    [GlobalSetup]
    public void Setup()
    {
        var full = Generate.Full(7);
        var assessors = Enumerable.Range(1, Partners).Select(i => new Assessor($"partner{i}", $"Partner {i}", PartnerKind.Community)).ToList();
        var ratings = assessors.SelectMany((a, i) => full.Framework.Checklist.Items.Select((item, k) =>
            new Rating(item.Id, a.Id, (Progress)((i + k) % 5), k % 3 == 0 ? Progress.Embedded : null, k % 4 == 0 ? "Illustrative evidence: the minutes of the partnership board, March." : null)));
        assessment = new Assessment(full.Framework, new Footprint("E09000008", "Croydon", Level.Place, 390_800), full.AssessedOn, [.. assessors], [.. ratings]);
        workbooks = [.. assessors.Select(a => AssessorWorkbook.ToBytes(assessment, a.Id))];
        Check.That(Merge().Ratings.Count == Partners * full.Framework.Checklist.Items.Count, "the merge");
    }

    [Benchmark(Description = "write one 86-item workbook")]
    public byte[] Write() => AssessorWorkbook.ToBytes(assessment, "partner1");

    [Benchmark(Description = "read and check one filled 86-item workbook")]
    public Assessment Read() => AssessorWorkbook.Read(workbooks[0]).Value!;

    [Benchmark(Description = "read and merge ten partners' workbooks")]
    public Assessment Merge()
        => AssessmentMerge.Merge(workbooks.Select((w, i) => new PartnerFile($"partner{i + 1}.xlsx", AssessorWorkbook.Read(w).Value!))).Value!;
}
