using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Dates;
using IntegrationFramework.Fhir;
using IntegrationFramework.Geography;
using IntegrationFramework.Peers;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>The service's endpoints: the same calls an app team makes to the library, behind HTTP.</summary>
internal static class ScoringApi
{
    /// <summary>Where the service listens unless told otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string Json = "application/json";
    private const string FhirJson = "application/fhir+json";

    public static void MapScoringApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => Results.Json(new Health("healthy", Frameworks.All.Count)))
            .WithTags("Service")
            .WithSummary("Whether the service is up, and how many frameworks it knows.");

        app.MapGet("/frameworks", () => Results.Text(CatalogueJson.Serialize(Frameworks.All), Json, Encoding.UTF8))
            .WithTags("Frameworks")
            .WithSummary("Every framework: themes, domains and items, each with its source (the library's catalogue JSON).")
            .Produces(StatusCodes.Status200OK, contentType: Json);

        app.MapGet("/frameworks/{id}", (string id) => Frameworks.BuiltIn.Find(id) is { } framework
                ? Results.Text(CatalogueJson.Serialize([framework]), Json, Encoding.UTF8)
                : UnknownFramework(id))
            .WithTags("Frameworks")
            .WithSummary("One framework, by id, as catalogue JSON.")
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/frameworks/{id}/questionnaire", (string id) => Frameworks.BuiltIn.Find(id) is { } framework
                ? Results.Text(new FhirJsonSerializer().SerializeToString(QuestionnaireExport.For(framework)), FhirJson, Encoding.UTF8)
                : UnknownFramework(id))
            .WithTags("FHIR")
            .WithSummary("A framework's checklist as a FHIR R4 Questionnaire, for a form filler.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/score", Score)
            .WithTags("Scoring")
            .WithSummary("Score an assessment: the score card as JSON, or the report as HTML or CSV, by Accept.")
            .WithDescription("The body is an assessment file (JSON, schemaVersion 1). ?policy= names the scoring policy: standard (the default), unrated-as-not-started or weakest-link.")
            .Accepts<JsonElement>(Json)
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPost("/compare", Compare)
            .JsonPost("Scoring", "Compare two reviews of one footprint: the change in every score, and per year.", "The body is { \"earlier\": …, \"later\": … }, each an assessment or a score card.", Json);

        app.MapPost("/rollup", Rollup)
            .JsonPost("Scoring", "Roll children's assessments or score cards up into one card for a wider footprint.", "The body is { \"footprint\": { \"code\", \"name\", \"level\", \"population\"?, \"parentCode\"? }, \"assessedOn\"?: \"yyyy-MM-dd\", \"children\": [ … ] }.", Json);

        app.MapPost("/peers", (HttpRequest request, string? policy) => Compared(request, policy, (card, peers, band) => PeersJson.Serialize(PeerGroup.Of(card, peers, band))))
            .JsonPost("Peers", "Each domain's percentile among comparable peers (none with fewer than five).", "The body is { \"card\": …, \"peers\": [ … ], \"populationBand\"?: true }, each an assessment or a score card.", Json);

        app.MapPost("/twins", (HttpRequest request, string? policy) => Compared(request, policy, (card, peers, band) => PeersJson.Serialize(LearningPartners.Find(card, peers, band))))
            .JsonPost("Peers", "Learning partners: peers ahead in the three weakest domains, and complementary pairs, with case examples.", "The body is { \"card\": …, \"peers\": [ … ], \"populationBand\"?: true }, each an assessment or a score card.", Json);

        app.MapPost("/fhir/import", Import)
            .JsonPost("FHIR", "Read FHIR QuestionnaireResponses (one, or a Bundle of them) into an assessment file.", null, FhirJson, Json);
    }

    /// <summary>
    /// What every POST endpoint that answers JSON declares: its tag, summary and body, the 200 answer, and every
    /// problem it can give (400 not JSON, 413 too large, 415 another content type, 422 problems in the files).
    /// </summary>
    private static RouteHandlerBuilder JsonPost(this RouteHandlerBuilder endpoint, string tag, string summary, string? description, params string[] accepts)
    {
        endpoint.WithTags(tag).WithSummary(summary);
        if (description is not null)
        {
            endpoint.WithDescription(description);
        }

        return endpoint
            .Accepts<JsonElement>(accepts[0], accepts[1..])
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Score(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request) is not { } format)
        {
            return Negotiation.NotAcceptable(request);
        }

        if (ScoringPolicy.Find(policy ?? ScoringPolicy.StandardId) is not { } rules)
        {
            return UnknownPolicy(policy);
        }

        var (body, refusal) = await RequestBody.Read(request, Json);
        if (refusal is not null)
        {
            return refusal;
        }

        var read = AssessmentJson.Read(body!);
        if (read.Value is not { } assessment)
        {
            return ProblemResults.Of(read.Problems);
        }

        var card = Scorer.Score(assessment, rules);

        // The score card as JSON is written straight to UTF-8, the common case for a service; reports render as text.
        return format == ReportFormat.Json
            ? Results.Bytes(ScoreCardJson.SerializeToUtf8Bytes(card), Negotiation.ContentType(format))
            : Rendered(Report.Render(ScoreCardReport.For(card, assessment, rules), format), format);
    }

    private static async Task<IResult> Compare(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request) is not { } format)
        {
            return Negotiation.NotAcceptable(request);
        }

        var (root, rules, refusal) = await JsonObject(request, policy);
        if (refusal is not null)
        {
            return refusal;
        }

        using (root)
        {
            var earlier = Card(root!.RootElement, "earlier", rules);
            var later = Card(root.RootElement, "later", rules);
            if ((earlier.Problem ?? later.Problem) is { } problem)
            {
                return problem;
            }

            var problems = Trend.Validate(earlier.Card!, later.Card!);
            if (!problems.IsEmpty)
            {
                return ProblemResults.Of(problems);
            }

            return Rendered(Report.Render(Trend.Compare(earlier.Card!, later.Card!), earlier.Card!, later.Card!, format), format);
        }
    }

    private static async Task<IResult> Rollup(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request) is not { } format)
        {
            return Negotiation.NotAcceptable(request);
        }

        var (root, rules, refusal) = await JsonObject(request, policy);
        if (refusal is not null)
        {
            return refusal;
        }

        using (root)
        {
            var element = root!.RootElement;
            if (Footprint(element, out var date) is not { } footprint)
            {
                return ProblemResults.Of([new(Problems.ProblemCodes.MissingProperty, "$.footprint", "'footprint' is required: { \"code\", \"name\", \"level\" (place or system), and \"population\" and \"parentCode\" where known }.")]);
            }

            if (!element.TryGetProperty("children", out var children) || children.ValueKind != JsonValueKind.Array)
            {
                return ProblemResults.Of([new(Problems.ProblemCodes.MissingProperty, "$.children", "'children' is required: an array of the children's assessments or score cards.")]);
            }

            var cards = new List<ScoreCard>();
            var index = 0;
            foreach (var child in children.EnumerateArray())
            {
                var read = CardOf(child, $"$.children[{index++}]", rules);
                if (read.Problem is { } problem)
                {
                    return problem;
                }

                cards.Add(read.Card!);
            }

            var problems = Scoring.Rollup.Validate(footprint, cards);
            if (!problems.IsEmpty)
            {
                return ProblemResults.Of(problems.Select(p => p with { Path = p.Path.Replace("$[", "$.children[", StringComparison.Ordinal) }));
            }

            return Rendered(Report.Render(Scoring.Rollup.Combine(footprint, cards, date), format, rules), format);
        }
    }

    /// <summary>Reads { card, peers, populationBand } and answers what <paramref name="compare"/> makes of them, as JSON.</summary>
    private static async Task<IResult> Compared(HttpRequest request, string? policy, Func<ScoreCard, List<PeerCard>, bool, string> compare)
    {
        var (root, rules, refusal) = await JsonObject(request, policy);
        if (refusal is not null)
        {
            return refusal;
        }

        using (root)
        {
            var element = root!.RootElement;
            var own = Card(element, "card", rules);
            if (own.Problem is { } problem)
            {
                return problem;
            }

            if (!element.TryGetProperty("peers", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                return ProblemResults.Of([new(Problems.ProblemCodes.MissingProperty, "$.peers", "'peers' is required: an array of the peers' assessments or score cards.")]);
            }

            var peers = new List<PeerCard>();
            var index = 0;
            foreach (var peer in list.EnumerateArray())
            {
                var read = CardOf(peer, $"$.peers[{index++}]", rules);
                if (read.Problem is { } bad)
                {
                    return bad;
                }

                peers.Add(PeerCard.Of(read.Card!));
            }

            var band = element.TryGetProperty("populationBand", out var flag) && flag.ValueKind == JsonValueKind.True;
            return Results.Text(compare(own.Card!, peers, band), Json, Encoding.UTF8);
        }
    }

    private static async Task<IResult> Import(HttpRequest request)
    {
        var (body, refusal) = await RequestBody.Read(request, FhirJson, Json);
        if (refusal is not null)
        {
            return refusal;
        }

        var read = ResponseImport.Read(body!);
        return read.Value is { } assessment
            ? Results.Text(AssessmentJson.Serialize(assessment), Json, Encoding.UTF8)
            : ProblemResults.Of(read.Problems);
    }

    /// <summary>
    /// The body of a request that sends several files in one JSON object (compare, roll-up, peers), with the policy
    /// named by <c>?policy=</c>: the parsed root, or the problem to answer with.
    /// </summary>
    private static async Task<(JsonDocument? Root, ScoringPolicy Rules, IResult? Refusal)> JsonObject(HttpRequest request, string? policy)
    {
        if (ScoringPolicy.Find(policy ?? ScoringPolicy.StandardId) is not { } rules)
        {
            return (null, ScoringPolicy.Standard, UnknownPolicy(policy));
        }

        var (body, refusal) = await RequestBody.Read(request, Json);
        if (refusal is not null)
        {
            return (null, rules, refusal);
        }

        return Parts(body!, out var root) is { } notJson ? (null, rules, notJson) : (root, rules, null);
    }

    private static IResult UnknownPolicy(string? policy)
        => ProblemResults.Status(StatusCodes.Status400BadRequest, "Unknown policy", $"'{policy}' is not a scoring policy; use one of {string.Join(", ", ScoringPolicy.Named.Select(p => p.Id))}.");

    private static IResult Rendered(string content, ReportFormat format) => Results.Text(content, Negotiation.ContentType(format), Encoding.UTF8);

    private static IResult UnknownFramework(string id) => ProblemResults.Status(StatusCodes.Status404NotFound, "Unknown framework", Frameworks.BuiltIn.Unknown(id));

    /// <summary>The body as a JSON document, or the 400 (not JSON) or 422 (not an object) problem.</summary>
    private static IResult? Parts(byte[] body, out JsonDocument? document)
    {
        document = null;
        var text = FileKinds.ReadText(body, "the body is a JSON object");
        if (text.Value is not { } utf8)
        {
            return ProblemResults.Of(text.Problems);
        }

        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            return ProblemResults.Of([new(Problems.ProblemCodes.InvalidJson, "$", $"The body is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).")]);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            document = null;
            return ProblemResults.Of([new(Problems.ProblemCodes.WrongType, "$", "The body is not a JSON object.")]);
        }

        return null;
    }

    private static (ScoreCard? Card, IResult? Problem) Card(JsonElement root, string name, ScoringPolicy rules)
        => root.TryGetProperty(name, out var part)
            ? CardOf(part, $"$.{name}", rules)
            : (null, ProblemResults.Of([new(Problems.ProblemCodes.MissingProperty, $"$.{name}", $"'{name}' is required: an assessment or a score card.")]));

    /// <summary>A score card from a part of the body: a card as it is, an assessment scored under <paramref name="rules"/>.</summary>
    private static (ScoreCard? Card, IResult? Problem) CardOf(JsonElement part, string path, ScoringPolicy rules)
    {
        var bytes = Encoding.UTF8.GetBytes(part.GetRawText());
        if (FileKinds.Detect(bytes) == FileKind.ScoreCard)
        {
            var card = ScoreCardJson.Read(bytes);
            return card.Value is { } read ? (read, null) : (null, ProblemResults.Of(card.Problems, path));
        }

        var assessment = AssessmentJson.Read(bytes);
        return assessment.Value is { } value ? (Scorer.Score(value, rules), null) : (null, ProblemResults.Of(assessment.Problems, path));
    }

    private static Footprint? Footprint(JsonElement root, out NodaTime.LocalDate? date)
    {
        date = root.TryGetProperty("assessedOn", out var on) && on.ValueKind == JsonValueKind.String ? IsoDate.Parse(on.GetString()) : null;
        if (!root.TryGetProperty("footprint", out var footprint) || footprint.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? Text(string name) => footprint.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        int? population = footprint.TryGetProperty("population", out var people) && people.TryGetInt32(out var count) ? count : null;
        if (Text("code") is not { Length: > 0 } code || Text("name") is not { Length: > 0 } name || !Vocabularies.Level.TryParse(Text("level") ?? string.Empty, out var level))
        {
            return null;
        }

        try
        {
            return new Footprint(code, name, level, population, Text("parentCode"));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>What <c>/health</c> answers.</summary>
    /// <param name="Status">Always <c>healthy</c> when the service answers.</param>
    /// <param name="Frameworks">How many frameworks it knows.</param>
    internal sealed record Health(string Status, int Frameworks);
}
