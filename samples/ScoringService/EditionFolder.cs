using IntegrationFramework.Intake;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// The edition files the service is started with: every <c>*.json</c> of the folder its configuration names
/// (<see cref="Setting"/>), read once, before it listens, through the library's intake (<c>FileIntake.ReadEditions</c>).
/// No endpoint takes an edition: what the service scores against is what its operator put in the folder.
/// </summary>
internal static partial class EditionFolder
{
    /// <summary>
    /// The configuration key naming the folder: <c>Editions:Folder</c> in appsettings, <c>Editions__Folder</c> in the
    /// environment, <c>--Editions:Folder=DIR</c> on the command line.
    /// </summary>
    public const string Setting = "Editions:Folder";

    /// <summary>
    /// The intake of the service as its configuration says: the built-in editions only when <see cref="Setting"/> is not
    /// set; else those and the editions of the folder's files. Null, after logging every problem on a line of its own as
    /// <c>FILE: PATH: message</c>, when the folder cannot be read or a file has errors: the service must not start.
    /// </summary>
    public static ServiceIntake? Intake(IConfiguration configuration, string contentRoot, ILogger logger)
    {
        if (configuration[Setting] is not { Length: > 0 } setting)
        {
            return ServiceIntake.BuiltIn;
        }

        var folder = Path.GetFullPath(setting, contentRoot);
        var read = Read(folder);
        var problems = string.Concat(read.Problems.Select(p => Environment.NewLine + p));
        if (read.Catalogue is not { } catalogue)
        {
            CannotStart(logger, Setting, folder, problems);
            return null;
        }

        if (read.Problems.Count > 0)
        {
            ReadWithWarnings(logger, folder, problems);
        }

        var files = read.Files.Count == 1 ? "1 edition file" : $"{read.Files.Count} edition files";
        Serving(logger, catalogue.All.Count, catalogue.Ids, folder, files);
        return new ServiceIntake(catalogue);
    }

    /// <summary>
    /// Reads every <c>*.json</c> of <paramref name="folder"/> (but dot-files), in ordinal order of their names, into the
    /// built-in editions followed by each file's. The problems, as <c>FILE: PATH: message</c>, are the warnings when there
    /// is a catalogue, and what prevents one when there is none.
    /// </summary>
    public static (Checklists.FrameworkCatalogue? Catalogue, IReadOnlyList<string> Problems, IReadOnlyList<string> Files) Read(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return (null, [$"{folder}: there is no such folder; {Setting} names the folder of edition files (*.json) the service reads at start-up."], []);
        }

        List<string> paths;
        try
        {
            paths = Directory.EnumerateFiles(folder, "*.json")
                .Where(p => !Path.GetFileName(p).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            return (null, [$"{folder}: the folder cannot be read: {exception.Message}"], []);
        }
        if (paths.Count == 0)
        {
            return (null, [$"{folder}: the folder holds no edition files (*.json); put the edition files in it, or leave {Setting} unset to serve the built-in editions only."], []);
        }

        var intake = ServiceIntake.BuiltIn.Files;
        var files = new List<InputFile>(paths.Count);
        var unread = new List<string>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            try
            {
                var length = new FileInfo(path).Length;
                if (length > intake.Options.MaxBytes)
                {
                    unread.Add(intake.Options.TooLarge(length).InFile(name).ToString());
                    continue;
                }

                files.Add(new InputFile(name, File.ReadAllBytes(path)));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                unread.Add($"{name}: the file cannot be read: {exception.Message}");
            }
        }

        if (unread.Count > 0)
        {
            return (null, unread, []);
        }

        var editions = intake.ReadEditions(files);
        return (editions.Value, [.. editions.Problems.Select(p => p.ToString())], [.. files.Select(f => f.Name)]);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Critical, Message = "The service cannot start: the edition files {Setting} names ({Folder}) cannot be read; mend what is said below and start it again.{Problems}")]
    private static partial void CannotStart(ILogger logger, string setting, string folder, string problems);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The edition files of {Folder} were read with warnings:{Problems}")]
    private static partial void ReadWithWarnings(ILogger logger, string folder, string problems);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Serving {Count} frameworks ({Ids}): the built-in editions and those of {Files} in {Folder}.")]
    private static partial void Serving(ILogger logger, int count, string ids, string folder, string files);
}
