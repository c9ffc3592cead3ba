using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Fhir;

/// <summary>
/// Reads FHIR R4 QuestionnaireResponses to a framework's Questionnaire — one per assessor — into one assessment.
/// </summary>
/// <remarks>
/// <para>
/// Each response gives the framework and version (<c>questionnaire</c>: <c>url|version</c>), the footprint
/// (<c>subject</c>), the date (<c>authored</c>), the assessor (<c>author</c>), the scope (excluded-domain extensions)
/// and the assessor's answers, as <see cref="ResponseExport"/> writes them. Never throws for what the responses hold:
/// an unknown linkId, an answer outside the question's options, a response to another Questionnaire or another
/// version, responses that disagree on footprint, date or scope, and every problem of
/// <see cref="Assessment.Validate"/> come back as problems. Paths start with <c>$[i]</c>, the i-th response (the i-th
/// entry of a Bundle), followed by its FHIR elements.
/// </para>
/// </remarks>
public static partial class ResponseImport
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    /// <summary>Reads responses into an assessment.</summary>
    /// <param name="responses">The responses, one per assessor.</param>
    /// <param name="options">Checks; the size limits do not apply here.</param>
    /// <returns>The assessment, or the problems that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static ReadResult<Assessment> ToAssessment(IEnumerable<QuestionnaireResponse> responses, ReadOptions? options = null)
        => new ResponseReader(options ?? ReadOptions.Default, ResponseContext.None).Read([.. Preconditions.NotNull(responses)]);

    /// <summary>
    /// Turns QuestionnaireResponses into one assessment, taking what they do not say (the footprint, the date, the
    /// assessors their authors name) from <paramref name="context"/>, as responses from a generic form filler need.
    /// </summary>
    /// <param name="responses">The responses, one per assessor.</param>
    /// <param name="context">What the responses lack; it only fills gaps, and contradicting a response is an error.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or <paramref name="context"/> is null.</exception>
    public static ReadResult<Assessment> ToAssessment(IEnumerable<QuestionnaireResponse> responses, ResponseContext context, ReadOptions? options = null)
        => new ResponseReader(options ?? ReadOptions.Default, Preconditions.NotNull(context)).Read([.. Preconditions.NotNull(responses)]);

    /// <summary>
    /// Reads several FHIR JSON files (each a QuestionnaireResponse or a Bundle of them) into one assessment, taking
    /// what the responses do not say from <paramref name="context"/>. Every problem's path starts with its file's name.
    /// </summary>
    /// <param name="files">The files.</param>
    /// <param name="context">What the responses lack; <see cref="ResponseContext.None"/> when <see langword="null"/>.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null or holds null.</exception>
    public static ReadResult<Assessment> Read(IEnumerable<InputFile> files, ResponseContext? context = null, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var problems = new List<Problem>();
        var responses = new List<(QuestionnaireResponse, ProblemLocation)>();
        foreach (var file in Preconditions.NotNull(files))
        {
            var read = ReadResponses(Preconditions.NotNull(file).Bytes.Span, options);
            problems.AddRange(read.Problems.Select(p => p.InFile(file.Name)));
            if (read.Value is { } found)
            {
                for (var i = 0; i < found.Count; i++)
                {
                    responses.Add((found[i], ProblemLocation.InJson(found.Count == 1 && !IsBundle(file.Bytes.Span) ? "$" : $"$.entry[{i}].resource").InFile(file.Name)));
                }
            }
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error))
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var result = new ResponseReader(options, context ?? ResponseContext.None).ReadFrom(responses);
        return problems.Count == 0 ? result : result.After(problems);
    }

    private static bool IsBundle(ReadOnlySpan<byte> bytes) => ResourceType(bytes) == "Bundle";

    /// <summary>
    /// Reads a FHIR JSON file holding a QuestionnaireResponse, or a Bundle of them, into an assessment, taking what the
    /// responses do not say from <paramref name="context"/>. Paths are into the file: <c>$</c> for a response, or
    /// <c>$.entry[i].resource</c> for the i-th of a Bundle.
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="context">What the responses lack; <see cref="ResponseContext.None"/> when <see langword="null"/>.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it.</returns>
    public static ReadResult<Assessment> Read(ReadOnlySpan<byte> utf8Json, ResponseContext? context = null, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var responses = ReadResponses(utf8Json, options);
        if (responses.Value is not { } found)
        {
            return ReadResult.Failure<Assessment>(responses.Problems);
        }

        var bundle = found.Count != 1 || IsBundle(utf8Json);
        var result = new ResponseReader(options, context ?? ResponseContext.None).ReadFrom([.. found.Select((r, i) => (r, ProblemLocation.InJson(bundle ? $"$.entry[{i}].resource" : "$")))]);
        return responses.Problems.IsEmpty ? result : result.After(responses.Problems);
    }

    /// <summary>Reads the QuestionnaireResponses of a FHIR JSON file: one, or the entries of a Bundle.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The responses, or the problems that prevent reading them.</returns>
    public static ReadResult<IReadOnlyList<QuestionnaireResponse>> ReadResponses(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>([options.TooLarge(null)]);
        }

        var text = FileKinds.ReadText(utf8Json, "FHIR JSON is a JSON object with a resourceType, as a form filler exports it");
        if (text.Value is not { } utf8)
        {
            return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>(text.Problems);
        }

        if (OtherKind(utf8) is { } other)
        {
            return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>([other]);
        }

        if (Syntax(utf8) is { } syntax)
        {
            return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>([syntax]);
        }

        Resource? resource;
        IEnumerable<CodedException> issues;
        try
        {
            Deserializer.TryDeserializeResource(Encoding.UTF8.GetString(utf8), out resource, out issues);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException or OverflowException)
        {
            return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>([new Problem(FhirProblemCodes.InvalidFhir, "$", $"The file is not a FHIR resource this library can read: {exception.Message}")]);
        }

        var problems = issues.Select(Issue).Concat(text.Problems).ToList();
        if (problems.Count > 0)
        {
            return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>(problems.ToEquatableArray());
        }

        switch (resource)
        {
            case QuestionnaireResponse response:
                return ReadResult.Success<IReadOnlyList<QuestionnaireResponse>>([response], text.Problems);
            case Bundle bundle when bundle.Entry.All(e => e.Resource is QuestionnaireResponse):
                return ReadResult.Success<IReadOnlyList<QuestionnaireResponse>>([.. bundle.Entry.Select(e => (QuestionnaireResponse)e.Resource!)], text.Problems);
            case Bundle bundle:
                var index = bundle.Entry.FindIndex(e => e.Resource is not QuestionnaireResponse);
                return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>([new Problem(ProblemCodes.WrongType, $"$.entry[{index}].resource", $"The Bundle holds a {bundle.Entry[index].Resource?.TypeName ?? "missing resource"}; it may hold only QuestionnaireResponses.")]);
            default:
                return ReadResult.Failure<IReadOnlyList<QuestionnaireResponse>>([new Problem(ProblemCodes.WrongType, "$", $"The file holds a {resource?.TypeName ?? "nothing"}; expected a QuestionnaireResponse, or a Bundle of them.")]);
        }
    }

    /// <summary>
    /// The one problem of a file that is not FHIR at all, or a FHIR resource other than a QuestionnaireResponse or a
    /// Bundle: said in a line, before the FHIR parser would list every element it does not expect.
    /// </summary>
    private static Problem? OtherKind(byte[] utf8)
    {
        var kind = FileKinds.Detect(utf8);
        if (kind is FileKind.Assessment or FileKind.ScoreCard or FileKind.Comparison or FileKind.Catalogue or FileKind.RatingsCsv or FileKind.DomainScoresCsv or FileKind.OtherText)
        {
            return new Problem(ProblemCodes.WrongKindOfFile, "$", $"The file is {FileKinds.Describe(kind)}, not FHIR; the FHIR bridge reads QuestionnaireResponses (or a Bundle of them) as a FHIR form filler exports them.");
        }

        if (kind != FileKind.FhirResource)
        {
            return Syntax(utf8) ?? new Problem(ProblemCodes.WrongKindOfFile, "$", "The file is JSON without a resourceType, not FHIR; a FHIR QuestionnaireResponse is a JSON object with \"resourceType\": \"QuestionnaireResponse\".");
        }

        var type = ResourceType(utf8);
        return type is "QuestionnaireResponse" or "Bundle" or null
            ? null
            : new Problem(ProblemCodes.WrongKindOfFile, "$.resourceType", $"The file is a FHIR {type}, not a QuestionnaireResponse or a Bundle of them; export the responses to the checklist's Questionnaire.");
    }

    /// <summary>The top-level <c>resourceType</c>, when it is a string.</summary>
    private static string? ResourceType(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("resourceType"u8);
                reader.Read();
                if (isType)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The syntax check says where the JSON breaks.
        }

        return null;
    }

    private static Problem? Syntax(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException exception)
        {
            return new Problem(ProblemCodes.InvalidJson, "$", $"The file is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {Suffix().Replace(exception.Message, string.Empty).Trim()}");
        }
    }

    private static Problem Issue(CodedException issue)
    {
        // The parser says where as a FHIRPath from the resource's type, such as Bundle.entry[0].resource.status: the
        // same place as the JSON path $.entry[0].resource.status.
        var location = Location().Match(issue.Message);
        var path = location.Success ? location.Groups[1].Value : string.Empty;
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return new(FhirProblemCodes.InvalidFhir, dot < 0 ? "$" : "$" + path[dot..], issue.Message);
    }


    [GeneratedRegex(@"\s*LineNumber: .*$", RegexOptions.Singleline)]
    private static partial Regex Suffix();

    [GeneratedRegex(@"At ([^,]+),")]
    private static partial Regex Location();
}
