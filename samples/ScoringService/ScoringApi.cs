using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Fhir;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>The service's endpoints: the same calls an app team makes to the library, behind HTTP.</summary>
internal static class ScoringApi
{
    /// <summary>Where the service listens unless told otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string Json = "application/json";
    private const string FhirJson = "application/fhir+json";
    private const string Files = "The body is the partners' files of one assessment as they are: a form (multipart/form-data) whose every file part is one partner's file — an assessment (JSON), a ratings table (CSV), a workbook (.xlsx or .ods) or FHIR responses, mixed, each told by its content and merged — or one such file as the body, with its own media type.";

    /// <summary>Maps every endpoint, each reading with <paramref name="intake"/>: the service's catalogue, built once at start-up.</summary>
    public static void MapScoringApi(this IEndpointRouteBuilder app, ServiceIntake intake)
    {
        var frameworks = intake.Frameworks;
        var assessments = new AssessmentEndpoints(intake);
        var comparisons = new ComparisonEndpoints(intake);
        app.MapGet("/health", () => Results.Json(new Health("healthy", frameworks.All.Count)))
            .WithTags("Service")
            .WithSummary("Whether the service is up, and how many frameworks it knows.");

        app.MapGet("/frameworks", () => Results.Text(CatalogueJson.Serialize(frameworks.All), Json, Encoding.UTF8))
            .WithTags("Frameworks")
            .WithSummary("Every framework: themes, domains and items, each with its source (the library's catalogue JSON).")
            .Produces(StatusCodes.Status200OK, contentType: Json);

        app.MapGet("/frameworks/{id}", (string id) => frameworks.Find(id) is { } framework
                ? Results.Text(CatalogueJson.Serialize([framework]), Json, Encoding.UTF8)
                : UnknownFramework(frameworks, id))
            .WithTags("Frameworks")
            .WithSummary("One framework, by id, as catalogue JSON.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/frameworks/{id}/questionnaire", (string id) => frameworks.Find(id) is { } framework
                ? Results.Text(new FhirJsonSerializer().SerializeToString(QuestionnaireExport.For(framework)), FhirJson, Encoding.UTF8)
                : UnknownFramework(frameworks, id))
            .WithTags("FHIR")
            .WithSummary("A framework's checklist as a FHIR R4 Questionnaire, for a form filler.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/score", assessments.Score)
            .FilesPost("Scoring", "Score an assessment: the score card as JSON, or the report as HTML or CSV, by Accept.", $"{Files} ?policy= names the scoring policy: standard (the default), unrated-as-not-started or weakest-link.", Negotiation.Cards.Select(o => o.MediaType))
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        app.MapPost("/agenda", assessments.Agenda)
            .FilesPost("Scoring", "The consensus meeting's pack: each domain's alpha in words, and every item the partners are split or partly agree on, with each partner's rating.", $"{Files} Answers HTML, Markdown or plain text, by Accept.", Negotiation.Packs.Select(o => o.MediaType))
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

        app.MapPost("/plan", assessments.Plan)
            .FilesPost("Scoring", "The action plan to fill in: every item of the whole work list with where it stands, its target and gap, and empty action, owner, due and status columns, as CSV.", $"{Files} A filled plan sent to /merge with the partners' files joins their actions.", ["text/csv"]);

        app.MapPost("/merge", assessments.Merge)
            .FilesPost("Scoring", "Merge the partners' files of one assessment into one assessment file.", $"{Files} The '{AssessmentEndpoints.ReturnsHeader}' header says what each assessor returned.", [Json]);

        app.MapPost("/compare", comparisons.Compare)
            .JsonPost("Scoring", "Compare two reviews of one footprint: the change in every score, and per year.", "The body is { \"earlier\": …, \"later\": … }, each an assessment or a score card.", Json);

        app.MapPost("/rollup", comparisons.Rollup)
            .JsonPost("Scoring", "Roll children's assessments or score cards up into one card for a wider footprint.", "The body is { \"footprint\": { \"code\", \"name\", \"level\", \"population\"?, \"parentCode\"? }, \"assessedOn\"?: \"yyyy-MM-dd\", \"weighting\"?: \"population\" | \"equal\", \"children\": [ … ] }; by population (the default) every child needs one.", Json);

        app.MapPost("/peers", comparisons.Peers)
            .JsonPost("Peers", "Each domain's standing among comparable peers: a rank below ten peers, a percentile from ten.", "The body is { \"card\": …, \"peers\": [ … ], \"populationBand\"?: true, \"withinMonths\"?: 18 }, each an assessment or a score card; only peers assessed within withinMonths calendar months of the card count.", Json);

        app.MapPost("/learning-partners", comparisons.LearningPartners)
            .JsonPost("Peers", "Learning partners: peers ahead in the three weakest domains, and complementary pairs, with case examples.", "The body is { \"card\": …, \"peers\": [ … ], \"populationBand\"?: true, \"withinMonths\"?: 18 }, each an assessment or a score card.", Json);

        // The first name of /learning-partners, kept so that clients keep working; not described.
        app.MapPost("/twins", comparisons.LearningPartners).ExcludeFromDescription();

        app.MapPost("/fhir/import", assessments.Import)
            .JsonPost("FHIR", "Read FHIR QuestionnaireResponses (one, or a Bundle of them) into an assessment file.", null, FhirJson, Json);
    }

    /// <summary>
    /// What every POST endpoint that takes JSON declares: its tag, summary and body, the 200 answer, and every problem it
    /// can give (400 not JSON, 413 too large, 415 another content type, 422 problems in the files).
    /// </summary>
    private static RouteHandlerBuilder JsonPost(this RouteHandlerBuilder endpoint, string tag, string summary, string? description, params string[] accepts)
    {
        endpoint.WithTags(tag).WithSummary(summary);
        if (description is not null)
        {
            endpoint.WithDescription(description);
        }

        return endpoint.Accepts<JsonElement>(accepts[0], accepts[1..]).Problems().Produces(StatusCodes.Status200OK, contentType: Json);
    }

    /// <summary>
    /// What every POST endpoint that takes the partners' files declares: a form of files, or one file with its own media
    /// type; the answers it gives; and every problem.
    /// </summary>
    private static RouteHandlerBuilder FilesPost(this RouteHandlerBuilder endpoint, string tag, string summary, string description, IEnumerable<string> produces)
    {
        // One list of media types: routing answers 415 to any other, from the last Accepts an endpoint declares.
        endpoint.WithTags(tag).WithSummary(summary).WithDescription(description)
            .Accepts<JsonElement>(Json, [.. RequestFiles.FileTypes, RequestFiles.Multipart])
            .AddOpenApiOperationTransformer(FileBodies.Describe)
            .Problems();
        foreach (var type in produces)
        {
            endpoint.Produces(StatusCodes.Status200OK, contentType: type);
        }

        return endpoint;
    }

    private static RouteHandlerBuilder Problems(this RouteHandlerBuilder endpoint)
        => endpoint
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static IResult UnknownFramework(Checklists.FrameworkCatalogue frameworks, string id) => ProblemResults.Status(StatusCodes.Status404NotFound, "Unknown framework", frameworks.Unknown(id));

    /// <summary>What <c>/health</c> answers.</summary>
    /// <param name="Status">Always <c>healthy</c> when the service answers.</param>
    /// <param name="Frameworks">How many frameworks it knows.</param>
    internal sealed record Health(string Status, int Frameworks);
}
