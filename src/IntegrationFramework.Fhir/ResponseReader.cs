using Hl7.Fhir.Model;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Fhir;

/// <summary>
/// Turns QuestionnaireResponses, one per assessor and any of the consensus meeting, into one assessment, or the problems
/// that prevent it.
/// </summary>
internal sealed partial class ResponseReader(ReadOptions options, ResponseContext context)
{
    private int responseCount;

    private readonly List<Problem> problems = [];
    private readonly List<Assessor> assessors = [];
    private readonly List<Rating> ratings = [];
    private readonly List<AgreedRating> agreed = [];
    private SourceMap map = new((place, _) => place, place => place);
    private Framework? framework;
    private Footprint? footprint;
    private LocalDate? date;
    private List<string>? excluded;

    public ReadResult<Assessment> Read(IReadOnlyList<QuestionnaireResponse> responses)
        => ReadFrom([.. responses.Select((r, i) => (r, ProblemLocation.InJson($"$[{i}]")))]);

    /// <summary>Reads responses, each with the path its problems start from (a file's name, and where in it).</summary>
    public ReadResult<Assessment> ReadFrom(IReadOnlyList<(QuestionnaireResponse Response, ProblemLocation Path)> responses)
    {
        if (responses.Count == 0)
        {
            return ReadResult.Failure<Assessment>([new Problem(ProblemCodes.MissingValue, "$", "There are no responses; give one QuestionnaireResponse per assessor.")]);
        }

        // A property of a rating, assessor or agreed rating is below the answer or author it came from; the date is
        // the first response's authored, or the date given; anything else is the first response's.
        var first = responses[0].Path;
        map = new SourceMap(
            (source, property) => source.Below($".{property}"),
            place => place.JsonPath != "$.assessedOn" ? first : context.AssessedOn is null ? first.Below(".authored") : ProblemLocation.Setting(ResponseContext.AssessedOnSetting));

        responseCount = responses.Count;
        if (context.AssessedOn is { } given)
        {
            date = given;
        }

        foreach (var (response, path) in responses)
        {
            Response(response, path);
        }

        if (HasErrors || framework is null || footprint is null || date is null)
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework, footprint, date.Value, assessors.ToEquatableArray(), ratings.ToEquatableArray(), (excluded ?? []).ToEquatableArray(), agreed.ToEquatableArray());
        foreach (var problem in assessment.Validate(options.Clock))
        {
            problems.Add(map.Relocate(problem));
        }

