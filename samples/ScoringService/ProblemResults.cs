using System.Text.Json.Serialization;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>): a status, a title, a detail, and for a file's problems
/// the library's own, each with its code, file, location (a JSON path, a sheet and cell, or a CSV line and column),
/// severity and message. Never a stack trace, and never a command line's option: the library's words speak of files.
/// </summary>
internal static class ProblemResults
{
    /// <summary>The codes that mean a file is not readable text at all: 400, not 422.</summary>
    private static readonly HashSet<string> Unreadable = [ProblemCodes.InvalidJson, ProblemCodes.EmptyFile, ProblemCodes.NotUtf8, ProblemCodes.NotText, ProblemCodes.TooDeep, ProblemCodes.DuplicateProperty];

    /// <summary>A problem with a status and words of its own.</summary>
    public static IResult Status(int status, string title, string detail)
        => Results.Problem(statusCode: status, title: title, detail: detail, type: $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}");

    /// <summary>
    /// The problems of the files sent: 400 when one is not readable text (not JSON, empty, not UTF-8), 413 when one is
    /// over the limit, else 422; the library's problems in <c>problems</c>.
    /// </summary>
    public static IResult Of(IEnumerable<Problem> problems)
    {
        var list = problems.ToList();
        var errors = list.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var status = errors.Exists(p => p.Code == ProblemCodes.FileTooLarge) ? StatusCodes.Status413PayloadTooLarge
            : errors.Exists(p => Unreadable.Contains(p.Code)) ? StatusCodes.Status400BadRequest
            : StatusCodes.Status422UnprocessableEntity;
        var title = status switch
        {
            StatusCodes.Status400BadRequest => "A file cannot be read",
            StatusCodes.Status413PayloadTooLarge => "Body too large",
            _ => "The assessment has problems",
        };
        var detail = errors.Count == 1 ? errors[0].Message : $"{errors.Count} errors{(list.Count > errors.Count ? $" and {list.Count - errors.Count} warnings" : string.Empty)}; each is in 'problems' with its code, file and location.";
        return Results.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            type: $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            extensions: new Dictionary<string, object?> { ["problems"] = list.Select(Entry).ToList() });
    }

    private static ProblemEntry Entry(Problem problem)
    {
        var at = problem.Location;
        return new(
            problem.Code,
            at.File,
            at.Path,
            new LocationEntry(at.JsonPath, at.Sheet, at.Cell, at.Line, at.Column, at.SettingName),
            problem.Severity == ProblemSeverity.Error ? "error" : "warning",
            problem.Message);
    }

    /// <summary>One of the library's problems, as the service writes it.</summary>
    /// <param name="Code">The library's problem code, such as <c>unknown-item</c>.</param>
    /// <param name="File">The file it is in: the name a form gave it, or <c>(body)</c> for a body sent on its own; null for a part of a JSON body, whose path says which.</param>
    /// <param name="Path">Where in the file, as people read it: <c>$.ratings[3].item</c>, <c>PCC!C7</c>, <c>line 4, progress</c>.</param>
    /// <param name="Location">The same place, in parts.</param>
    /// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
    /// <param name="Message">What is wrong and how to mend it.</param>
    internal sealed record ProblemEntry(
        string Code,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? File,
        string Path,
        LocationEntry Location,
        string Severity,
        string Message);

    /// <summary>Where a problem is in its file, in parts; only the parts that apply are written.</summary>
    /// <param name="JsonPath">A JSON path, such as <c>$.ratings[3].item</c>.</param>
    /// <param name="Sheet">A workbook's sheet.</param>
    /// <param name="Cell">The cell of the sheet, such as <c>C7</c>.</param>
    /// <param name="Line">A table's line, from 1 for the header.</param>
    /// <param name="Column">The table's column, by name.</param>
    /// <param name="Setting">A value given to the reader rather than the file.</param>
    internal sealed record LocationEntry(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? JsonPath,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sheet,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cell,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Column,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Setting);
}
