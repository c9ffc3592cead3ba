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
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "ScoringService.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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
