using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntegrationFramework.Cli;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IntegrationFramework.ScoringService.Tests;

/// <summary>
/// The service takes the partners' files as they are: workbooks, ratings tables, assessment files and FHIR responses,
/// sent as a form (multipart/form-data) whatever the parts are called, or one file as the body with its own media type.
/// </summary>
public sealed class PartnerFilesTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string Dorset = Path.Combine(AppContext.BaseDirectory, "dorset-2025.json");
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Four_partners_workbooks_sent_as_a_form_score_to_the_card_the_command_line_makes_from_the_same_ratings_in_JSON()
    {
        var assessment = AssessmentJson.Read(System.IO.File.ReadAllBytes(Dorset)).Value!;
        Assert.Equal(4, assessment.Assessors.Count);
        using var form = new MultipartFormDataContent();
        foreach (var (assessor, i) in assessment.Assessors.Select((a, i) => (a, i)))
        {
            // Any field name: every file part counts.
            form.Add(Part(AssessorWorkbook.ToBytes(assessment, assessor.Id), Workbook), $"part{i}", $"dorset-{assessor.Id}.xlsx");
        }

        var response = await client.PostAsync("/score", form);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = Ifw.Run(["score", Dorset, "--format", "json"], output, error);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, exit);
        Assert.Equal(output.ToString().TrimEnd(), (await response.Content.ReadAsStringAsync()).TrimEnd());
    }

    [Fact]
    public async Task A_mix_of_kinds_merges_into_one_assessment_with_each_assessors_return()
    {
        var assessment = AssessmentJson.Read(System.IO.File.ReadAllBytes(Dorset)).Value!;
        var ids = assessment.Assessors.Select(a => a.Id).ToList();
        Assessments.Assessment Only(string id) => new(assessment.Framework, assessment.Footprint, assessment.AssessedOn, [.. assessment.Assessors.Where(a => a.Id == id)], [.. assessment.Ratings.Where(r => r.AssessorId == id)], assessment.ExcludedDomains);
        using var form = new MultipartFormDataContent
        {
            { Part(AssessorWorkbook.ToBytes(assessment, ids[0]), Workbook), "returns", "first.xlsx" },
            { Part(Encoding.UTF8.GetBytes(RatingsCsv.Serialize(Only(ids[1]))), "text/csv"), "returns", "second.csv" },
            { Part(Encoding.UTF8.GetBytes(AssessmentJson.Serialize(Only(ids[2]))), "application/json"), "other", "third.json" },
            { Part(Encoding.UTF8.GetBytes(AssessmentJson.Serialize(Only(ids[3]))), "application/octet-stream"), "x", "fourth.json" },
        };

        var response = await client.PostAsync("/merge", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = AssessmentJson.Read(await response.Content.ReadAsByteArrayAsync()).Value!;
        Assert.Equal(assessment.Ratings.OrderBy(r => (r.AssessorId, r.ItemId)), merged.Ratings.OrderBy(r => (r.AssessorId, r.ItemId)));
        Assert.Equal(assessment.Assessors, merged.Assessors);
        Assert.Equal(Scoring.Scorer.Score(assessment), Scoring.Scorer.Score(merged));
        Assert.Equal(string.Join("; ", ids.Select(id => $"{id} {assessment.Ratings.Count(r => r.AssessorId == id)} of 86 rated")), string.Join(",", response.Headers.GetValues("Assessor-Returns")));
    }

    [Fact]
    public async Task A_workbook_or_a_ratings_table_is_scored_when_sent_alone_with_its_media_type_and_the_pack_is_made_from_a_form()
    {
        var assessment = AssessmentJson.Read(System.IO.File.ReadAllBytes(Dorset)).Value!;
        var one = await client.PostAsync("/score", Part(AssessorWorkbook.ToBytes(assessment, assessment.Assessors[0].Id), Workbook));
        var table = await client.PostAsync("/score", Part(Encoding.UTF8.GetBytes(RatingsCsv.Serialize(assessment)), "text/csv"));
        using var form = new MultipartFormDataContent { { Part(System.IO.File.ReadAllBytes(Dorset), "application/json"), "assessment", "dorset.json" } };
        var pack = await client.PostAsync("/agenda", form);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, table.StatusCode);
        Assert.Equal(await (await client.PostAsync("/score", Part(System.IO.File.ReadAllBytes(Dorset), "application/json"))).Content.ReadAsStringAsync(), await table.Content.ReadAsStringAsync());
        Assert.Equal("text/html", pack.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Consensus meeting pack", await pack.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_problem_in_one_partners_file_comes_back_with_its_file_and_its_place_in_parts()
    {
        var assessment = AssessmentJson.Read(System.IO.File.ReadAllBytes(Dorset)).Value!;
        var ids = assessment.Assessors.Select(a => a.Id).ToList();
        var lines = RatingsCsv.Serialize(assessment).Split("\r\n");
        lines[3] = lines[3].Replace(",inPlace,", ",half done,", StringComparison.Ordinal).Replace(",underDevelopment,", ",half done,", StringComparison.Ordinal).Replace(",planned,", ",half done,", StringComparison.Ordinal).Replace(",embedded,", ",half done,", StringComparison.Ordinal).Replace(",notStarted,", ",half done,", StringComparison.Ordinal);
        using var form = new MultipartFormDataContent
        {
            { Part(AssessorWorkbook.ToBytes(assessment, ids[0]), Workbook), "returns", "good.xlsx" },
            { Part(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)), "text/csv"), "returns", "bad.csv" },
        };

        var response = await client.PostAsync("/score", form);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = problem.RootElement.GetProperty("problems")[0];

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(ProblemCodes.UnknownValue, first.GetProperty("code").GetString());
        Assert.Equal("bad.csv", first.GetProperty("file").GetString());
        Assert.Equal("line 4, progress", first.GetProperty("path").GetString());
        Assert.Equal(4, first.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal("progress", first.GetProperty("location").GetProperty("column").GetString());
        Assert.False(first.GetProperty("location").TryGetProperty("jsonPath", out _));
        Assert.Equal("'half done' is not a progress value; use one of notStarted, planned, underDevelopment, inPlace, embedded, notApplicable.", first.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_form_without_files_is_400_and_says_how_to_send_them()
    {
        using var form = new MultipartFormDataContent { { new StringContent("not a file"), "note" } };

        var response = await client.PostAsync("/score", form);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("No files", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async System.Threading.Tasks.Task The_plan_is_written_as_a_table_and_a_filled_plan_merges_with_the_partners_files()
    {
        var dorset = File.ReadAllBytes(Dorset);
        var body = new ByteArrayContent(dorset);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var planned = await client.PostAsync("/plan", body);

        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        Assert.Equal("text/csv", planned.Content.Headers.ContentType?.MediaType);
        var plan = await planned.Content.ReadAsStringAsync();
        Assert.StartsWith("item,action,owner,due,status,note,text,stands,target,gap\r\n", plan, StringComparison.Ordinal);
        var first = plan.Split("\r\n")[1].Split(',')[0];
        var filled = plan.Replace($"{first},,,,,,", $"{first},Agree who leads,council,2026-06-30,open,,", StringComparison.Ordinal);
        using var form = new MultipartFormDataContent
        {
            { Part(dorset, "application/json"), "assessment", "dorset.json" },
            { Part(Encoding.UTF8.GetBytes(filled), "text/csv"), "plan", "plan.csv" },
        };

        var merged = await client.PostAsync("/merge", form);

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var actions = AssessmentJson.Read(await merged.Content.ReadAsByteArrayAsync()).Value!.Actions;
        Assert.Equal((first, "Agree who leads", "council"), (Assert.Single(actions).ItemId, actions[0].Action, actions[0].Owner));
    }

    private static ByteArrayContent Part(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
