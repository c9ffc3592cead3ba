using Microsoft.Net.Http.Headers;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>Reads a request's body within the size limit, refusing other content types: the bytes, or the problem to answer with.</summary>
internal static class RequestBody
{
    /// <summary>The largest body read: the library's default file limit, 16 MiB.</summary>
    public const long MaxBytes = Serialization.ReadOptions.DefaultMaxBytes;

    /// <summary>Reads the body when its content type is one of <paramref name="mediaTypes"/>.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> Read(HttpRequest request, params string[] mediaTypes)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !mediaTypes.Any(m => type.MediaType.Equals(m, StringComparison.OrdinalIgnoreCase)))
        {
            return (null, ProblemResults.Status(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type",
                $"The body is {(request.ContentType is { Length: > 0 } given ? $"'{given}'" : "without a Content-Type")}; send {string.Join(" or ", mediaTypes)}."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge(request.ContentLength));
        }

        try
        {
            // A body of known length is read straight into an array of its size; only a chunked one is buffered.
            if (request.ContentLength is { } length)
            {
                var body = new byte[length];
                await request.Body.ReadExactlyAsync(body, request.HttpContext.RequestAborted);
                return (body, null);
            }

            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            return (buffer.ToArray(), null);
        }
        catch (EndOfStreamException)
        {
            return (null, ProblemResults.Status(StatusCodes.Status400BadRequest, "Body cut short", "The body ended before its Content-Length; send it whole."));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null));
        }
    }

    private static IResult TooLarge(long? size)
        => ProblemResults.Status(
            StatusCodes.Status413PayloadTooLarge,
            "Body too large",
            new Serialization.ReadOptions().TooLarge(size).Message.Replace(", which ReadOptions.MaxBytes raises", string.Empty, StringComparison.Ordinal));
}
