using BenchmarkDotNet.Running;

// Runs the suites: dotnet run -c Release --project benchmarks/IntegrationFramework.Benchmarks -- --filter '*'
// A suite by name: --filter '*Scoring*'. A quick check that every benchmark runs: --job Dry --filter '*'.
// Exits 1 when a benchmark fails to build or run (BenchmarkDotNet itself reports it and carries on).
var summaries = BenchmarkSwitcher.FromAssembly(typeof(IntegrationFramework.Benchmarks.Generate).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
