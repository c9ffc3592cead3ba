using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Reports.Content;
using IntegrationFramework.Reports.Writers;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Reports;

/// <summary>
/// The one way out: writes any report — a score card, the consensus meeting's pack, a roll-up, a comparison of two
/// reviews, the catalogue — in any <see cref="ReportFormat"/>. Each report's content (its sections, rows, sentences and
/// links) is built once, and the text, Markdown and HTML writers render that same content, so every format says the
/// same thing in the same words; CSV and JSON write the numbers as data.
/// </summary>
/// <example>
/// <code>
/// var card = Scorer.Score(assessment);
/// string html = Report.Render(ScoreCardReport.For(card, assessment), ReportFormat.Html);
/// </code>
/// </example>
public static class Report
{
    /// <summary>The formats the consensus meeting's pack is written in: text, Markdown and HTML.</summary>
    public static EquatableArray<ReportFormat> AgendaFormats { get; } = [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html];

    /// <summary>The formats the catalogue is written in: text, Markdown and JSON.</summary>
    public static EquatableArray<ReportFormat> CatalogueFormats { get; } = [ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json];

    /// <summary>
    /// Writes a score card, summary first: the overall score with any caution, the domains (a radar chart in HTML), the
    /// themes, how many items are split and the first ten things to work on; then each domain's score explained item by
    /// item, the consensus meeting's items with each partner's rating, and an appendix with every item.
    /// </summary>
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
            ReportFormat.Csv => DomainScoresCsv.Serialize(report.Card),
            ReportFormat.Json => ScoreCardJson.Serialize(report.Card),
            _ => Write(CardDocument.Of(report), format),
        };
    }

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
        Agenda.Require(report);
        return AgendaFormats.Contains(format)
            ? Write(CardDocument.Agenda(report), format)
            : throw new ArgumentOutOfRangeException(nameof(format), format, $"format must be one of {string.Join(", ", AgendaFormats)} for the consensus meeting pack; it was {format}.");
    }

    /// <summary>Writes a roll-up: the wider footprint's card, its children, the weakest child in each domain, and what others did.</summary>
    /// <param name="rollup">The roll-up.</param>
    /// <param name="format">The format.</param>
    /// <param name="policy">The policy the children were scored under, for the work list; the named policy the card records when <see langword="null"/>.</param>
    /// <returns>The report's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollup"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Render(Rollup rollup, ReportFormat format, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(rollup);
        return format switch
        {
            ReportFormat.Csv => DomainScoresCsv.Serialize(rollup.Card),
            ReportFormat.Json => ScoreCardJson.Serialize(rollup.Card),
            _ => Write(RollupDocument.Of(rollup, policy), format),
        };
    }

    /// <summary>Writes a comparison of two reviews: every change and change per year, the scores whose stage changed and the items that moved.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="earlier">The card of the earlier review, for the chart.</param>
    /// <param name="later">The card of the later review, for the chart.</param>
    /// <param name="format">The format.</param>
    /// <returns>The report's text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The cards are not the two the comparison compares.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a member of <see cref="ReportFormat"/>.</exception>
    public static string Render(ReviewComparison comparison, ScoreCard earlier, ScoreCard later, ReportFormat format)
    {
        Preconditions.NotNull(comparison);
        Belongs(comparison, Preconditions.NotNull(earlier), comparison.Earlier, comparison.Continuation.Earlier, nameof(earlier));
        Belongs(comparison, Preconditions.NotNull(later), comparison.Later, comparison.Continuation.Later, nameof(later));
        return format switch
        {
            ReportFormat.Csv => ComparisonCsv.Serialize(comparison),
            ReportFormat.Json => ComparisonJson.Serialize(comparison),
            _ => Write(ComparisonDocument.Of(comparison, earlier, later), format),
        };
    }

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
            ReportFormat.Text => CatalogueReport.Text(frameworks),
            ReportFormat.Markdown => CatalogueReport.Markdown(frameworks),
            ReportFormat.Json => CatalogueJson.Serialize(frameworks),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"format must be one of {string.Join(", ", CatalogueFormats)} for the catalogue; it was {format}."),
        };
    }

    /// <summary>A report's content in text, Markdown or HTML.</summary>
    private static string Write(Document document, ReportFormat format) => format switch
    {
        ReportFormat.Text => PlainTextWriter.Write(document),
        ReportFormat.Markdown => MarkdownWriter.Write(document),
        ReportFormat.Html => HtmlWriter.Write(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"format must be one of {string.Join(", ", Enum.GetNames<ReportFormat>())}; it was {(int)format}."),
    };

    /// <summary>Throws unless <paramref name="card"/> is the review of the comparison dated <paramref name="date"/>.</summary>
    private static void Belongs(ReviewComparison comparison, ScoreCard card, NodaTime.LocalDate date, Checklists.Framework framework, string name)
    {
        if (card.Footprint.Code != comparison.Footprint.Code || card.AssessedOn != date || card.Framework != framework || card.PolicyId != comparison.PolicyId)
        {
            throw new ArgumentException($"The {name} card ({card}) is not the {name} review the comparison compares ({comparison.Footprint}, {Dates.IsoDate.Format(date)}, {framework.Id}, policy {comparison.PolicyId}).", name);
        }
    }
}
