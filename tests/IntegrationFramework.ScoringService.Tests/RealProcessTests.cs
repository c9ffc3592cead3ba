using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntegrationFramework.ScoringService.Tests;

/// <summary>The service as an app team runs it: its own process, on loopback, called over a real socket.</summary>
public sealed class RealProcessTests
{
    [Fact]
    public async Task The_service_starts_on_loopback_and_scores_what_it_is_sent()
    {
        var port = FreePort();
        var output = new StringBuilder();
        using var process = Start(output, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilHealthy(client, process, output);

            var body = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "croydon-2025.json")));
            body.Headers.ContentType = new("application/json");
            var scored = await client.PostAsync("/score", body);

            Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
            Assert.Contains("\"footprint\"", await scored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            lock (output)
            {
                Assert.Contains($"Now listening on: http://127.0.0.1:{port}", output.ToString(), StringComparison.Ordinal);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_broken_edition_file_stops_the_service_with_exit_code_1_and_its_problem_without_a_stack_trace()
    {
        var folder = Directory.CreateTempSubdirectory("editions-").FullName;
        try
        {
            var edition = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "editions", "our-place-2026.json")))!;
            edition["frameworks"]![0]!["derivedFrom"]!["version"] = "9.9.9";
            File.WriteAllText(Path.Combine(folder, "our-place-2026.json"), edition.ToJsonString());
            var output = new StringBuilder();

            using var process = Start(output, "--urls", $"http://127.0.0.1:{FreePort()}", $"--Editions:Folder={folder}");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            // Once exited, the output is read to its end.
            await process.WaitForExitAsync();
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            Assert.Equal(1, process.ExitCode);
            Assert.Contains($"The service cannot start: the edition files Editions:Folder names ({folder}) cannot be read; mend what is said below and start it again.", text, StringComparison.Ordinal);
            Assert.Contains("our-place-2026.json: $.frameworks[0].derivedFrom.version: The edition derives from shifting-the-centre-of-gravity-2018 9.9.9, but the shifting-the-centre-of-gravity-2018 known is version 1.0.0; give 1.0.0, the version known.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Now listening", text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The service's own process, started with <paramref name="arguments"/>, its standard output and error both into <paramref name="output"/>.</summary>
    private static Process Start(StringBuilder output, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "ScoringService.dll"), .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilHealthy(HttpClient client, Process process, StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(200);
                continue;
            }

            lock (output)
            {
                Assert.Fail($"The service did not become healthy: {output}");
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
