using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// What the service does with the partners' files of one assessment, sent as they are: score them, make the consensus
/// meeting's pack, write the action plan to fill in, merge them (with a filled plan) into one assessment file; and
/// import FHIR responses. Every file is read against the service's catalogue (<see cref="ServiceIntake"/>).
/// </summary>
internal sealed class AssessmentEndpoints(ServiceIntake intake)
{
    /// <summary>The media types a body of one file may have: an assessment (JSON), a ratings table, a workbook, FHIR responses.</summary>
    public static readonly string[] OneFile = ["application/json", .. RequestFiles.FileTypes];

    /// <summary>The header <c>/merge</c> gives each assessor's return in, as <c>council 74 of 86 rated; vcse no file</c>.</summary>
    public const string ReturnsHeader = "Assessor-Returns";

    public async Task<IResult> Score(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request, Negotiation.Cards) is not { } format)
        {
            return Negotiation.NotAcceptable(request, Negotiation.Cards);
        }

        if (Policies.Find(policy) is not { } rules)
        {
            return Policies.Unknown(policy);
        }

        var (assessment, refusal) = await Assessment(request);
        if (assessment is null)
        {
            return refusal!;
        }

        var card = Scorer.ScoreWithBands(assessment, rules);

        // The score card as JSON is written straight to UTF-8, the common case for a service; reports render as text.
        return format == ReportFormat.Json
            ? Results.Bytes(ScoreCardJson.SerializeToUtf8Bytes(card), Negotiation.ContentType(format))
            : Rendered(Report.Render(ScoreCardReport.For(card, assessment, rules), format), format);
    }

    public async Task<IResult> Agenda(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request, Negotiation.Packs) is not { } format)
        {
            return Negotiation.NotAcceptable(request, Negotiation.Packs);
        }

        if (Policies.Find(policy) is not { } rules)
        {
            return Policies.Unknown(policy);
        }

        var (assessment, refusal) = await Assessment(request);
        return assessment is null ? refusal! : Rendered(Report.RenderAgenda(ScoreCardReport.For(Scorer.ScoreWithBands(assessment, rules), assessment, rules), format), format);
    }

    /// <summary>The action plan to fill in, as CSV: every item of the whole work list, with empty action, owner, due and status columns.</summary>
    public async Task<IResult> Plan(HttpRequest request, string? policy)
    {
        if (Policies.Find(policy) is not { } rules)
        {
            return Policies.Unknown(policy);
        }

        var (assessment, refusal) = await Assessment(request);
        return assessment is null
            ? refusal!
            : Results.Text(Collecting.ActionPlan.ToCsv(Scorer.Score(assessment, rules), assessment, rules), "text/csv", Encoding.UTF8);
    }

    public async Task<IResult> Merge(HttpRequest request, HttpResponse response)
    {
        var (files, refusal) = await RequestFiles.Read(request, forms: true, OneFile);
        if (files is null)
        {
            return refusal!;
        }

        var merged = intake.Files.ReadMerged(files);
        if (merged.Value is not { } value)
        {
            return ProblemResults.Of(merged.Problems);
        }

        response.Headers[ReturnsHeader] = string.Join("; ", value.Returns);
        return Results.Text(AssessmentJson.Serialize(value.Assessment), "application/json", Encoding.UTF8);
    }

    public async Task<IResult> Import(HttpRequest request)
    {
        var (files, refusal) = await RequestFiles.Read(request, forms: false, "application/fhir+json", "application/json");
        if (files is null)
        {
            return refusal!;
        }

        var read = ResponseImport.Read(files, options: intake.Options);
        return read.Value is { } assessment
            ? Results.Text(AssessmentJson.Serialize(assessment), "application/json", Encoding.UTF8)
            : ProblemResults.Of(read.Problems);
    }

    /// <summary>
    /// The assessment of a request: its one file, or the partners' files of a form merged; or the problem to answer
    /// with. A merge's warnings (a rating sent twice, the same) are not an error.
    /// </summary>
    private async Task<(Assessment? Assessment, IResult? Refusal)> Assessment(HttpRequest request)
    {
        var (files, refusal) = await RequestFiles.Read(request, forms: true, OneFile);
        if (files is null)
        {
            return (null, refusal);
        }

        if (files.Count == 1)
        {
            var read = intake.Files.Read(files[0]);
            return read.Value is { } one ? (one, null) : (null, ProblemResults.Of(read.Problems));
        }

        var merged = intake.Files.ReadMerged(files);
        return merged.Value is { } value ? (value.Assessment, null) : (null, ProblemResults.Of(merged.Problems));
    }

    public static IResult Rendered(string content, ReportFormat format) => Results.Text(content, Negotiation.ContentType(format), Encoding.UTF8);
}
