using IntegrationFramework.Collections;

namespace IntegrationFramework.Reports;

/// <summary>The names and file extensions of the <see cref="ReportFormat"/>s, as the command line and file names spell them.</summary>
public static class ReportFormats
{
    /// <summary>Every format, in the order of <see cref="ReportFormat"/>.</summary>
    public static EquatableArray<ReportFormat> All { get; } = [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Csv, ReportFormat.Json];

    /// <summary>The format's name: <c>text</c>, <c>markdown</c>, <c>html</c>, <c>csv</c> or <c>json</c>.</summary>
    /// <param name="format">A format.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Name(this ReportFormat format) => format switch
    {
        ReportFormat.Text => "text",
        ReportFormat.Markdown => "markdown",
        ReportFormat.Html => "html",
        ReportFormat.Csv => "csv",
        ReportFormat.Json => "json",
        _ => throw Unknown(format),
    };

    /// <summary>The file extension a file of the format has: <c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.csv</c> or <c>.json</c>.</summary>
    /// <param name="format">A format.</param>
    /// <returns>Its extension, with the full stop.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Text => ".txt",
        ReportFormat.Markdown => ".md",
        ReportFormat.Html => ".html",
        ReportFormat.Csv => ".csv",
        ReportFormat.Json => ".json",
        _ => throw Unknown(format),
    };

    /// <summary>The format named <paramref name="name"/>, or <see langword="null"/> when no format has that name.</summary>
    /// <param name="name">A name, such as <c>html</c>; exact and case-sensitive.</param>
    /// <returns>The format, or <see langword="null"/>.</returns>
    public static ReportFormat? FromName(string? name)
    {
        foreach (var format in All)
        {
            if (format.Name() == name)
            {
                return format;
            }
        }

        return null;
    }

    /// <summary>
    /// The format a file name's extension stands for (<c>.txt</c>, <c>.md</c>, <c>.markdown</c>, <c>.html</c>,
    /// <c>.htm</c>, <c>.csv</c>, <c>.json</c>, in any case), or <see langword="null"/> for another or none.
    /// </summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format, or <see langword="null"/>.</returns>
    public static ReportFormat? FromExtension(string? path) => Path.GetExtension(path)?.ToUpperInvariant() switch
    {
        ".TXT" => ReportFormat.Text,
        ".MD" or ".MARKDOWN" => ReportFormat.Markdown,
        ".HTML" or ".HTM" => ReportFormat.Html,
        ".CSV" => ReportFormat.Csv,
        ".JSON" => ReportFormat.Json,
        _ => null,
    };

    private static ArgumentOutOfRangeException Unknown(ReportFormat format)
        => new(nameof(format), format, $"format must be one of {string.Join(", ", Enum.GetNames<ReportFormat>())}; it was {(int)format}.");
}
