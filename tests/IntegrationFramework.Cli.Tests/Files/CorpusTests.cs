namespace IntegrationFramework.Cli.Tests.Files;

/// <summary>
/// The bad-file corpus (tests/bad-files): every kind of file a partner might hand to ifw by mistake, run through the
/// real program in a copy of the folder, with exactly what it must print and the exit code it must return.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Corpus = Path.Combine(FindRoot(), "tests", "bad-files");

    public static TheoryData<string> Cases() => [.. Blocks().Select(b => b.Command)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_bad_file_gets_its_one_message_and_exit_code(string command)
    {
        var expected = Blocks().Single(b => b.Command == command);
        using var folder = CopyOfCorpus();
        var before = Snapshot(folder.Path);

        var (exit, _, error) = await RealProcess.Run(folder.Path, [], command.Split(' '));

        Assert.Equal(expected.Error, error.ReplaceLineEndings("\n").TrimEnd('\n'));
        Assert.Equal(expected.Exit, exit);
        Assert.Equal(before, Snapshot(folder.Path));
        Assert.DoesNotMatch(@"System\.[A-Z]|`\d|Exception", error);
    }

    [Fact]
    public void The_corpus_has_a_case_for_every_file_in_it()
    {
        var named = Blocks().SelectMany(b => b.Command.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFileSystemEntries(Corpus).Select(Path.GetFileName).Where(f => f is not ("cases.txt" or "make-corpus.py"));

        Assert.All(files, f => Assert.Contains(f!, named));
    }

    /// <summary>The blocks of cases.txt: a command line, the exit code, and standard error exactly.</summary>
    private static IEnumerable<(string Command, int Exit, string Error)> Blocks()
    {
        var text = File.ReadAllText(Path.Combine(Corpus, "cases.txt")).ReplaceLineEndings("\n");
        foreach (var block in text.Split("\n\n"))
        {
            var lines = block.Split('\n').Where(l => !l.StartsWith('#')).ToList();
            if (lines.Count == 0 || !lines[0].StartsWith("$ ", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.StartsWith("exit ", lines[1], StringComparison.Ordinal);
            yield return (lines[0][2..], int.Parse(lines[1][5..], System.Globalization.CultureInfo.InvariantCulture), string.Join('\n', lines.Skip(2)).TrimEnd('\n'));
        }
    }

    private static Folder CopyOfCorpus()
    {
        var folder = new Folder();
        foreach (var entry in Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(Corpus, entry));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(entry, target);
        }

        return folder;
    }

    /// <summary>Every file in the folder with its bytes, so that a refused command is seen to have changed nothing.</summary>
    private static string Snapshot(string folder) => string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
