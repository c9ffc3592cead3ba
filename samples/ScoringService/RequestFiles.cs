using IntegrationFramework.Intake;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// A request's files: the parts of a <c>multipart/form-data</c> body (every file part counts, whatever its field name),
/// or the body itself sent with its own media type — an assessment (JSON), a ratings table (CSV), a workbook (.xlsx or
/// .ods) or FHIR responses. What each file holds is told from its content, by the library's intake, not from the media
/// type, which only has to be one of those accepted.
/// </summary>
internal static class RequestFiles
{
    /// <summary>The largest body read: the library's default file limit, 16 MiB.</summary>
    public const long MaxBytes = Serialization.ReadOptions.DefaultMaxBytes;

    /// <summary>The most files one request may send.</summary>
    public const int MaxFiles = 200;

    /// <summary>The media type of a form of files.</summary>
    public const string Multipart = "multipart/form-data";

    /// <summary>The media types a file may be sent as on its own, besides JSON.</summary>
    public static readonly string[] FileTypes =
    [
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/fhir+json",
    ];

    /// <summary>The name a body sent on its own is known by in problems.</summary>
    public const string BodyName = "(body)";

    /// <summary>
    /// The files of the request when its content type is one of <paramref name="mediaTypes"/> (or a form of files, when
    /// <paramref name="forms"/>): the files, or the problem to answer with.
    /// </summary>
    public static async Task<(List<InputFile>? Files, IResult? Refusal)> Read(HttpRequest request, bool forms, params string[] mediaTypes)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !(mediaTypes.Any(m => type.MediaType.Equals(m, StringComparison.OrdinalIgnoreCase)) || (forms && type.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase))))
        {
            var accepted = forms ? [.. mediaTypes, Multipart] : mediaTypes;
            return (null, ProblemResults.Status(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type",
                $"The body is {(request.ContentType is { Length: > 0 } given ? $"'{given}'" : "without a Content-Type")}; send {string.Join(" or ", accepted)}."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge(request.ContentLength));
        }

        try
        {
            return type.MediaType.Equals(Multipart, StringComparison.OrdinalIgnoreCase) ? await Form(request) : ([new InputFile(BodyName, await Body(request))], null);
        }
        catch (EndOfStreamException)
        {
            return (null, ProblemResults.Status(StatusCodes.Status400BadRequest, "Body cut short", "The body ended before its Content-Length; send it whole."));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, ProblemResults.Status(StatusCodes.Status400BadRequest, "Not a form of files", $"The body is not a multipart/form-data form that can be read: {exception.Message}"));
        }
    }

    /// <summary>The body's bytes: a body of known length straight into an array of its size; only a chunked one is buffered.</summary>
    public static async Task<byte[]> Body(HttpRequest request)
    {
        if (request.ContentLength is { } length)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, request.HttpContext.RequestAborted);
            return body;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    /// <summary>Every file part of a form, named by its file name (or its field's name when it has none), in the order sent.</summary>
    private static async Task<(List<InputFile>? Files, IResult? Refusal)> Form(HttpRequest request)
    {
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBytes, ValueCountLimit = MaxFiles }, request.HttpContext.RequestAborted);
        if (form.Files.Count == 0)
        {
            return (null, ProblemResults.Status(StatusCodes.Status400BadRequest, "No files", "The form holds no file; send each partner's file as a part with a file name (curl -F \"returns=@council.xlsx\")."));
        }

        if (form.Files.Count > MaxFiles)
        {
            return (null, ProblemResults.Status(StatusCodes.Status413PayloadTooLarge, "Too many files", $"The form holds {form.Files.Count} files; the limit is {MaxFiles}."));
        }

        var files = new List<InputFile>(form.Files.Count);
        foreach (var part in form.Files)
        {
            using var stream = part.OpenReadStream();
            var bytes = new byte[part.Length];
            await stream.ReadExactlyAsync(bytes, request.HttpContext.RequestAborted);
            files.Add(new InputFile(string.IsNullOrWhiteSpace(part.FileName) ? part.Name : Path.GetFileName(part.FileName), bytes));
        }

        return (files, null);
    }

    public static IResult TooLarge(long? size)
        => ProblemResults.Status(
            StatusCodes.Status413PayloadTooLarge,
            "Body too large",
            new Serialization.ReadOptions().TooLarge(size).Message.Replace(", which ReadOptions.MaxBytes raises", string.Empty, StringComparison.Ordinal));
}
