using IntegrationFramework.Samples.ScoringService;
using Scalar.AspNetCore;

// The scoring service: the library behind HTTP, as an app team would run it. Listens on http://127.0.0.1:5080 unless
// told otherwise (--urls, or ASPNETCORE_URLS). Request bodies are never logged: evidence may hold personal data.
var builder = WebApplication.CreateBuilder(args);
if (builder.Configuration["urls"] is null && builder.Configuration["ASPNETCORE_URLS"] is null)
{
    builder.WebHost.UseUrls(ScoringApi.DefaultUrl);
}

// Kestrel refuses bodies over the limit itself; the endpoints say so as a problem (413) in the library's words.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestFiles.MaxBytes);
// Answers the framework gives without a body (415 when the Content-Type is not one an endpoint accepts, 404, 405) come
// as problem details too, in words that say what to send.
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
{
    if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
    {
        var given = context.HttpContext.Request.ContentType;
        // Routing refused the request before choosing an endpoint: the one at its path says what it accepts.
        var path = context.HttpContext.Request.Path.Value;
        var accepted = context.HttpContext.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => string.Equals(e.RoutePattern.RawText, path, StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct()
            .ToList();
        context.ProblemDetails.Detail = $"The body is {(string.IsNullOrEmpty(given) ? "without a Content-Type" : $"'{given}'")}; send {(accepted.Count == 0 ? "application/json" : string.Join(" or ", accepted))}.";
    }
});
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "IntegrationFramework scoring service";
    document.Info.Description = "Score, compare and roll up self-assessments against the integration checklist of 'Shifting the centre of gravity' (2018), the LGA position paper, and the editions of the edition files the service was started with (GET /frameworks lists them). Errors are RFC 9457 problem details carrying the library's problem codes and JSON paths.";
    return Task.CompletedTask;
}));

var app = builder.Build();

// The edition files of the folder Editions:Folder names are read once, before the service listens: every endpoint reads
// against the same catalogue, and a file with problems stops the service with each problem logged, never a stack trace.
if (EditionFolder.Intake(app.Configuration, app.Environment.ContentRootPath, app.Logger) is not { } intake)
{
    // Disposing the app flushes the log before the process ends.
    await app.DisposeAsync();
    return 1;
}

app.UseStatusCodePages();
app.MapOpenApi();

// The reference page's script is served by the app itself (Scalar.AspNetCore embeds it), so it works with no network.
app.MapScalarApiReference();
app.MapScoringApi(intake);
await app.RunAsync();
return 0;

/// <summary>The service's entry point, public so that tests can host it in process.</summary>
public partial class Program;
