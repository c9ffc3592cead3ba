using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IntegrationFramework.Benchmarks;

/// <summary>A "MB/s" column for the reading benchmarks: the input's size divided by the median time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Megabytes (10^6 bytes) of input read per second, at the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        var bytes = InputBytes(benchmarkCase.Descriptor.WorkloadMethod.Name);
        return median is > 0 ? (bytes / (median.Value / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    /// <summary>
    /// The size of the input a reading benchmark reads: the FHIR Bundle for those named Fhir…, the ratings table for
    /// <see cref="ReadingBenchmarks.RatingsTable"/>, the edition file for those named Edition…, else the JSON file.
    /// </summary>
    private static int InputBytes(string method) => method switch
    {
        _ when method.StartsWith("Fhir", StringComparison.Ordinal) => ReadingBenchmarks.Fhir.Length,
        nameof(ReadingBenchmarks.EditionCopy2018) => ReadingBenchmarks.Editions.Copy2018.Length,
        _ when method.StartsWith("EditionLocal", StringComparison.Ordinal) => ReadingBenchmarks.Editions.Local.Length,
        nameof(ReadingBenchmarks.RatingsTable) => ReadingBenchmarks.Csv.Length,
        _ => ReadingBenchmarks.Json.Length,
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Adds the column, and says how large the inputs are.</summary>
    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new ThroughputColumn());
            AddColumn(new TagColumn("input bytes", name => InputBytes(name).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
