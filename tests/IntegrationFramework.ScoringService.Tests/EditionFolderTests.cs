using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collecting;
using IntegrationFramework.Problems;
using IntegrationFramework.Samples.ScoringService;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationFramework.ScoringService.Tests;

/// <summary>
/// The service started with a folder of edition files (<c>Editions:Folder</c>): their editions are listed with the
/// built-in ones and every file sent is read against them; without the setting only the built-in ones are known; a
/// folder it cannot read stops it, with each problem in the log.
/// </summary>
public sealed class EditionFolderTests(EditionFolderTests.OurPlaceService service) : IClassFixture<EditionFolderTests.OurPlaceService>
{
    private const string OurPlace = "our-place-2026";
    private static readonly byte[] EditionFile = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "editions", $"{OurPlace}.json"));
    private static readonly Framework Edition = CatalogueJson.Read(EditionFile).Value!.Single();
    private static readonly ReadOptions WithEdition = new() { Frameworks = new FrameworkCatalogue([.. Frameworks.All, Edition]) };

    private readonly HttpClient client = service.CreateClient();

    [Fact]
    public async Task The_folders_editions_are_listed_after_the_built_in_ones_and_read_one_at_a_time()
    {
        var listed = await client.GetStringAsync("/frameworks");

        Assert.Equal(CatalogueJson.Serialize(WithEdition.Frameworks.All), listed);
        Assert.Equal(["shifting-the-centre-of-gravity-2018", "lga-position-paper", OurPlace], [.. CatalogueJson.Parse(listed, WithEdition).Value!.Select(f => f.Id)]);
        Assert.Equal(CatalogueJson.Serialize([Edition]), await client.GetStringAsync($"/frameworks/{OurPlace}"));
        Assert.Equal("{\"status\":\"healthy\",\"frameworks\":3}", await client.GetStringAsync("/health"));

        var unknown = await client.GetAsync("/frameworks/nope");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("The framework 'nope' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper, our-place-2026.", Detail(await unknown.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_questionnaire_of_the_folders_edition_holds_its_items()
    {
        var questionnaire = await client.GetAsync($"/frameworks/{OurPlace}/questionnaire");

        Assert.Equal(HttpStatusCode.OK, questionnaire.StatusCode);
        Assert.Equal("application/fhir+json", questionnaire.Content.Headers.ContentType!.MediaType);
        var text = await questionnaire.Content.ReadAsStringAsync();
        Assert.Contains("\"LOC.1\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"TRA.6\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assessment_on_the_folders_edition_scores_as_the_library_scores_it()
    {
        var body = OurPlaceAssessment();

        var response = await client.PostAsync("/score", Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = Scorer.ScoreWithBands(AssessmentJson.Read(body, WithEdition).Value!);
        Assert.Equal(OurPlace, expected.Framework.Id);
        Assert.Equal(ScoreCardJson.Serialize(expected), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_review_on_the_folders_edition_compares_with_one_on_the_edition_it_derives_from()
    {
        var earlier = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rotherham-2025.json"));
        var later = Encoding.UTF8.GetString(OurPlaceAssessment());

        var response = await client.PostAsync("/compare", Json(Encoding.UTF8.GetBytes($"{{\"earlier\": {earlier}, \"later\": {later}}}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"earlierFramework\": \"shifting-the-centre-of-gravity-2018\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_setting_only_the_built_in_editions_are_known_and_a_file_on_another_is_refused()
    {
        using var plain = new WebApplicationFactory<Program>();
        using var builtIn = plain.CreateClient();

        Assert.Equal(CatalogueJson.Serialize(Frameworks.All), await builtIn.GetStringAsync("/frameworks"));
        var response = await builtIn.PostAsync("/score", Json(OurPlaceAssessment()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")[0];
        Assert.Equal(ProblemCodes.UnknownFramework, problem.GetProperty("code").GetString());
        Assert.Equal("$.framework", problem.GetProperty("path").GetString());
        Assert.Equal("The framework 'our-place-2026' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper.", problem.GetProperty("message").GetString());
    }

    [Fact]
    public void A_broken_edition_file_stops_the_service_with_its_problem_in_the_log()
    {
        using var folder = new TempFolder();
        var broken = JsonNode.Parse(EditionFile)!;
        broken["frameworks"]![0]!["derivedFrom"]!["version"] = "9.9.9";
        folder.Write($"{OurPlace}.json", broken.ToJsonString());

        var log = Refused(folder.Path);

        Assert.Contains($"{OurPlace}.json: $.frameworks[0].derivedFrom.version: The edition derives from shifting-the-centre-of-gravity-2018 9.9.9, but the shifting-the-centre-of-gravity-2018 known is version 1.0.0; give 1.0.0, the version known.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_stops_the_service_saying_so()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-editions-{Guid.NewGuid():N}");

        var log = Refused(missing);

        Assert.Contains($"{missing}: there is no such folder; Editions:Folder names the folder of edition files (*.json) the service reads at start-up.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_edition_files_stops_the_service_saying_so()
    {
        using var folder = new TempFolder();
        folder.Write(".hidden.json", "{}");
        folder.Write("notes.txt", "not an edition");

        var log = Refused(folder.Path);

        Assert.Contains($"{folder.Path}: the folder holds no edition files (*.json); put the edition files in it, or leave Editions:Folder unset to serve the built-in editions only.", log, StringComparison.Ordinal);
    }

    /// <summary>The assessment of Rotherham's 2026 sample carried onto the folder's edition, as an assessment file.</summary>
    private static byte[] OurPlaceAssessment()
    {
        var rotherham = AssessmentJson.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "rotherham-2026.json"))).Value!;
        return AssessmentJson.SerializeToUtf8Bytes(AssessmentTemplate.Carry(rotherham, EditionContinuation.Between(rotherham.Framework, Edition)!));
    }

    /// <summary>Starts the service in process with <see cref="EditionFolder.Setting"/> set to <paramref name="folder"/>, which must refuse it: what it logged.</summary>
    private static string Refused(string folder)
    {
        var logs = new CapturedLogs();
        using var plain = new WebApplicationFactory<Program>();
        using var factory = plain.WithWebHostBuilder(host => host
            .UseSetting(EditionFolder.Setting, folder)
            .ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs))));

        var refused = Record.Exception(() => factory.CreateClient());

        // The service disposed of its host rather than start it (as a process, it exits with 1: RealProcessTests).
        Assert.IsType<ObjectDisposedException>(refused);
        var log = logs.Text;
        Assert.Contains($"The service cannot start: the edition files Editions:Folder names ({folder}) cannot be read; mend what is said below and start it again.", log, StringComparison.Ordinal);
        return log;
    }

    private static string? Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString();

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The service started with a temporary folder holding a copy of the sample edition file.</summary>
    public sealed class OurPlaceService : WebApplicationFactory<Program>
    {
        private readonly TempFolder folder = new();

        public OurPlaceService() => folder.Write($"{OurPlace}.json", Encoding.UTF8.GetString(EditionFile));

        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting(EditionFolder.Setting, folder.Path);

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            folder.Dispose();
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("editions-").FullName;

        public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

        public void Dispose()
        {
            // A factory is disposed both ways (Dispose and DisposeAsync): the folder goes once.
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
