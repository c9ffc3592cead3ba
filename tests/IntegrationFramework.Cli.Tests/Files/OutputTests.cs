using System.Text;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Tests.Files;

/// <summary>No command can destroy its input, and every output is written whole or not at all.</summary>
[Collection(OutputFileHook.Name)]
public sealed class OutputTests
{
    [Theory]
    [InlineData("card.html", "<!DOCTYPE html>")]
    [InlineData("card.md", "# ")]
    [InlineData("card.json", "{")]
    [InlineData("card.csv", "framework,policy,")]
    [InlineData("card.txt", "Croydon")]
    [InlineData("card", "Croydon")]
    public void The_format_follows_the_file_name(string name, string start)
    {
        using var folder = new Folder();
        var input = folder.Write("croydon.json", Folder.Croydon());

        Run.Ifw("score", input, "-o", folder[name]).Succeeded();

        Assert.StartsWith(start, File.ReadAllText(folder[name]), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(folder[name]).TrimEnd('\n'), Run.Ifw("score", input, "--format", ReportFormatOf(name)).Output.TrimEnd('\n'));
    }

    [Fact]
    public void An_output_that_names_the_input_is_refused_however_it_is_spelled()
    {
        using var folder = new Folder();
        var input = folder.Write("croydon.json", Folder.Croydon());
        var before = File.ReadAllBytes(input);
        Directory.CreateDirectory(folder["sub"]);
        File.CreateSymbolicLink(folder["link.json"], input);
        Directory.CreateSymbolicLink(folder["linked-folder"], folder.Path);

        foreach (var output in new[] { input, folder["sub/../croydon.json"], folder["link.json"], folder["linked-folder/croydon.json"] })
        {
            var run = Run.Ifw("score", input, "-o", output, "--force").Refused();

            Assert.Equal($"ifw: -o {output} is the input {input}; write to another file, or the input would be lost (--force does not allow this).", Assert.Single(run.ErrorLines));
            Assert.Equal(before, File.ReadAllBytes(input));
        }

        var linked = Run.Ifw("score", folder["link.json"], "-o", input).Refused();
        Assert.StartsWith($"ifw: -o {input} is the input {folder["link.json"]}", linked.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Theory]
    [InlineData("other.json")]
    [InlineData("other.csv")]
    public void A_file_of_ratings_is_replaced_only_with_force(string name)
    {
        using var folder = new Folder();
        var input = folder.Write("croydon.json", Folder.Croydon());
        var other = folder.Write(name, Folder.Croydon());
        var before = File.ReadAllText(other);

        var refused = Run.Ifw("fhir", "import", input, "-o", other).Refused();
        Assert.Equal(before, File.ReadAllText(other));
        Assert.Equal($"ifw: -o {other} holds ratings: it is {(name.EndsWith(".csv", StringComparison.Ordinal) ? "a ratings table (CSV)" : "an assessment file")}. Give --force to replace it, or write to another file.", Assert.Single(refused.ErrorLines));

        Run.Ifw("score", input, "-o", Path.ChangeExtension(other, ".md"), "--force").Succeeded();
        Run.Ifw("template", "--footprint-code", "X", "--footprint-name", "X", "--level", "place", "-o", other[..^4] + ".json", "--force").Succeeded();
        Assert.NotEqual(before, File.ReadAllText(other[..^4] + ".json"));
    }

    [Fact]
    public void A_report_that_holds_no_ratings_is_replaced_without_force()
    {
        using var folder = new Folder();
        var input = folder.Write("croydon.json", Folder.Croydon());
        var report = folder.Write("card.html", "<p>last year's card</p>");

        Run.Ifw("score", input, "-o", report).Succeeded();

        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(["card.html", "croydon.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void An_interrupted_write_exits_130_leaves_the_old_file_whole_and_no_temporary_file()
    {
        using var folder = new Folder();
        var input = Path.Combine(AppContext.BaseDirectory, "croydon-2025.json");
        var report = folder.Write("card.html", "<p>last year's card</p>");
        using var interrupt = new CancellationTokenSource();
        var chunks = 0;
        long written = 0;

        // Ctrl+C halfway through a large report: after its second chunk is on disk.
        Run run;
        using (OutputFileHook.Set(folder.Path, path =>
        {
            written = new FileInfo(path).Length;
            if (++chunks == 2)
            {
                interrupt.Cancel();
            }
        }))
        {
            run = Run.IfwWith([], interrupt.Token, "score", input, "-o", report);
        }

        Assert.Equal(Ifw.Interrupted, run.Exit);
        Assert.Equal("ifw: interrupted; no file was changed.", Assert.Single(run.ErrorLines));
        Assert.Equal(2, chunks);
        Assert.True(written > OutputFile.ChunkBytes, $"only {written} bytes were written before the interruption");
        Assert.Equal("<p>last year's card</p>", File.ReadAllText(report));
        Assert.Equal(["card.html"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.True(Run.Ifw("score", input, "--format", "html").Output.Length > 2 * OutputFile.ChunkBytes, "the report is not large enough to be written in several chunks");
    }

    [Fact]
    public void A_write_that_fails_part_way_leaves_the_old_file_whole_and_no_temporary_file()
    {
        using var folder = new Folder();
        var input = Path.Combine(AppContext.BaseDirectory, "croydon-2025.json");
        var report = folder.Write("card.html", "<p>last year's card</p>");

        Run run;
        var chunks = 0;
        using (OutputFileHook.Set(folder.Path, _ =>
        {
            if (++chunks == 2)
            {
                throw new IOException("No space left on device.");
            }
        }))
        {
            run = Run.Ifw("score", input, "-o", report);
        }

        Assert.Equal(Ifw.BadInput, run.Exit);
        Assert.Equal("ifw: cannot write: No space left on device. No file was changed.", Assert.Single(run.ErrorLines));
        Assert.Equal(2, chunks);
        Assert.Equal("<p>last year's card</p>", File.ReadAllText(report));
        Assert.Equal(["card.html"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_dash_reads_standard_input_and_writes_standard_output_telling_the_kind_by_content()
    {
        var json = AssessmentJson.SerializeToUtf8Bytes(Folder.Croydon());
        var csv = Encoding.UTF8.GetBytes(RatingsCsv.Serialize(Folder.Croydon()));

        var fromJson = Run.IfwWith(json, CancellationToken.None, "score", "-", "-o", "-", "--format", "json").Succeeded();
        var fromCsv = Run.IfwWith(csv, CancellationToken.None, "score", "-", "--format", "json").Succeeded();
        var validated = Run.IfwWith(csv, CancellationToken.None, "validate", "-").Succeeded();

        Assert.Equal(fromJson.Output, fromCsv.Output);
        Assert.StartsWith("{", fromJson.Output, StringComparison.Ordinal);
        Assert.StartsWith("(standard input): valid, 8 ratings by 3 assessors", validated.Output, StringComparison.Ordinal);
        Assert.Equal(
            "(standard input): $: The file is empty; an assessment file is a JSON object with schemaVersion, framework, footprint, assessors and ratings.",
            Run.IfwWith([], CancellationToken.None, "validate", "-").Refused().ErrorLines[0]);
    }

    [Fact]
    public async Task The_real_program_reads_standard_input_and_writes_standard_output()
    {
        using var folder = new Folder();
        var json = AssessmentJson.SerializeToUtf8Bytes(Folder.Croydon());

        var (exit, output, error) = await RealProcess.Run(folder.Path, json, "score", "-", "-o", "-", "-f", "markdown");

        Assert.True(exit == 0, error);
        Assert.StartsWith("# ", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_real_program_with_130()
    {
        using var folder = new Folder();
        using var process = RealProcess.Start(folder.Path, ["validate", "-"]);
        var error = process.StandardError.ReadToEndAsync();

        // The program waits on standard input, which stays open; SIGINT is what Ctrl+C sends.
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(Ifw.Interrupted, process.ExitCode);
        Assert.Equal("ifw: interrupted; no file was changed.", (await error).Trim());
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    private static string ReportFormatOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "html",
        ".md" => "markdown",
        ".json" => "json",
        ".csv" => "csv",
        _ => "text",
    };
}

/// <summary>The tests that set <see cref="OutputFile.AfterChunk"/>, a process-wide hook, run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutputFileHook
{
    public const string Name = "OutputFile hook";

    /// <summary>Sets the hook for writes into <paramref name="folder"/> only, so that other tests' writes are untouched.</summary>
    public static IDisposable Set(string folder, Action<string> action)
    {
        OutputFile.AfterChunk = path =>
        {
            if (path.StartsWith(folder, StringComparison.Ordinal))
            {
                action(path);
            }
        };
        return new Reset();
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() => OutputFile.AfterChunk = null;
    }
}
