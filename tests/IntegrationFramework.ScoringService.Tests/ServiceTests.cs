using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir;
using IntegrationFramework.Problems;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationFramework.ScoringService.Tests;

/// <summary>The scoring service in process: every endpoint answers as the library does, and every error is a problem document.</summary>
public sealed class ServiceTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly byte[] Croydon = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "croydon-2025.json"));
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Scoring_answers_the_score_card_the_library_gives()
    {
        var response = await client.PostAsync("/score", Json(Croydon));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var assessment = AssessmentJson.Read(Croydon).Value!;
        Assert.Equal(Report.Render(ScoreCardReport.For(Scorer.ScoreWithBands(assessment), assessment, ScoringPolicy.Standard), ReportFormat.Json), await response.Content.ReadAsStringAsync());
        Assert.Equal(Scorer.ScoreWithBands(assessment), ScoreCardJson.Read(await response.Content.ReadAsByteArrayAsync()).Value);
    }

    [Theory]
    [InlineData("text/html", "text/html", "<!DOCTYPE html>")]
    [InlineData("text/csv", "text/csv", "framework,policy,")]
    [InlineData("application/json", "application/json", "{")]
    [InlineData("*/*", "application/json", "{")]
    [InlineData("text/*", "text/html", "<!DOCTYPE html>")]
    [InlineData("text/csv;q=0.5, text/html", "text/html", "<!DOCTYPE html>")]
    public async System.Threading.Tasks.Task The_format_follows_accept(string accept, string mediaType, string start)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/score?policy=weakest-link") { Content = Json(Croydon) };
        request.Headers.Accept.ParseAdd(accept);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(start, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task An_assessment_with_problems_is_422_with_the_librarys_codes_and_paths()
    {
        var bad = Encoding.UTF8.GetString(Croydon).Replace("\"item\": \"TRA.1\"", "\"item\": \"TRA.99\"", StringComparison.Ordinal);

        var (status, problem) = await Problem(await client.PostAsync("/score", Json(Encoding.UTF8.GetBytes(bad))));

        Assert.Equal(422, status);
        Assert.Equal("The assessment has problems", problem.GetProperty("title").GetString());
        var first = problem.GetProperty("problems")[0];
        Assert.Equal(ProblemCodes.UnknownItem, first.GetProperty("code").GetString());
        Assert.Equal("$.ratings[0].item", first.GetProperty("path").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async System.Threading.Tasks.Task A_signed_assessment_scores_and_one_changed_after_sign_off_is_refused_in_every_body()
    {
        var assessment = AssessmentJson.Read(Croydon).Value!;
        var signed = AssessmentJson.Sign(assessment, new NodaTime.LocalDate(2025, 11, 1), [new Signatory("Jane Smith", "Chief executive", "Croydon Council")]);
        var changed = signed.Replace("\"progress\": \"underDevelopment\"", "\"progress\": \"inPlace\"", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/score", Json(Encoding.UTF8.GetBytes(signed)))).StatusCode);
        var (status, problem) = await Problem(await client.PostAsync("/score", Json(Encoding.UTF8.GetBytes(changed))));
        var (compared, inComparison) = await Problem(await client.PostAsync("/compare", Json(Encoding.UTF8.GetBytes($"{{\"earlier\": {changed}, \"later\": {signed}}}"))));

        Assert.Equal((422, 422), (status, compared));
        var first = problem.GetProperty("problems")[0];
        Assert.Equal((ProblemCodes.ChangedAfterSignOff, "$.signOff.digest"), (first.GetProperty("code").GetString(), first.GetProperty("path").GetString()));
        Assert.Equal("The file was changed after sign-off on 2025-11-01 by Jane Smith (Chief executive, Croydon Council); sign it again or remove the sign-off.", first.GetProperty("message").GetString());
        Assert.Equal("$.earlier.signOff.digest", inComparison.GetProperty("problems")[0].GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, ", 400, ProblemCodes.InvalidJson)]
    [InlineData("", 400, ProblemCodes.EmptyFile)]
    [InlineData("[1, 2]", 422, ProblemCodes.WrongType)]
    public async System.Threading.Tasks.Task A_body_that_is_not_json_is_400(string body, int expected, string code)
    {
        var (status, problem) = await Problem(await client.PostAsync("/score", Json(Encoding.UTF8.GetBytes(body))));

        Assert.Equal(expected, status);
        Assert.Equal(code, problem.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async System.Threading.Tasks.Task Another_content_type_is_415_another_accept_406_and_a_body_over_16_MiB_413()
    {
        var (unsupported, problem415) = await Problem(await client.PostAsync("/score", new StringContent("x", Encoding.UTF8, "text/plain")));
        Assert.Equal(415, unsupported);
        Assert.Equal("The body is 'text/plain; charset=utf-8'; send application/json or text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/vnd.oasis.opendocument.spreadsheet or application/fhir+json or multipart/form-data.", problem415.GetProperty("detail").GetString());

        using var png = new HttpRequestMessage(HttpMethod.Post, "/score") { Content = Json(Croydon) };
        png.Headers.Accept.ParseAdd("image/png");
        var (notAcceptable, problem406) = await Problem(await client.SendAsync(png));
        Assert.Equal(406, notAcceptable);
        Assert.Equal("'Accept: image/png' asks for nothing this endpoint gives; ask for one of application/json, text/html, text/csv.", problem406.GetProperty("detail").GetString());

        var (tooLarge, problem413) = await Problem(await client.PostAsync("/score", Json(new byte[(16 * 1024 * 1024) + 1])));
        Assert.Equal(413, tooLarge);
        Assert.Equal("The file is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB).", problem413.GetProperty("detail").GetString());
    }

    [Fact]
    public async System.Threading.Tasks.Task Frameworks_are_listed_and_read_one_at_a_time_and_an_unknown_one_is_404()
    {
        Assert.Equal(CatalogueJson.Serialize(Frameworks.All), await client.GetStringAsync("/frameworks"));
        Assert.Equal(CatalogueJson.Serialize([Frameworks.LgaPositionPaper]), await client.GetStringAsync("/frameworks/lga-position-paper"));

        var (status, problem) = await Problem(await client.GetAsync("/frameworks/nope"));
        Assert.Equal(404, status);
        Assert.Equal(Frameworks.BuiltIn.Unknown("nope"), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async System.Threading.Tasks.Task The_questionnaire_and_responses_go_round_through_the_fhir_endpoints()
    {
        var questionnaire = await client.GetAsync("/frameworks/shifting-the-centre-of-gravity-2018/questionnaire");
        Assert.Equal("application/fhir+json", questionnaire.Content.Headers.ContentType!.MediaType);
        Assert.Equal(86, new FhirJsonDeserializer().Deserialize<Questionnaire>(await questionnaire.Content.ReadAsStringAsync()).Item.SelectMany(t => t.Item).SelectMany(d => d.Item).Count());

        var assessment = AssessmentJson.Read(Croydon).Value!;
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.AddRange(ResponseExport.For(assessment).Select(r => new Bundle.EntryComponent { Resource = r }));
        var imported = await client.PostAsync("/fhir/import", new StringContent(new FhirJsonSerializer().SerializeToString(bundle), Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(Scorer.Score(assessment), Scorer.Score(AssessmentJson.Read(await imported.Content.ReadAsByteArrayAsync()).Value!));
    }

    [Fact]
    public async System.Threading.Tasks.Task Two_reviews_compare_and_children_roll_up()
    {
        var earlier = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rotherham-2025.json"));
        var later = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rotherham-2026.json"));

        var compared = await client.PostAsync("/compare", Json(Encoding.UTF8.GetBytes($"{{\"earlier\": {earlier}, \"later\": {later}}}")));
        Assert.Equal(HttpStatusCode.OK, compared.StatusCode);
        var (before, after) = (AssessmentJson.Parse(earlier).Value!, AssessmentJson.Parse(later).Value!);
        var (first, second) = (Scorer.ScoreWithBands(before), Scorer.ScoreWithBands(after));
        var answer = await compared.Content.ReadAsStringAsync();
        Assert.Equal(Report.Render(ReviewComparison.Of(first, second, ChangeBands.Of(before, after)), first, second, ReportFormat.Json), answer);

        // The same bands and words as the CLI's: Leadership's +30.6 is more than partner disagreement alone produces.
        Assert.Contains("\"beyondNoise\": true", answer, StringComparison.Ordinal);
        using var html = new HttpRequestMessage(HttpMethod.Post, "/compare") { Content = Json(Encoding.UTF8.GetBytes($"{{\"earlier\": {earlier}, \"later\": {later}}}")) };
        html.Headers.Accept.ParseAdd("text/html");
        Assert.Contains(": +30.6, more than partner disagreement alone produces", await (await client.SendAsync(html)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var reversed = await Problem(await client.PostAsync("/compare", Json(Encoding.UTF8.GetBytes($"{{\"earlier\": {later}, \"later\": {earlier}}}"))));
        Assert.Equal(422, reversed.Status);
        Assert.Equal(ProblemCodes.DatesReversed, reversed.Problem.GetProperty("problems")[0].GetProperty("code").GetString());

        var card = ScoreCardJson.Serialize(first);
        var rolled = await client.PostAsync("/rollup", Json(Encoding.UTF8.GetBytes($"{{\"footprint\": {{\"code\": \"E54000009\", \"name\": \"South Yorkshire\", \"level\": \"system\"}}, \"children\": [{card}]}}")));
        Assert.Equal(HttpStatusCode.OK, rolled.StatusCode);
        Assert.Contains("South Yorkshire", await rolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A child without a population: named, unless the children are weighted equally.
        var nameless = System.Text.RegularExpressions.Regex.Replace(card, ",\\s*\"population\": [0-9]+|\"population\": [0-9]+,\\s*", string.Empty);
        var unweighted = await Problem(await client.PostAsync("/rollup", Json(Encoding.UTF8.GetBytes($"{{\"footprint\": {{\"code\": \"E54000009\", \"name\": \"South Yorkshire\", \"level\": \"system\"}}, \"children\": [{nameless}]}}"))));
        Assert.Equal(ProblemCodes.ChildWithoutPopulation, unweighted.Problem.GetProperty("problems")[0].GetProperty("code").GetString());
        var equal = await client.PostAsync("/rollup", Json(Encoding.UTF8.GetBytes($"{{\"footprint\": {{\"code\": \"E54000009\", \"name\": \"South Yorkshire\", \"level\": \"system\"}}, \"weighting\": \"equal\", \"children\": [{nameless}]}}")));
        Assert.Equal(HttpStatusCode.OK, equal.StatusCode);

        var missing = await Problem(await client.PostAsync("/compare", Json(Encoding.UTF8.GetBytes($"{{\"earlier\": {earlier}}}"))));
        Assert.Equal("$.later", missing.Problem.GetProperty("problems")[0].GetProperty("path").GetString());

        var unknown = await Problem(await client.PostAsync("/rollup?policy=nope", Json(Encoding.UTF8.GetBytes("{}"))));
        Assert.Equal(400, unknown.Status);
        Assert.Equal("'nope' is not a scoring policy; use one of standard, unrated-as-not-started, weakest-link.", unknown.Problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async System.Threading.Tasks.Task Peers_and_learning_partners_answer_as_the_library_does()
    {
        string[] names = ["dorset-2025", "north-east-lincolnshire-2025", "nottinghamshire-2025", "plymouth-2026", "rotherham-2026"];
        var peers = names.Select(n => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"{n}.json"))).ToList();
        var body = Encoding.UTF8.GetBytes($"{{\"card\": {Encoding.UTF8.GetString(Croydon)}, \"peers\": [{string.Join(",", peers)}]}}");
        // Assessments are scored with their bands, so that a learning partner is ahead only beyond both partner bands.
        var own = Scorer.ScoreWithBands(AssessmentJson.Read(Croydon).Value!);
        var cards = peers.Select(p => Scorer.ScoreWithBands(AssessmentJson.Parse(p).Value!)).ToList();

        var grouped = await client.PostAsync("/peers", Json(body));
        var twinned = await client.PostAsync("/twins", Json(body));

        Assert.Equal(PeersJson.Serialize(Peers.PeerGroup.Of(own, cards)), await grouped.Content.ReadAsStringAsync());
        Assert.Equal(PeersJson.Serialize(Peers.LearningPartners.Match(own, cards)), await twinned.Content.ReadAsStringAsync());
        var missing = await Problem(await client.PostAsync("/peers", Json(Encoding.UTF8.GetBytes($"{{\"card\": {Encoding.UTF8.GetString(Croydon)}}}"))));
        Assert.Equal("$.peers", missing.Problem.GetProperty("problems")[0].GetProperty("path").GetString());
        var narrow = Encoding.UTF8.GetBytes($"{{\"card\": {Encoding.UTF8.GetString(Croydon)}, \"peers\": [{string.Join(",", peers)}], \"withinMonths\": 0}}");
        Assert.Equal(PeersJson.Serialize(Peers.PeerGroup.Of(own, cards, withinMonths: 0)), await (await client.PostAsync("/peers", Json(narrow))).Content.ReadAsStringAsync());
        var wrong = await Problem(await client.PostAsync("/peers", Json(Encoding.UTF8.GetBytes($"{{\"card\": {Encoding.UTF8.GetString(Croydon)}, \"peers\": [], \"withinMonths\": -3}}"))));
        Assert.Equal("$.withinMonths", wrong.Problem.GetProperty("problems")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async System.Threading.Tasks.Task The_api_is_described_in_openapi_3_1_and_its_reference_page_is_served_by_the_app()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths");
        Assert.All(["/score", "/agenda", "/plan", "/merge", "/compare", "/rollup", "/peers", "/learning-partners", "/frameworks", "/frameworks/{id}", "/frameworks/{id}/questionnaire", "/fhir/import", "/health"], p => Assert.True(paths.TryGetProperty(p, out _), p));
        var page = await client.GetStringAsync("/scalar/");
        Assert.Contains("<script src=\"scalar.js\"></script>", page, StringComparison.Ordinal);
        Assert.True((await client.GetAsync("/scalar/scalar.js")).IsSuccessStatusCode, "the reference page's script is not served by the app");
        Assert.DoesNotContain("https://cdn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Request_bodies_are_never_logged()
    {
        var logs = new CapturedLogs();
        using var logged = factory.WithWebHostBuilder(host => host.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))));
        using var traced = logged.CreateClient();
        const string Secret = "Evidence naming Mrs Example of 1 Private Road";
        var body = Encoding.UTF8.GetString(Croydon).Replace("Illustrative rating, not a published result.", Secret, StringComparison.Ordinal);

        await traced.PostAsync("/score", Json(Encoding.UTF8.GetBytes(body)));
        await traced.PostAsync("/score", Json(Encoding.UTF8.GetBytes(body.Replace("\"TRA.1\"", "\"TRA.99\"", StringComparison.Ordinal))));

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("Mrs Example", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Health_says_healthy()
        => Assert.Equal("{\"status\":\"healthy\",\"frameworks\":2}", await client.GetStringAsync("/health"));

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static async Task<(int Status, JsonElement Problem)> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
