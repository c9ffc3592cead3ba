namespace IntegrationFramework.Reports;

/// <summary>The formats a report can be written in; see <see cref="Report"/>.</summary>
public enum ReportFormat
{
    /// <summary>Plain text for a terminal, in columns (<c>text</c>, <c>.txt</c>).</summary>
    Text = 1,

    /// <summary>Markdown for a wiki or a pull request (<c>markdown</c>, <c>.md</c>).</summary>
    Markdown,

    /// <summary>A self-contained web page with a radar chart (<c>html</c>, <c>.html</c>).</summary>
    Html,

    /// <summary>CSV in tidy long form, RFC 4180, UTF-8 (<c>csv</c>, <c>.csv</c>).</summary>
    Csv,

    /// <summary>The library's JSON file format (<c>json</c>, <c>.json</c>).</summary>
    Json,
}
