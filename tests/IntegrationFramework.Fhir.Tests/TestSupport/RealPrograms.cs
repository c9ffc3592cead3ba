namespace IntegrationFramework.Fhir.Tests.TestSupport;

/// <summary>
/// Where the real programs the tests drive are: Debian's Chromium and the LHC-Forms package that .ci/run unpacks. A
/// missing one fails the test with the command that installs it; it never passes silently.
/// </summary>
internal static class RealPrograms
{
    public static string Root { get; } = FindRoot();

    public static string Chromium()
    {
        foreach (var path in new[] { Environment.GetEnvironmentVariable("IFW_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (!string.IsNullOrEmpty(path) && File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException("Chromium is not installed; install it with: sudo apt-get install -y chromium (or set IFW_CHROMIUM to its path).");
    }

    /// <summary>The unpacked lforms npm package (its package folder, holding dist/lforms).</summary>
    public static string LForms()
    {
        var folder = Environment.GetEnvironmentVariable("IFW_LFORMS") ?? Path.Combine(Root, "artifacts", "lforms", "package");
        return Directory.Exists(Path.Combine(folder, "dist", "lforms", "webcomponent"))
            ? folder
            : throw new InvalidOperationException($"LHC-Forms is not unpacked at {folder}; run the tests with bash tests/run, which fetches it (or set IFW_LFORMS).");
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root is not above the test folder.");
    }
}
