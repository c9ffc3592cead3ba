using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Reports;

/// <summary>
/// The one entry point that writes any report in any <see cref="ReportFormat"/>: a score card, a roll-up, a
/// comparison or the catalogue. The command line and a service call these; each format's own class
/// (<see cref="TextReport"/>, <see cref="MarkdownReport"/>, <see cref="HtmlReport"/>, <see cref="CsvReport"/>) has the
/// same methods for one format.
/// </summary>
/// <example>
/// <code>
/// var card = Scorer.Score(assessment);
/// string html = Report.Render(ScoreCardReport.For(card, assessment), ReportFormat.Html);
/// </code>
/// </example>
public static class Report
{
    /// <summary>Writes a score card.</summary>
    /// <param name="report">The card, with its assessment when known.</param>
    /// <param name="format">The format.</param>
    /// <returns>The report's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Render(ScoreCardReport report, ReportFormat format)
    {
        Preconditions.NotNull(report);
        return format switch
        {
            ReportFormat.Text => TextReport.Render(report),
            ReportFormat.Markdown => MarkdownReport.Render(report),
            ReportFormat.Html => HtmlReport.Render(report),
            ReportFormat.Csv => CsvReport.Render(report.Card),
            ReportFormat.Json => ScoreCardJson.Serialize(report.Card),
            _ => throw Unknown(format),
        };
    }

    /// <summary>The formats the consensus meeting pack is written in: text, Markdown and HTML.</summary>
    public static Collections.EquatableArray<ReportFormat> AgendaFormats { get; } = [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html];

    /// <summary>
    /// Writes the pack for the consensus meeting: each domain's alpha in plain words, and every item the partners are
    /// split or partly agree on, most apart first, with each partner's level, target and evidence side by side.
    /// </summary>
    /// <param name="report">The card with the assessment whose ratings the meeting discusses.</param>
    /// <param name="format">One of <see cref="AgendaFormats"/>.</param>
    /// <returns>The pack's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report has no assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of <see cref="AgendaFormats"/>.</exception>
    public static string RenderAgenda(ScoreCardReport report, ReportFormat format)
    {
        Preconditions.NotNull(report);
        return format switch
        {
            ReportFormat.Text => TextReport.RenderAgenda(report),
            ReportFormat.Markdown => MarkdownReport.RenderAgenda(report),
            ReportFormat.Html => HtmlReport.RenderAgenda(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"format must be one of {string.Join(", ", AgendaFormats)} for the consensus meeting pack; it was {format}."),
        };
    }

    /// <summary>Writes a roll-up.</summary>
    /// <param name="rollup">The roll-up.</param>
    /// <param name="format">The format.</param>
    /// <param name="policy">The policy the children were scored under, for the gap analysis; the named policy the card records when <see langword="null"/>.</param>
    /// <returns>The report's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollup"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Render(Rollup rollup, ReportFormat format, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(rollup);
        return format switch
        {
            ReportFormat.Text => TextReport.Render(rollup, policy),
            ReportFormat.Markdown => MarkdownReport.Render(rollup, policy),
            ReportFormat.Html => HtmlReport.Render(rollup, policy),
            ReportFormat.Csv => CsvReport.Render(rollup),
            ReportFormat.Json => ScoreCardJson.Serialize(rollup.Card),
            _ => throw Unknown(format),
        };
    }

    /// <summary>Writes a comparison of two reviews.</summary>
    /// <param name="trend">The comparison.</param>
    /// <param name="earlier">The card of the earlier review, for the chart.</param>
    /// <param name="later">The card of the later review, for the chart.</param>
    /// <param name="format">The format.</param>
    /// <returns>The report's text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Render(Trend trend, ScoreCard earlier, ScoreCard later, ReportFormat format)
    {
        Preconditions.NotNull(trend);
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(later);
        return format switch
        {
            ReportFormat.Text => TextReport.Render(trend),
            ReportFormat.Markdown => MarkdownReport.Render(trend),
            ReportFormat.Html => HtmlReport.Render(trend, earlier, later),
            ReportFormat.Csv => CsvReport.Render(trend),
            ReportFormat.Json => TrendJson.Serialize(trend),
            _ => throw Unknown(format),
        };
    }

    /// <summary>The formats the catalogue is written in: text, Markdown and JSON.</summary>
    public static Collections.EquatableArray<ReportFormat> CatalogueFormats { get; } = [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json];

    /// <summary>Writes the catalogue of <paramref name="frameworks"/>: themes, domains and items, each with its source.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <param name="format">One of <see cref="CatalogueFormats"/>.</param>
    /// <returns>The catalogue's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not one of <see cref="CatalogueFormats"/>.</exception>
    public static string Render(IEnumerable<Framework> frameworks, ReportFormat format)
    {
        Preconditions.NotNull(frameworks);
        return format switch
        {
            ReportFormat.Text => TextReport.Render(frameworks),
            ReportFormat.Markdown => MarkdownReport.Render(frameworks),
            ReportFormat.Json => CatalogueJson.Serialize(frameworks),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"format must be one of {string.Join(", ", CatalogueFormats)} for the catalogue; it was {format}."),
        };
    }

    private static ArgumentOutOfRangeException Unknown(ReportFormat format)
        => new(nameof(format), format, $"format must be one of {string.Join(", ", Enum.GetNames<ReportFormat>())}; it was {(int)format}.");
}
