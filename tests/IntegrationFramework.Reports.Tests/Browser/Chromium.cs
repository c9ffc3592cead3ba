using IntegrationFramework.Fhir.Tests.TestSupport;
using Microsoft.Playwright;

namespace IntegrationFramework.Reports.Tests.Browser;

/// <summary>
/// Debian's Chromium, started once through Playwright for every browser test: Playwright cannot download its own browser
/// here, so it launches the installed one. A missing Chromium fails with the command that installs it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the screenshots and PDFs go for a reviewer to look at: artifacts/screenshots under the repository.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(RealPrograms.Root, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = RealPrograms.Chromium(),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page, <paramref name="width"/> pixels wide, showing <paramref name="html"/>.</summary>
    public async Task<IPage> Open(string html, int width)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        await page.SetContentAsync(html);
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

/// <summary>The browser tests share one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
