using System.Text;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir.Tests.TestSupport;
using IntegrationFramework.Geography;
using IntegrationFramework.Intake;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using Microsoft.Playwright;
using NodaTime;

namespace IntegrationFramework.Fhir.Tests;

/// <summary>
/// A real SDC form filler, the NLM's LHC-Forms in headless Chromium, fills in the exported Questionnaire by clicking
/// its own answer lists as a person would; its own QuestionnaireResponse (LForms.Util.getFormFHIRData), which has no
/// subject and no author, imports with the missing context given, and scores as the same ratings written as JSON.
/// </summary>
public sealed class FormFillerTests
{
    private static readonly (string Item, string Progress, string? Target, string? Evidence)[] Answers =
    [
        ("TRA.1", "In place", "Embedded", "Joint plan agreed by the health and wellbeing board"),
        ("TRA.2", "Planned", null, null),
        ("TRA.3", "Not applicable", null, null),
        ("PCC.1", "Under development", "In place", null),
        ("INF.5", "Embedded", null, "Shared care record live"),
    ];

    [Fact]
    public async Task A_response_filled_in_LHC_Forms_imports_and_scores_as_the_same_ratings_in_JSON()
    {
        var framework = Frameworks.ShiftingTheCentreOfGravity2018;
        var questionnaire = Encoding.UTF8.GetBytes(new FhirJsonSerializer().SerializeToString(QuestionnaireExport.For(framework)));
        using var site = new StaticSite(RealPrograms.LForms(), new()
        {
            ["/"] = ("text/html", Encoding.UTF8.GetBytes(Page)),
            ["/questionnaire.json"] = ("application/json", questionnaire),
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = RealPrograms.Chromium(),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.Address);
        await page.WaitForFunctionAsync("() => window.formReady || window.formError", null, new() { Timeout = 120_000 });
        Assert.Null(await page.EvaluateAsync<string?>("() => window.formError ?? null"));

        foreach (var (item, progress, target, evidence) in Answers)
        {
            await Choose(page, $"{item}/1/1/1", progress);
            if (target is not null)
            {
                await Choose(page, $"{item}{FhirIdentifiers.TargetSuffix}/1/1/1/1", target);
            }

            if (evidence is not null)
            {
                await page.Locator($"[id='{item}{FhirIdentifiers.EvidenceSuffix}/1/1/1/1']").FillAsync(evidence);
            }
        }

        await page.Locator($"[id='TRA.1/1/1/1']").ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(Path.Combine(RealPrograms.Root, "artifacts", "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(RealPrograms.Root, "artifacts", "screenshots", "lhc-forms-filled.png") });
        var response = await page.EvaluateAsync<string>("() => JSON.stringify(LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')))");
        File.WriteAllText(Path.Combine(RealPrograms.Root, "artifacts", "screenshots", "lhc-forms-response.json"), response);

        // LHC-Forms says nothing of the footprint or the assessor, and authored is when the form was filled.
        Assert.DoesNotContain("\"subject\"", response, StringComparison.Ordinal);
        Assert.DoesNotContain("\"author\"", response, StringComparison.Ordinal);
        var footprint = new Footprint("E09000008", "Croydon", Geography.Level.Place);
        var council = new Assessor("council", "Croydon Council", PartnerKind.Council);
        var context = new ResponseContext { Footprint = footprint, AssessedOn = new LocalDate(2025, 10, 6), Assessors = [council] };
        var imported = ResponseImport.Read([new InputFile("lhc-forms.json", Encoding.UTF8.GetBytes(response))], context);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Problems));

        var ratings = Answers.Select(a => new Rating(a.Item, council.Id, Level(a.Progress), a.Target is null ? null : Level(a.Target), a.Evidence)).ToList();
        var written = new Assessment(framework, footprint, new LocalDate(2025, 10, 6), [council], [.. ratings]);
        var fromJson = AssessmentJson.Read(AssessmentJson.SerializeToUtf8Bytes(written)).Value!;
        Assert.Equal(fromJson.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal), imported.Value!.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal));
        Assert.Equal(Scorer.Score(fromJson), Scorer.Score(imported.Value));
    }

    /// <summary>Opens a question's answer list and clicks the answer, as a person would.</summary>
    private static async Task Choose(IPage page, string id, string label)
    {
        await page.Locator($"[id='{id}']").ClickAsync();
        await page.Locator("#lhc-tools-searchResults li").Filter(new() { HasTextString = label }).First.ClickAsync();
        Assert.StartsWith(label, await page.Locator($"[id='{id}']").InputValueAsync(), StringComparison.Ordinal);
    }

    private static Progress Level(string label) => label switch
    {
        "Not started" => Progress.NotStarted,
        "Planned" => Progress.Planned,
        "Under development" => Progress.UnderDevelopment,
        "In place" => Progress.InPlace,
        "Embedded" => Progress.Embedded,
        _ => Progress.NotApplicable,
    };

    /// <summary>
    /// The page: LHC-Forms' web component as its README says to load it, then its FHIR library once the component has
    /// defined LForms, then the Questionnaire.
    /// </summary>
    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8"><title>Self-assessment</title>
          <link rel="stylesheet" href="/dist/lforms/webcomponent/styles.css">
          <script src="/dist/lforms/webcomponent/assets/lib/zone.min.js"></script>
          <script src="/dist/lforms/webcomponent/runtime.js" type="module"></script>
          <script src="/dist/lforms/webcomponent/polyfills.js" type="module"></script>
          <script src="/dist/lforms/webcomponent/main.js" type="module"></script>
        </head>
        <body>
          <div id="form"></div>
          <script>
            const defined = () => new Promise(resolve => { const poll = () => window.LForms?.Util?.addFormToPage ? resolve() : setTimeout(poll, 50); poll(); });
            const fhir = () => new Promise((resolve, reject) => { const s = document.createElement('script'); s.src = '/dist/lforms/fhir/R4/lformsFHIR.min.js'; s.onload = resolve; s.onerror = reject; document.head.appendChild(s); });
            defined().then(fhir).then(() => fetch('/questionnaire.json')).then(r => r.json())
              .then(q => LForms.Util.addFormToPage(q, 'form', {}))
              .then(() => { window.formReady = true; }, e => { window.formError = String(e); });
          </script>
        </body>
        </html>
        """;
}
