using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// Collecting ratings from partners through ifw: templates to fill in (JSON, CSV, a workbook per assessor, pre-filled
/// --from an assessment), their returns merged, and responses from a generic FHIR form filler imported.
/// </summary>
public sealed class CollectingTests
{
    private static readonly string Fhir = Path.Combine(PeersCommandTests.FindRoot(), "samples", "data", "fhir");

    private static readonly string[] Croydon = ["template", "--footprint-code", "E09000008", "--footprint-name", "Croydon", "--level", "place", "--date", "2025-10-01"];

    [Fact]
    public void A_JSON_template_lists_every_item_for_every_assessor_unrated_and_reads_back_with_no_ratings()
    {
        var run = Run.Ifw([.. Croydon, "--assessor", "council", "--assessor", "vcse"]).Succeeded();

        Assert.Equal(2 * 86, run.Output.Split("\"progress\": null").Length - 1);
        var read = AssessmentJson.Read(Encoding.UTF8.GetBytes(run.Output));
        Assert.Empty(read.Problems);
        Assert.Empty(read.Value!.Ratings);
        Assert.Equal(["council", "vcse"], read.Value.Assessors.Select(a => a.Id));
    }

    [Fact]
    public void A_CSV_template_has_a_row_per_item_and_assessor_with_progress_empty()
    {
        var run = Run.Ifw([.. Croydon, "--assessor", "council", "-f", "csv"]).Succeeded();

        var lines = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 86, lines.Length);
        Assert.Equal("shifting-the-centre-of-gravity-2018,E09000008,Croydon,place,,,2025-10-01,council,Council,council,SO,TRA,true,TRA.1,,,,", lines[1]);
        var read = RatingsCsv.Parse(run.Output);
        Assert.Empty(read.Problems);
        Assert.Empty(read.Value!.Ratings);
    }

    [Fact]
    public void Output_dir_writes_one_workbook_per_assessor_named_by_footprint_and_assessor()
    {
        using var folder = new Folder();

        var run = Run.Ifw([.. Croydon, "--assessor", "council", "--assessor", "icb:integratedCareBoard:NHS South West London", "--output-dir", folder["returns"]]).Succeeded();

        Assert.Equal(["E09000008-council.xlsx", "E09000008-icb.xlsx"], Directory.GetFiles(folder["returns"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var icb = AssessorWorkbook.Read(File.ReadAllBytes(folder["returns/E09000008-icb.xlsx"])).Value!;
        Assert.Equal(new Assessor("icb", "NHS South West London", Partners.PartnerKind.IntegratedCareBoard), Assert.Single(icb.Assessors));
        Assert.Contains("Wrote 2 workbooks, one per assessor.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void One_workbook_for_several_assessors_is_refused_and_points_to_output_dir()
    {
        using var folder = new Folder();

        var run = Run.Ifw([.. Croydon, "--assessor", "council", "--assessor", "vcse", "-o", folder["t.xlsx"]]).Refused();

        Assert.Equal($"ifw: -o {folder["t.xlsx"]} writes one workbook, but there are 2 assessors (council, vcse); give --output-dir DIR for one workbook each, or one --assessor.", run.ErrorLines[0]);
        Assert.False(File.Exists(folder["t.xlsx"]));
    }

    [Fact]
    public void A_template_from_an_assessment_is_a_partners_workbook_with_what_they_said()
    {
        using var folder = new Folder();
        var source = folder.Write("croydon.json", Folder.Croydon());

        Run.Ifw("template", "--from", source, "--assessor", "council", "--date", "2026-10-01", "-o", folder["council.xlsx"]).Succeeded();

        var council = AssessorWorkbook.Read(File.ReadAllBytes(folder["council.xlsx"])).Value!;
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 1), council.AssessedOn);
        Assert.Equal(Folder.Croydon().Ratings.Where(r => r.AssessorId == "council").OrderBy(r => r.ItemId, StringComparer.Ordinal), council.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal));
    }

    [Fact]
    public void Merge_combines_mixed_files_prints_each_return_and_scores_as_the_whole()
    {
        using var folder = new Folder();
        var whole = Folder.Croydon();
        File.WriteAllBytes(folder["council.xlsx"], AssessorWorkbook.ToBytes(whole, "council"));
        folder.Write("icb.csv", RatingsCsv.Serialize(Only(whole, "icb")));
        var blank = new Assessment(whole.Framework, whole.Footprint, whole.AssessedOn, [whole.Assessors[2]], []);
        File.WriteAllBytes(folder["vcse.xlsx"], AssessorWorkbook.ToBytes(blank, "vcse"));

        var run = Run.Ifw("merge", folder["council.xlsx"], folder["icb.csv"], folder["vcse.xlsx"], "-o", folder["merged.json"]).Succeeded();

        Assert.Contains("Merged 3 files: council 3 of 86 rated; icb 3 of 86 rated; vcse 0 of 86 rated.", run.Error, StringComparison.Ordinal);
        var merged = AssessmentJson.Read(File.ReadAllBytes(folder["merged.json"])).Value!;
        var expected = new Assessment(whole.Framework, whole.Footprint, whole.AssessedOn, whole.Assessors, [.. whole.Ratings.Where(r => r.AssessorId != "vcse")]);
        Assert.Equal(Scorer.Score(expected), Scorer.Score(merged));
        var scored = ScoreCardJson.Read(Encoding.UTF8.GetBytes(Run.Ifw("score", folder["council.xlsx"], folder["icb.csv"], folder["vcse.xlsx"], "-f", "json").Succeeded().Output)).Value!;
        Assert.Equal(Scorer.Score(expected).Overall, scored.Overall);
    }

    [Fact]
    public void The_same_rating_in_two_files_is_a_warning_and_kept_once()
    {
        using var folder = new Folder();
        var first = folder.Write("a.json", Folder.Croydon());
        var second = folder.Write("b.json", Folder.Croydon());

        var run = Run.Ifw("merge", first, second).Succeeded();

        Assert.Contains($"{second}: warning: council's rating of TRA.1 is also in {first}, the same; it is kept once.", run.ErrorLines);
        Assert.Equal(Folder.Croydon().Ratings.Count, AssessmentJson.Read(Encoding.UTF8.GetBytes(run.Output)).Value!.Ratings.Count);
    }

    [Fact]
    public void The_same_assessor_rating_an_item_differently_in_two_files_names_both_and_never_lets_the_last_win()
    {
        using var folder = new Folder();
        var first = folder.Write("a.json", Folder.Croydon());
        var second = folder.Write("b.json", Folder.Croydon(tra1: Progress.Planned));

        var run = Run.Ifw("merge", first, second, "-o", folder["merged.json"]).Refused();

        Assert.Contains($"{second}: council rates TRA.1 planned (target embedded) with evidence \"Illustrative: a one-year alliance agree…\" here and inPlace (target embedded) with evidence \"Illustrative: a one-year alliance agree…\" in {first}; one assessor gives one rating an item: keep the one they mean and remove the other.", run.ErrorLines);
        Assert.False(File.Exists(folder["merged.json"]));
    }

    [Fact]
    public void Files_of_another_date_are_refused_naming_both()
    {
        using var folder = new Folder();
        var first = folder.Write("a.json", Folder.Croydon());
        var second = folder.Write("b.json", Folder.Croydon(new NodaTime.LocalDate(2025, 11, 1)));

        var run = Run.Ifw("merge", first, second).Refused();

        Assert.Equal($"{second}: The file is dated 2025-11-01, {first} dated 2025-10-01; merge only the files of one assessment.", run.ErrorLines[0]);
    }

    [Fact]
    public void Responses_from_a_generic_form_filler_import_with_the_context_they_lack()
    {
        using var folder = new Folder();
        var samples = Fhir;

        Run.Ifw("fhir", "import", Path.Combine(samples, "council.json"), Path.Combine(samples, "icb.json"),
            "--footprint-code", "E09000008", "--footprint-name", "Croydon", "--level", "place", "--population", "390800", "--date", "2025-10-06",
            "--assessor", "council:council:Croydon Council", "--assessor", "icb:integratedCareBoard:South West London ICB", "-o", folder["croydon.json"]).Succeeded();

        var imported = AssessmentJson.Read(File.ReadAllBytes(folder["croydon.json"])).Value!;
        Assert.Equal(["council", "icb"], imported.Assessors.Select(a => a.Id));
        Assert.Equal(10, imported.Ratings.Count);
        Assert.Contains(new Rating("TRA.1", "council", Progress.InPlace, Progress.Embedded, "Joint plan agreed by the health and wellbeing board"), imported.Ratings);
    }

    [Fact]
    public void A_response_whose_author_no_assessor_names_is_refused_with_the_assessor_to_add()
    {
        var samples = Fhir;

        var run = Run.Ifw("fhir", "import", Path.Combine(samples, "icb.json"), "--footprint-code", "E09000008", "--footprint-name", "Croydon", "--level", "place").Refused();

        Assert.Equal($"{Path.Combine(samples, "icb.json")}: $.author: The response's author is 'South West London ICB' and 'Organization/icb', which no assessor given names; give the assessor who filled it, whose id or name equals the author's display or reference, such as the id 'icb' or the name 'South West London ICB'. Give the assessor with --assessor ID:PARTNER:NAME.", run.ErrorLines[0]);
    }

    private static Assessment Only(Assessment whole, string assessor)
        => new(whole.Framework, whole.Footprint, whole.AssessedOn, [.. whole.Assessors.Where(a => a.Id == assessor)], [.. whole.Ratings.Where(r => r.AssessorId == assessor)]);
}
