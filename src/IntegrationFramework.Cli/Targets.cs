using System.CommandLine;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli;

/// <summary>
/// The checks a command's files pass before anything is read or written: standard input named once at most, no
/// output that names an input (after resolving relative paths and links), no file of ratings replaced without
/// <c>--force</c>, no folder where a file is meant, and a format that agrees with <c>-o</c>'s extension.
/// </summary>
internal static class Targets
{
    /// <summary>The options, beside a command's arguments, whose values are files the command reads.</summary>
    public static readonly string[] InputOptions = ["--from", "--peers", EditionFiles.Name];

    /// <summary>Standard input or output, as a file name.</summary>
    public const string Standard = "-";

    /// <summary>Checks the command's files; false after saying on standard error what is wrong.</summary>
    public static bool Check(ParseResult parse, Terminal terminal)
    {
        var command = parse.CommandResult.Command;
        var inputs = Inputs(parse, command).ToList();
        if (inputs.Count(i => i == Standard) > 1)
        {
            terminal.Usage("'-' (standard input) can be read only once; give the other inputs as files.");
            return false;
        }

        var outputs = command.Options.OfType<OutputOption>().ToList();
        foreach (var option in outputs)
        {
            if (option.Contradiction(parse) is { } contradiction)
            {
                terminal.Usage(contradiction);
                return false;
            }
        }

        // Every target first: a command that writes several files writes none when one of them is refused.
        foreach (var option in outputs)
        {
            if (parse.GetValue(option) is { } target && target != Standard && Refusal(target, inputs, parse.GetValue(option.Force)) is { } refusal)
            {
                terminal.Usage(refusal);
                return false;
            }
        }

        return true;
    }

    /// <summary>Why <paramref name="target"/> may not be written, or <see langword="null"/> when it may.</summary>
    public static string? Refusal(string target, IEnumerable<string> inputs, bool force)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return "-o needs a file name.";
        }

        string full;
        try
        {
            full = Canonical(target);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"-o {target}: is not a file name this system can use.";
        }

        if (Directory.Exists(full))
        {
            return $"-o {target}: is a folder; give a file name in it, such as {Path.Combine(target, "report.html")}.";
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            var named = Path.GetDirectoryName(target) is { Length: > 0 } given ? given : folder;
            return $"-o {target}: the folder {named} does not exist; create it first.";
        }

        foreach (var input in inputs)
        {
            if (input != Standard && SameFile(full, input))
            {
                return $"-o {target} is the input {input}; write to another file, or the input would be lost (--force does not allow this).";
            }
        }

        if (!force && File.Exists(full) && KindOf(full) is { } kind && FileKinds.HoldsRatings(kind))
        {
            return $"-o {target} holds ratings: it is {FileKinds.Describe(kind)}. Give --force to replace it, or write to another file.";
        }

        return null;
    }

    /// <summary>The values of the command's arguments and input options: the files it reads.</summary>
    private static List<string> Readable(string path)
    {
        try
        {
            return [path, .. EditionFiles.Expand(path).Where(p => p != path)];
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return [path];
        }
    }

    private static IEnumerable<string> Inputs(ParseResult parse, Command command)
    {
        foreach (var argument in command.Arguments)
        {
            switch (parse.GetResult(argument)?.GetValueOrDefault<object>())
            {
                case string single:
                    yield return single;
                    break;
                case string[] many:
                    foreach (var one in many)
                    {
                        yield return one;
                    }

                    break;
            }
        }

        foreach (var option in command.Options)
        {
            switch (Array.IndexOf(InputOptions, option.Name) >= 0 ? parse.GetResult(option)?.GetValueOrDefault<object>() : null)
            {
                case string value:
                    yield return value;
                    break;
                case string[] values:
                    // A folder of edition files is its files: -o may not name one of them either.
                    foreach (var value in values.SelectMany(v => option.Name == EditionFiles.Name ? Readable(v) : [v]))
                    {
                        yield return value;
                    }

                    break;
            }
        }
    }

    private static bool SameFile(string canonicalTarget, string input)
    {
        try
        {
            var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return string.Equals(canonicalTarget, Canonical(input), comparison);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            return false;
        }
    }

    /// <summary>The full path with every link along it resolved, as far as the path exists.</summary>
    public static string Canonical(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo? target;
                try
                {
                    target = new FileInfo(current).ResolveLinkTarget(returnFinalTarget: false);
                }
                catch (IOException)
                {
                    break;
                }

                if (target is null)
                {
                    break;
                }

                current = Path.GetFullPath(target.FullName);
            }
        }

        return current;
    }

    /// <summary>What an existing file holds, read from up to its first 16 MiB; null when it cannot be read.</summary>
    private static FileKind? KindOf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(stream.Length, ReadOptions.DefaultMaxBytes)];
            stream.ReadExactly(buffer);
            return FileKinds.Detect(buffer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
