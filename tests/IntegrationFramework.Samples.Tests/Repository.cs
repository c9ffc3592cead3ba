using System.Diagnostics;
using System.Text;

namespace IntegrationFramework.Samples.Tests;

/// <summary>The repository the tests run in, and a way to run its commands as a person would.</summary>
internal static class Repository
{
    /// <summary>The repository's root: the folder above the tests that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The JSON files a folder of the sample data holds, and its sub-folders, in order, leaving out the FHIR responses of
    /// samples/data/fhir (captured from a form filler, not written by make-sample-data.cs) and the edition files of
    /// samples/data/editions (checklists, not assessments).
    /// </summary>
    public static IEnumerable<string> SampleJson(string folder)
        => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetRelativePath(folder, f).StartsWith("fhir" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !System.IO.Path.GetRelativePath(folder, f).StartsWith("editions" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The configuration these tests were built in, so that the commands they run reuse that build.</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>A path in the repository, from parts relative to its root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and returns its exit
    /// code and output. Build servers are turned off so that no process outlives the command holding its output open.
    /// </summary>
    public static async Task<(int Exit, string Output, string Error)> Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} ran for more than five minutes.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "IntegrationFramework.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No IntegrationFramework.sln above {AppContext.BaseDirectory}.");
    }
}
