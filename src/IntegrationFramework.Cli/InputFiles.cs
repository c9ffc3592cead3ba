using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir;
using IntegrationFramework.Peers;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli;

/// <summary>
/// Reads the files commands take, telling what each holds from its content, never its name: assessments as JSON,
/// ratings CSV, workbooks or FHIR responses, and score cards as JSON. <c>-</c> is standard input. A folder, or several
/// files, given for one assessment are the partners' files of it, merged. Problems go to standard error.
/// </summary>
internal sealed class InputFiles(Terminal terminal)
{
    /// <summary>The extensions of the files a folder of partner files is read for.</summary>
    public static readonly string[] PartnerFileExtensions = [".json", ".csv", ".xlsx", ".ods"];

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

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            var inFolder = Directory.EnumerateFiles(path)
                .Where(p => PartnerFileExtensions.Any(e => p.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !Path.GetFileName(p).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (inFolder.Count == 0)
            {
                terminal.Error.WriteLine($"{path}: the folder holds no partner files ({string.Join(", ", PartnerFileExtensions)}).");
                return null;
            }

            files.AddRange(inFolder);
        }

        return Merge(files);
    }

    /// <summary>Reads each file and merges them into one assessment, writing each assessor's return; null when any cannot be read or they conflict.</summary>
    public Assessment? Merge(IReadOnlyList<string> files)
    {
        var read = new List<PartnerFile>(files.Count);
        var failed = false;
        terminal.Progress(0, files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            if (Assessment(files[i]) is { } assessment)
            {
                read.Add(new PartnerFile(Name(files[i]), assessment));
            }
            else
            {
                failed = true;
            }

            terminal.Progress(i + 1, files.Count);
        }

        if (failed)
        {
            return null;
        }

        var merged = AssessmentMerge.Merge(read);
        terminal.Problems(merged.Problems);
        if (merged.Value is not { } value)
        {
            return null;
        }

        var returns = AssessorReturn.Of(value, read);
        terminal.Error.WriteLine($"Merged {read.Count} {(read.Count == 1 ? "file" : "files")}: {string.Join("; ", returns)}.");
        return value;
    }

    /// <summary>Reads an assessment from one file; null (with its problems written) when it cannot be read.</summary>
    public Assessment? Assessment(string path)
    {
        var bytes = Bytes(path);
        return bytes is null ? null : Assessment(path, bytes, FileKinds.Detect(bytes));
    }

    /// <summary>Reads a score card, scoring an assessment file under <paramref name="policy"/>; null when it cannot be read.</summary>
    public (ScoreCard Card, Assessment? Assessment)? Card(string path, ScoringPolicy policy)
    {
        if (Directory.Exists(path))
        {
            return Assessment([path]) is { } merged ? (Scorer.Score(merged, policy), merged) : null;
        }

        var bytes = Bytes(path);
        if (bytes is null)
        {
            return null;
        }

        var kind = FileKinds.Detect(bytes);
        if (kind != FileKind.ScoreCard)
        {
            var assessment = Assessment(path, bytes, kind);
            return assessment is null ? null : (Scorer.Score(assessment, policy), assessment);
        }

        var result = ScoreCardJson.Read(bytes, terminal.ReadOptions);
        terminal.Problems(Name(path), result.Problems);
        if (result.Value is { } card && card.PolicyId != policy.Id)
        {
            terminal.Problems(Name(path), [new Problem(ProblemCodes.PolicyMismatch, "$.policy", $"The card was scored under '{card.PolicyId}', not '{policy.Id}'; score the assessment again, or pass --policy {card.PolicyId}.")]);
            return null;
        }

        return result.Value is { } read ? (read, null) : null;
    }

    /// <summary>
    /// Reads the peers <c>--peers</c> names: a table of domain scores (CSV, as <c>DomainScoresCsv</c> writes it), or a
    /// folder whose every <c>.json</c> and <c>.csv</c> file (not its sub-folders) is a score card, an assessment
    /// scored under <paramref name="policy"/>, or a table of domain scores. Null, with the problems written, when the
    /// path is missing or any file cannot be read: a peer left out silently would move every percentile.
    /// </summary>
    public List<PeerCard>? Peers(string path, ScoringPolicy policy)
    {
        if (!Directory.Exists(path))
        {
            return File.Exists(path) ? PeersOf(path, policy) : Missing(path);
        }

        var paths = Directory.EnumerateFiles(path)
            .Where(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var peers = new List<PeerCard>();
        var failed = false;
        terminal.Progress(0, paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            if (PeersOf(paths[i], policy) is { } read)
            {
                peers.AddRange(read);
            }
            else
            {
                failed = true;
            }

            terminal.Progress(i + 1, paths.Count);
        }

        return failed ? null : peers;
    }

    private List<PeerCard>? Missing(string path)
    {
        terminal.Error.WriteLine($"{path}: no such file or folder; --peers names a folder of score cards or assessments, or a table of domain scores (CSV).");
        return null;
    }

    /// <summary>The peers of one file: the cards of a table of domain scores, or the one card of a card or assessment.</summary>
    private List<PeerCard>? PeersOf(string path, ScoringPolicy policy)
    {
        var bytes = Bytes(path);
        if (bytes is null)
        {
            return null;
        }

        if (FileKinds.Detect(bytes) == FileKind.DomainScoresCsv)
        {
            var table = DomainScoresCsv.ReadPeers(bytes, terminal.ReadOptions);
            terminal.Problems(Name(path), table.Problems);
            return table.Value is { } cards ? [.. cards] : null;
        }

        return Card(path, policy) is { } read ? [PeerCard.Of(read.Card)] : null;
    }

    /// <summary>
    /// Reads a file's bytes, or standard input's for <c>-</c>; null (with the reason written) when it is missing, a
    /// folder, unreadable or over the size limit.
    /// </summary>
    public byte[]? Bytes(string path)
    {
        var limit = terminal.ReadOptions.MaxBytes;
        if (path == Targets.Standard)
        {
            var read = InputBytes.ReadLimited(terminal.Input, limit);
            if (read is null)
            {
                terminal.Problems(Name(path), [terminal.ReadOptions.TooLarge(null)]);
            }

            return read;
        }

        try
        {
            if (Directory.Exists(path))
            {
                terminal.Error.WriteLine($"{path}: is a folder, not a file; give a file in it.");
                return null;
            }

            var info = new FileInfo(path);
            if (info.Exists && info.Length > limit)
            {
                terminal.Problems(path, [terminal.ReadOptions.TooLarge(info.Length)]);
                return null;
            }

            return File.ReadAllBytes(path);
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

    /// <summary>The name a file's problems are printed under: <c>(standard input)</c> for <c>-</c>.</summary>
    public static string Name(string path) => path == Targets.Standard ? "(standard input)" : path;

    private Assessment? Assessment(string path, byte[] bytes, FileKind kind)
    {
        var options = terminal.ReadOptions;
        var result = kind switch
        {
            FileKind.RatingsCsv => RatingsCsv.Read(bytes, options),
            FileKind.FhirResource => ResponseImport.Read(bytes, options),
            FileKind.Workbook => AssessorWorkbook.Read(bytes, terminal.WorkbookOptions),
            _ => AssessmentJson.Read(bytes, options),
        };
        terminal.Problems(Name(path), result.Problems);
        return result.Value;
    }
}
