using System.Diagnostics;
using System.Text;

namespace IntegrationFramework.Cli.Tests;

/// <summary>Runs the real <c>ifw</c> program, as a person's shell would: its own process, folder and standard input.</summary>
internal static class RealProcess
{
    /// <summary>The program beside the tests: the build of src/IntegrationFramework.Cli that they reference.</summary>
    public static string Program { get; } = Path.Combine(AppContext.BaseDirectory, "ifw.dll");

    /// <summary>Starts <c>ifw</c> with <paramref name="arguments"/> in <paramref name="folder"/>, standard streams redirected.</summary>
    public static Process Start(string folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("ifw did not start.");
    }

    /// <summary>Runs <c>ifw</c> to its end with <paramref name="input"/> on standard input; its exit code and output.</summary>
    public static Task<(int Exit, string Output, string Error)> Run(string folder, byte[] input, params string[] arguments)
        => RunWith(null, folder, input, arguments);

    /// <summary>Runs <c>ifw</c> as <see cref="Run"/> does, with <paramref name="environment"/> added to its environment.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunWith(IReadOnlyDictionary<string, string>? environment, string folder, byte[] input, params string[] arguments)
    {
        using var process = Start(folder, arguments, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
