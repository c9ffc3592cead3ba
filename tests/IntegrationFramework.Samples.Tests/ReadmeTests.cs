using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationFramework.Samples.Tests;

/// <summary>
/// The README's C# compiles, and the blocks that are whole programs run: every <c>csharp</c> block becomes a method of
/// one file-based app, built against this repository's packages. A block that works on values an earlier step made
/// says so in a comment before it (<c>&lt;!-- given: Assessment assessment, ScoreCard card --&gt;</c>), which become
/// the method's parameters, and is compiled but not run; so is a block that reads the reader's own files
/// (<c>&lt;!-- compile only: … --&gt;</c>). The rest run, in order, in a folder holding the sample data.
/// </summary>
public sealed partial class ReadmeTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ifw-readme-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void The_readme_has_csharp_blocks_to_check_and_says_what_each_is_given()
    {
        var blocks = Blocks(File.ReadAllText(Repository.Path("README.md")));

        Assert.True(blocks.Count >= 8, $"{blocks.Count} C# blocks");
        Assert.Contains(blocks, b => b.Run);
        Assert.Contains(blocks, b => b.Given.Length > 0);
    }

    [Fact]
    public async Task Every_csharp_block_of_the_readme_compiles_and_the_whole_programs_run()
    {
        var blocks = Blocks(File.ReadAllText(Repository.Path("README.md")));
        var app = Path.Combine(scratch, "readme.cs");
        File.WriteAllText(app, Program(blocks));
        CopyFolder(Repository.Path("samples", "data"), Path.Combine(scratch, "samples", "data"));

        var (exit, output, error) = await Repository.Dotnet(scratch, "run", "-c", Repository.Configuration, app);

        Assert.True(exit == 0, $"{error}\n{output}\n{File.ReadAllText(app)}");
        foreach (var block in blocks.Where(b => b.Run))
        {
            Assert.Contains($"README block {block.Number} ran.", output, StringComparison.Ordinal);
        }
    }

    /// <summary>A C# block: its number, code, the values it is given, and whether it runs.</summary>
    private sealed record Block(int Number, string Code, string Given, bool Run);

    private static List<Block> Blocks(string readme)
        => [.. CSharp().Matches(readme).Select((m, i) => new Block(
            i + 1,
            m.Groups["code"].Value,
            m.Groups["given"].Success ? m.Groups["given"].Value.Trim() : string.Empty,
            !m.Groups["given"].Success && !m.Groups["only"].Success))];

    /// <summary>One program: every block's usings at the top, a method per block, and the runnable ones called in order.</summary>
    private static string Program(List<Block> blocks)
    {
        var program = new StringBuilder();
        foreach (var project in (string[])["IntegrationFramework", "IntegrationFramework.Reports", "IntegrationFramework.Fhir", "IntegrationFramework.Workbooks"])
        {
            program.AppendLine(CultureInfo($"#:project {Repository.Path("src", project, project + ".csproj")}"));
        }

        var usings = blocks.SelectMany(b => b.Code.Split('\n')).Where(l => Using().IsMatch(l)).Select(l => l.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var line in usings)
        {
            program.AppendLine(line);
        }

        program.AppendLine();
        foreach (var block in blocks.Where(b => b.Run))
        {
            program.AppendLine(CultureInfo($"Block{block.Number}();"));
            program.AppendLine(CultureInfo($"Console.WriteLine(\"README block {block.Number} ran.\");"));
        }

        foreach (var block in blocks)
        {
            program.AppendLine().AppendLine(CultureInfo($"static void Block{block.Number}({block.Given})")).AppendLine("{");
            foreach (var line in block.Code.Split('\n').Where(l => !Using().IsMatch(l) && !l.StartsWith("#:", StringComparison.Ordinal)))
            {
                program.Append("    ").AppendLine(line);
            }

            program.AppendLine("}");
        }

        return program.ToString();
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"(?:<!-- (?:given: (?<given>[^>]*)|(?<only>compile only)[^>]*)-->\s*\n)?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharp();

    [GeneratedRegex(@"^\s*using [A-Za-z][\w.]*;\s*$")]
    private static partial Regex Using();
}