        return HasErrors ? ReadResult.Failure<Assessment>(problems.ToEquatableArray()) : ReadResult.Success(assessment, problems.ToEquatableArray());
    }

    private bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    private void Error(string code, ProblemLocation path, string message) => problems.Add(new(code, path, message));

    private void Response(QuestionnaireResponse? response, ProblemLocation path)
    {
        if (response is null)
        {
            Error(ProblemCodes.MissingValue, path, "The response is missing.");
            return;
        }

        if (response.GetExtension(FhirIdentifiers.ConsensusMeetingExtension) is { } meeting)
        {
            Meeting(response, meeting, path);
            return;
        }

        var answered = Questionnaire(response.Questionnaire, path.Below(".questionnaire"));
        Status(response.Status, path.Below(".status"));
        Authored(response.Authored, path.Below(".authored"));
        Subject(response.Subject, path.Below(".subject"));
        var assessor = Author(response.Author, path.Below(".author"));
        Scope(response, path);
        if (answered is not null && assessor is not null)
        {
            Items(response.Item, path.Below(".item"), answered.Checklist, Vocabularies.Progress, (item, progress, target, evidence, itemPath) =>
            {
                ratings.Add(new Rating(item.Id, assessor.Id, progress, target, evidence));
                map.AddRating(itemPath);
            });
        }
    }

    /// <summary>
    /// The consensus meeting's response: the assessment's date in its extension, the meeting's as <c>authored</c>, who
    /// agreed as the author's display, the agreed levels as answers and the rationales as the evidence.
    /// </summary>
    private void Meeting(QuestionnaireResponse response, Extension meeting, ProblemLocation path)
    {
        var answered = Questionnaire(response.Questionnaire, path.Below(".questionnaire"));
        Status(response.Status, path.Below(".status"));
        if (context.AssessedOn is null)
        {
            AssessmentDate((meeting.Value as Date)?.Value, path.Below(".extension"), "the consensus meeting's extension needs valueDate: the date of the assessment whose ratings it settles");
        }

        Subject(response.Subject, path.Below(".subject"));
        Scope(response, path);
        var agreedOn = response.Authored is { Length: >= 10 } authored ? IsoDate.Parse(authored[..10]) : null;
        if (agreedOn is null)
        {
            Error(ProblemCodes.MissingProperty, path.Below(".authored"), "The consensus meeting's response needs 'authored': the date of the meeting, yyyy-MM-dd.");
        }

        var agreedBy = response.Author?.Display;
        if (string.IsNullOrWhiteSpace(agreedBy))
        {
            Error(ProblemCodes.MissingProperty, path.Below(".author.display"), "The consensus meeting's response needs an author's display: who agreed the ratings.");
        }

        if (answered is null || agreedOn is null || string.IsNullOrWhiteSpace(agreedBy))
        {
            return;
        }

        Items(response.Item, path.Below(".item"), answered.Checklist, Vocabularies.Target, (item, progress, target, rationale, itemPath) =>
        {
            if (rationale is null)
            {
                Error(ProblemCodes.MissingValue, itemPath, $"Item {item.Id} is agreed without a rationale; the meeting's response gives why in the item's evidence question ({item.Id}{FhirIdentifiers.EvidenceSuffix}).");
                return;
            }

            agreed.Add(new AgreedRating(item.Id, progress, rationale, agreedOn.Value, agreedBy, target));
            map.AddAgreed(itemPath);
        });
    }

    private Framework? Questionnaire(string? canonical, ProblemLocation path)
    {
        if (string.IsNullOrWhiteSpace(canonical))
        {
            Error(ProblemCodes.MissingProperty, path, $"'questionnaire' is required: the versioned canonical URL of a framework's Questionnaire, such as {QuestionnaireExport.VersionedCanonical(options.Frameworks.All[0])}.");
            return null;
        }

        var bar = canonical.IndexOf('|', StringComparison.Ordinal);
        var url = bar < 0 ? canonical : canonical[..bar];
        var version = bar < 0 ? null : canonical[(bar + 1)..];
        var known = url.StartsWith(FhirIdentifiers.QuestionnaireBase, StringComparison.Ordinal) ? options.Frameworks.Find(url[FhirIdentifiers.QuestionnaireBase.Length..]) : null;
        if (known is null)
        {
            Error(ProblemCodes.UnknownFramework, path, $"'{url}' is not the Questionnaire of a framework this library knows; use one of {string.Join(", ", options.Frameworks.All.Select(QuestionnaireExport.CanonicalUrl))}.");
            return null;
        }

        if (version is null)
        {
            // Generic form fillers write the Questionnaire's url without its version.
            problems.Add(new(FhirProblemCodes.OtherQuestionnaireVersion, path, $"The response does not say which version of the Questionnaire it answers; it is read as version {known.Version}, this library's ({QuestionnaireExport.VersionedCanonical(known)}).", ProblemSeverity.Warning));
        }
        else if (version != known.Version)
        {
            Error(FhirProblemCodes.OtherQuestionnaireVersion, path, $"The response answers version {version} of the Questionnaire; this library's is {known.Version}. Collect responses to the current Questionnaire.");
            return null;
        }

        if (framework is null)
        {
            framework = known;
        }
        else if (framework != known)
        {
            Error(ProblemCodes.FrameworkMismatch, path, $"The response answers {known.Id}, the first answers {framework.Id}; one assessment answers one framework.");
            return null;
        }

        return known;
    }

    private void Status(QuestionnaireResponse.QuestionnaireResponseStatus? status, ProblemLocation path)
    {
        switch (status)
        {
            case QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError:
                Error(ProblemCodes.InvalidValue, path, "The response was entered in error; leave it out.");
                break;
            case QuestionnaireResponse.QuestionnaireResponseStatus.InProgress or QuestionnaireResponse.QuestionnaireResponseStatus.Stopped:
                problems.Add(new(ProblemCodes.InvalidValue, path, "The response is not completed; its answers are used as they stand.", ProblemSeverity.Warning));
                break;
        }
    }

    private void Authored(string? authored, ProblemLocation path)
    {
        if (context.AssessedOn is not null)
        {
            // The date is given: authored says when the form was filled, not the date of the assessment.
            return;
        }

        AssessmentDate(authored, path, "'authored' is required: the date of the assessment; or give the date with the responses");
    }

    /// <summary>The date of the assessment, as a response gives it: the first sets it, the others must agree.</summary>
    private void AssessmentDate(string? authored, ProblemLocation path, string missing)
    {
        if (string.IsNullOrWhiteSpace(authored))
        {
            Error(FhirProblemCodes.ResponseWithoutDate, path, $"{missing}.");
            return;
        }

        var parsed = IsoDate.Parse(authored.Length >= 10 ? authored[..10] : authored);
        if (parsed is not { } day)
        {
            Error(ProblemCodes.InvalidValue, path, $"'{authored}' does not start with a date in the form yyyy-MM-dd.");
        }
        else if (date is null)
        {
            date = day;
        }
        else if (date != day)
        {
            Error(FhirProblemCodes.ResponsesOnDifferentDays, path, $"The response was authored on {IsoDate.Format(day)}, the first on {IsoDate.Format(date.Value)}; one assessment has one date: give it with the responses when the forms were filled on different days.");
        }
    }

    private void Subject(ResourceReference? subject, ProblemLocation path)
    {
        if (subject?.Identifier is not { Value: { Length: > 0 } code } || subject.Identifier.System != FhirIdentifiers.FootprintSystem)
        {
            if (context.Footprint is { } given)
            {
                footprint ??= given;
                return;
            }

            Error(FhirProblemCodes.ResponseWithoutFootprint, path, $"'subject' is required: the footprint, with an identifier of system {FhirIdentifiers.FootprintSystem}, a display name and a footprint-level extension; or give the footprint with the responses.");
            return;
        }

        // The footprint's fields, read as every format reads them; each extension is named by its url's last part.
        var extension = path.Below(".extension");
        var found = new FieldReader(problems, ProblemCodes.MissingProperty).Footprint(
            new Field(code, path.Below(".identifier.value"), "identifier"),
            new Field(string.IsNullOrWhiteSpace(subject.Display) ? null : subject.Display, path.Below(".display"), "display"),
            new Field(subject.GetExtensionValue<Code>(FhirIdentifiers.FootprintLevelExtension)?.Value, extension, "footprint-level"),
            new Field(subject.GetExtensionValue<Integer>(FhirIdentifiers.FootprintPopulationExtension)?.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), extension, "footprint-population"),
            new Field(subject.GetExtensionValue<FhirString>(FhirIdentifiers.FootprintParentExtension)?.Value is { Length: > 0 } parent && !string.IsNullOrWhiteSpace(parent) ? parent : null, extension, "footprint-parent"));
        if (found is null)
        {
            return;
        }

        if (context.Footprint is { } stated && stated != found)
        {
            Error(ProblemCodes.FootprintMismatch, path, $"The response is about {found}, but the footprint given is {stated}; leave the footprint given out, or correct it.");
            return;
        }

        if (footprint is null)
        {
            footprint = found;
        }
        else if (footprint != found)
        {
            Error(ProblemCodes.FootprintMismatch, path, $"The response is about {found}, the first about {footprint}; one assessment is of one footprint.");
        }
    }

    private void Scope(QuestionnaireResponse response, ProblemLocation path)
    {
        var codes = response.Extension.Where(e => e.Url == FhirIdentifiers.ExcludedDomainExtension).Select(e => (e.Value as Code)?.Value ?? string.Empty).ToList();
        if (excluded is null)
        {
            excluded = codes;
        }
        else if (!excluded.Order().SequenceEqual(codes.Order()))
        {
            Error(ProblemCodes.InvalidValue, path.Below(".extension"), $"The response excludes [{string.Join(", ", codes)}], the first [{string.Join(", ", excluded)}]; give every response the same scope.");
        }
    }
}
