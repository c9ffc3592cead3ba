using IntegrationFramework.Reports;
using Microsoft.Net.Http.Headers;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>The report format a request's <c>Accept</c> asks for, among what an endpoint offers; null when it asks for none of them.</summary>
internal static class Negotiation
{
    /// <summary>What a score card, comparison and roll-up are offered as: JSON (the default), HTML or CSV.</summary>
    public static readonly (string MediaType, ReportFormat Format)[] Cards =
    [
        ("application/json", ReportFormat.Json),
        ("text/html", ReportFormat.Html),
        ("text/csv", ReportFormat.Csv),
    ];

    /// <summary>What the consensus meeting's pack is offered as: HTML (the default), Markdown or plain text.</summary>
    public static readonly (string MediaType, ReportFormat Format)[] Packs =
    [
        ("text/html", ReportFormat.Html),
        ("text/markdown", ReportFormat.Markdown),
        ("text/plain", ReportFormat.Text),
    ];

    /// <summary>The format asked for: the first offered when nothing is asked; null when what is asked is not offered.</summary>
    public static ReportFormat? Format(HttpRequest request, (string MediaType, ReportFormat Format)[] offered)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return offered[0].Format;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var asked))
        {
            return null;
        }

        foreach (var type in asked.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            foreach (var (mediaType, format) in offered)
            {
                if (type.MatchesMediaType(mediaType) || new MediaTypeHeaderValue(mediaType).IsSubsetOf(type))
                {
                    return format;
                }
            }
        }

        return null;
    }

    /// <summary>The content type of a rendered report.</summary>
    public static string ContentType(ReportFormat format) => format switch
    {
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        ReportFormat.Markdown => "text/markdown; charset=utf-8",
        ReportFormat.Text => "text/plain; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>The 406 answer, naming what can be given.</summary>
    public static IResult NotAcceptable(HttpRequest request, (string MediaType, ReportFormat Format)[] offered)
        => ProblemResults.Status(StatusCodes.Status406NotAcceptable, "Not acceptable", $"'Accept: {request.Headers.Accept}' asks for nothing this endpoint gives; ask for one of {string.Join(", ", offered.Select(o => o.MediaType))}.");
}
