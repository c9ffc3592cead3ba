using IntegrationFramework.Assessments;
using IntegrationFramework.Intake;
using IntegrationFramework.Peers;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Cli;

/// <summary>
/// The files commands take, from the file system to the library's one way in (<see cref="FileIntake"/>): paths and
/// folders become <see cref="InputFile"/>s (<c>-</c> is standard input), and the intake tells what each holds from its
/// content. A folder, or several files, given for one assessment are the partners' files of it, merged. Problems go to
/// standard error.
/// </summary>
internal sealed class InputFiles(Terminal terminal)
{
    private FileIntake Intake => terminal.Intake;

    /// <summary>
    /// Reads one assessment from a file, or from a folder of partner files or several files, merged (with each
    /// assessor's return written); null (with the problems written) when it cannot be read.
    /// </summary>
    public Assessment? Assessment(params string[] paths)
    {
        if (paths.Length == 1 && !Directory.Exists(paths[0]))
        {
            return Assessment(paths[0]);
        }

        return Expand(paths) is { } files ? Merge(files) : null;
    }

    /// <summary>Reads each file and merges them into one assessment, writing each assessor's return; null when any cannot be read or they conflict.</summary>
    public Assessment? Merge(IReadOnlyList<string> paths)
    {
        if (Files(paths) is not { } files)
        {
            return null;
        }

        var merged = Intake.ReadMerged(files);
        terminal.Problems(merged.Problems);
        if (merged.Value is not { } value)
        {
            return null;
        }

        terminal.Error.WriteLine(value.ToString());
        return value.Assessment;
    }

    /// <summary>Reads an assessment from one file; null (with its problems written) when it cannot be read.</summary>
    public Assessment? Assessment(string path)
    {
        if (File(path) is not { } file)
        {
            return null;
        }

        var read = Intake.Read(file);
        terminal.Problems(read.Problems);
        return read.Value;
    }

    /// <summary>Reads a score card, scoring an assessment (a file, or a folder of partner files merged) under <paramref name="policy"/>; null when it cannot be read.</summary>
    public CardFile? Card(string path, ScoringPolicy policy)
    {
        if (Directory.Exists(path))
        {
            return Assessment([path]) is { } merged ? new CardFile(Scorer.ScoreWithBands(merged, policy), merged) : null;
        }

        if (File(path) is not { } file)
        {
            return null;
        }

        var read = Intake.ReadCard(file, policy);
        terminal.Problems(read.Problems);
        return read.Value;
    }

    /// <summary>
    /// Reads the peers <c>--peers</c> names: a table of domain scores (CSV), or a folder whose every file the intake
    /// reads (not its sub-folders) is a score card, an assessment scored under <paramref name="policy"/>, or a table of
    /// domain scores. Null, with the problems written, when the path is missing or any file cannot be read: a peer left
    /// out silently would move every percentile.
    /// </summary>
    public List<PeerCard>? Peers(string path, ScoringPolicy policy)
    {
        if (!Directory.Exists(path) && !System.IO.File.Exists(path))
        {
            terminal.Error.WriteLine($"{path}: no such file or folder; --peers names a folder of score cards or assessments, or a table of domain scores (CSV).");
            return null;
        }

        var paths = Directory.Exists(path) ? InFolder(path) : [path];
        var peers = new List<PeerCard>();
        var failed = false;
        terminal.Progress(0, paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var read = File(paths[i]) is { } file ? Intake.ReadPeers(file, policy) : null;
            if (read is not null)
            {
                terminal.Problems(read.Problems);
            }

            if (read?.Value is { } cards)
            {
                peers.AddRange(cards);
            }
            else
            {
                failed = true;
            }

            terminal.Progress(i + 1, paths.Count);
        }

        return failed ? null : peers;
    }

    /// <summary>The files of paths given for one assessment, each folder's partner files in name order; null (with the reason written) for a folder that holds none.</summary>
    private List<string>? Expand(string[] paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            var inFolder = InFolder(path);
            if (inFolder.Count == 0)
            {
                terminal.Error.WriteLine($"{path}: the folder holds no partner files ({string.Join(", ", Intake.Extensions)}).");
                return null;
            }

            files.AddRange(inFolder);
        }

        return files;
    }

    /// <summary>The files of a folder (not its sub-folders) with an extension the intake reads, hidden ones left out, in name order.</summary>
    private List<string> InFolder(string folder)
        => [.. Directory.EnumerateFiles(folder)
            .Where(p => Intake.Extensions.Any(e => p.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Reads the files' bytes, saying how far it has got; null when any cannot be read (every reason written).</summary>
    private List<InputFile>? Files(IReadOnlyList<string> paths)
    {
        var files = new List<InputFile>(paths.Count);
        terminal.Progress(0, paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            if (File(paths[i]) is { } file)
            {
                files.Add(file);
            }

            terminal.Progress(i + 1, paths.Count);
        }

        return files.Count == paths.Count ? files : null;
    }

    /// <summary>
    /// A file's bytes, or standard input's for <c>-</c>, named as problems name it; null (with the reason written) when
    /// it is missing, a folder, unreadable or over the size limit.
    /// </summary>
    public InputFile? File(string path)
    {
        var options = Intake.Options;
        var name = Name(path);
        if (path == Targets.Standard)
        {
            var read = Serialization.InputBytes.ReadLimited(terminal.Input, options.MaxBytes);
            if (read is null)
            {
                terminal.Problems([options.TooLarge(null).InFile(name)]);
                return null;
            }

            return new InputFile(name, read);
        }

        try
        {
            if (Directory.Exists(path))
            {
                terminal.Error.WriteLine($"{path}: is a folder, not a file; give a file in it.");
                return null;
            }

            var info = new FileInfo(path);
            if (info.Exists && info.Length > options.MaxBytes)
            {
                terminal.Problems([options.TooLarge(info.Length).InFile(name)]);
                return null;
            }

            return new InputFile(name, System.IO.File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            terminal.Error.WriteLine($"{path}: no such file.");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"{path}: cannot be read: permission denied.");
            return null;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{path}: cannot be read: {exception.Message}");
            return null;
        }
    }

    /// <summary>Problems of several inputs given without names (<see cref="Problems.ProblemLocation.Input"/>) in the files they were read from.</summary>
    public static IEnumerable<Problems.Problem> Named(IEnumerable<Problems.Problem> problems, IReadOnlyList<string> paths)
        => problems.Select(p => p.Location.Input is { } input && input < paths.Count ? p with { Location = p.Location.InFile(Name(paths[input])) } : p);

    /// <summary>The name a file's problems are printed under: <c>(standard input)</c> for <c>-</c>.</summary>
    public static string Name(string path) => path == Targets.Standard ? "(standard input)" : path;
}
