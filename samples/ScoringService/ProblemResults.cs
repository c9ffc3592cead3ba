using System.Text.Json;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>): a status, a title, a detail, and for a file's problems
/// the library's own, each with its code, JSON path, severity and message. Never a stack trace.
/// </summary>
internal static class ProblemResults
{
    /// <summary>The codes that mean the body is not JSON (or not text) at all: 400, not 422.</summary>
    private static readonly HashSet<string> NotJson = [ProblemCodes.InvalidJson, ProblemCodes.EmptyFile, ProblemCodes.NotUtf8, ProblemCodes.NotText, ProblemCodes.TooDeep, ProblemCodes.DuplicateProperty];

    /// <summary>A problem with a status and words of its own.</summary>
    public static IResult Status(int status, string title, string detail)
        => Results.Problem(statusCode: status, title: title, detail: detail, type: $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}");

    /// <summary>
    /// The problems of a body: 400 when it is not JSON, 413 when it is over the limit, else 422; the library's problems
    /// in <c>problems</c>, their paths prefixed with <paramref name="prefix"/> (such as <c>$.earlier</c>).
    /// </summary>
    public static IResult Of(IEnumerable<Problem> problems, string prefix = "$")
    {
        var list = problems.ToList();
        var errors = list.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var status = errors.Exists(p => p.Code == ProblemCodes.FileTooLarge) ? StatusCodes.Status413PayloadTooLarge
            : errors.Exists(p => NotJson.Contains(p.Code)) ? StatusCodes.Status400BadRequest
            : StatusCodes.Status422UnprocessableEntity;
        var title = status switch
        {
            StatusCodes.Status400BadRequest => "The body is not JSON",
            StatusCodes.Status413PayloadTooLarge => "Body too large",
            _ => "The assessment has problems",
        };
        var detail = errors.Count == 1 ? errors[0].Message : $"{errors.Count} errors{(list.Count > errors.Count ? $" and {list.Count - errors.Count} warnings" : string.Empty)}; each is in 'problems' with its code and JSON path.";
        return Results.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            type: $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = list.Select(p => new ProblemEntry(p.Code, Prefixed(prefix, p.Path), p.Severity == ProblemSeverity.Error ? "error" : "warning", p.Message)).ToList(),
            });
    }

    private static string Prefixed(string prefix, string path)
        => prefix == "$" ? path : path.StartsWith('$') ? prefix + path[1..] : $"{prefix}: {path}";

    /// <summary>One of the library's problems, as the service writes it.</summary>
    /// <param name="Code">The library's problem code, such as <c>unknown-item</c>.</param>
    /// <param name="Path">Where: a JSON path, such as <c>$.ratings[3].item</c>.</param>
    /// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
    /// <param name="Message">What is wrong and how to mend it.</param>
    internal sealed record ProblemEntry(string Code, string Path, string Severity, string Message);

    /// <summary>The JSON options problem details are written with.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
