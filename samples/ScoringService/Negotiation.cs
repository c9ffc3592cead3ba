using IntegrationFramework.Reports;
using Microsoft.Net.Http.Headers;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>The report format a request's <c>Accept</c> asks for: JSON (the default), HTML or CSV; null when it asks for none of them.</summary>
internal static class Negotiation
{
    private static readonly (string MediaType, ReportFormat Format)[] Offered =
    [
        ("application/json", ReportFormat.Json),
        ("text/html", ReportFormat.Html),
        ("text/csv", ReportFormat.Csv),
    ];

    /// <summary>The media types on offer, for messages and the API description.</summary>
    public static string OfferedList => string.Join(", ", Offered.Select(o => o.MediaType));

    public static ReportFormat? Format(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return ReportFormat.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var asked))
        {
            return null;
        }

        foreach (var type in asked.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            foreach (var (mediaType, format) in Offered)
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
        _ => "application/json; charset=utf-8",
    };

    /// <summary>The 406 answer, naming what can be given.</summary>
    public static IResult NotAcceptable(HttpRequest request)
        => ProblemResults.Status(StatusCodes.Status406NotAcceptable, "Not acceptable", $"'Accept: {request.Headers.Accept}' asks for nothing this endpoint gives; ask for one of {OfferedList}.");
}
