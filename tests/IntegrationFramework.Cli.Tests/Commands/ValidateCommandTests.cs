using System.Text.RegularExpressions;
using IntegrationFramework.Assessments;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void A_valid_file_in_either_format_passes()
    {
        using var folder = new Folder();
        var json = folder.Write("croydon.json", Folder.Croydon());
        var csv = folder.Write("croydon.csv", Folder.Croydon());

        var run = Run.Ifw("validate", json, csv).Succeeded();

        Assert.Equal(
            $"{json}: valid, 8 ratings by 3 assessors\n{csv}: valid, 8 ratings by 3 assessors\n2 files checked: 2 valid, 0 not valid.\n",
            run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Each_problem_is_a_line_of_file_path_and_message()
    {
        using var folder = new Folder();
        var json = AssessmentJsonText(Folder.Croydon())
            .Replace("\"item\": \"PCC.4\"", "\"item\": \"PCC.99\"", StringComparison.Ordinal)
            .Replace("\"assessor\": \"vcse\"", "\"assessor\": \"healthwatch\"", StringComparison.Ordinal);
        var path = folder.Write("croydon.json", json);

        var run = Run.Ifw("validate", path).Refused();

        Assert.All(run.ErrorLines, line => Assert.Matches(@"^.+croydon\.json: \$\.ratings\[\d+\]\.(item|assessor): .+$", line));
        Assert.Contains(run.ErrorLines, line => line.Contains("PCC.99", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.Contains("healthwatch", StringComparison.Ordinal));
        Assert.Equal($"{path}: not valid\n1 file checked: 0 valid, 1 not valid.\n", run.Output);
    }

    [Fact]
    public void Broken_json_is_reported_with_where_it_broke()
    {
        using var folder = new Folder();
        var path = folder.Write("broken.json", "{ \"schemaVersion\": 1, \"framework\": ");

        var run = Run.Ifw("validate", path).Refused();

        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{path}: $", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_dated_after_today_is_refused()
    {
        using var folder = new Folder();
        var path = folder.Write("future.json", Folder.Croydon(new LocalDate(2026, 11, 25)));

        var run = Run.Ifw("validate", path).Refused();

        Assert.Equal(
            $"{path}: $.assessedOn: The assessment is dated 2026-11-25, after today (2026-11-24 in England); date it on or before today.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_missing_file_is_reported_and_the_others_still_checked()
    {
        using var folder = new Folder();
        var good = folder.Write("croydon.json", Folder.Croydon());
        var missing = folder["nowhere.json"];

        var run = Run.Ifw("validate", missing, good).Refused();

        Assert.Equal($"{missing}: no such file.\n", run.Error);
        Assert.EndsWith("2 files checked: 1 valid, 1 not valid.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_a_handful_of_files_gets_a_progress_line()
    {
        using var folder = new Folder();
        var paths = Enumerable.Range(1, 6).Select(i => folder.Write($"croydon-{i}.json", Folder.Croydon())).ToArray();

        var run = Run.Ifw(["validate", .. paths]).Succeeded();

        Assert.Equal(["Reading 6 files…", "Read 6 of 6 files."], run.ErrorLines);
    }

    [Fact]
    public void A_handful_of_files_reads_quietly()
    {
        using var folder = new Folder();
        var paths = Enumerable.Range(1, 5).Select(i => folder.Write($"croydon-{i}.json", Folder.Croydon())).ToArray();

        Assert.Empty(Run.Ifw(["validate", .. paths]).Succeeded().Error);
    }

    [Fact]
    public void A_bad_csv_cell_is_reported_by_line_and_column()
    {
        using var folder = new Folder();
        var csv = RatingsCsvText(Folder.Croydon()).Replace(",planned,", ",plannned,", StringComparison.Ordinal);
        var path = folder.Write("croydon.csv", csv);

        var run = Run.Ifw("validate", path).Refused();

        Assert.Equal(2, run.ErrorLines.Count);
        Assert.All(run.ErrorLines, line => Assert.Matches($@"^{Regex.Escape(path)}: line \d, progress: .*'plannned'", line));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        using var folder = new Folder();
        var path = folder["huge.json"];
        using (var file = File.Create(path))
        {
            file.SetLength(Serialization.ReadOptions.DefaultMaxBytes + 1);
        }

        var run = Run.Ifw("validate", path).Refused();

        Assert.Equal($"{path}: $: The file is 16,777,217 bytes; the limit is 16,777,216 bytes (16 MiB), which --max-file-mib raises.", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void No_file_is_a_usage_error()
    {
        var run = Run.Ifw("validate").Refused();

        Assert.Equal("Run 'ifw validate --help' for usage.", run.ErrorLines[^1]);
    }

    private static string RatingsCsvText(Assessment assessment) => Serialization.RatingsCsv.Serialize(assessment);

    private static string AssessmentJsonText(Assessment assessment) => Serialization.AssessmentJson.Serialize(assessment);
}
