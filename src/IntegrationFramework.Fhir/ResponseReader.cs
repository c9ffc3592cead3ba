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
internal sealed class ResponseReader(ReadOptions options, ResponseContext context)
{
    private int responseCount;

    private readonly List<Problem> problems = [];
    private readonly List<Assessor> assessors = [];
    private readonly List<string> assessorPaths = [];
    private readonly List<Rating> ratings = [];
    private readonly List<string> ratingPaths = [];
    private readonly List<AgreedRating> agreed = [];
    private readonly List<string> agreedPaths = [];
    private Framework? framework;
    private Footprint? footprint;
    private LocalDate? date;
    private List<string>? excluded;

    public ReadResult<Assessment> Read(IReadOnlyList<QuestionnaireResponse> responses)
        => ReadFrom([.. responses.Select((r, i) => (r, $"$[{i}]"))]);

    /// <summary>Reads responses, each with the path its problems start from (a file's name, and where in it).</summary>
    public ReadResult<Assessment> ReadFrom(IReadOnlyList<(QuestionnaireResponse Response, string Path)> responses)
    {
        if (responses.Count == 0)
        {
            return ReadResult.Failure<Assessment>([new Problem(ProblemCodes.MissingValue, "$", "There are no responses; give one QuestionnaireResponse per assessor.")]);
        }

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
            problems.Add(ProblemPaths.Relocate(problem, ratingPaths, assessorPaths, agreedPaths, path => path == "$.assessedOn" ? (context.AssessedOn is null ? $"{responses[0].Path}.authored" : "--date") : responses[0].Path, (source, property) => $"{source}.{property}"));
        }

        return HasErrors ? ReadResult.Failure<Assessment>(problems.ToEquatableArray()) : ReadResult.Success(assessment, problems.ToEquatableArray());
    }

    private bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    private void Error(string code, string path, string message) => problems.Add(new(code, path, message));

    private void Response(QuestionnaireResponse? response, string path)
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

        var answered = Questionnaire(response.Questionnaire, $"{path}.questionnaire");
        Status(response.Status, $"{path}.status");
        Authored(response.Authored, $"{path}.authored");
        Subject(response.Subject, $"{path}.subject");
        var assessor = Author(response.Author, $"{path}.author");
        Scope(response, path);
        if (answered is not null && assessor is not null)
        {
            Items(response.Item, $"{path}.item", answered.Checklist, Vocabularies.Progress, (item, progress, target, evidence, itemPath) =>
            {
                ratings.Add(new Rating(item.Id, assessor.Id, progress, target, evidence));
                ratingPaths.Add(itemPath);
            });
        }
    }

    /// <summary>
    /// The consensus meeting's response: the assessment's date in its extension, the meeting's as <c>authored</c>, who
    /// agreed as the author's display, the agreed levels as answers and the rationales as the evidence.
    /// </summary>
    private void Meeting(QuestionnaireResponse response, Extension meeting, string path)
    {
        var answered = Questionnaire(response.Questionnaire, $"{path}.questionnaire");
        Status(response.Status, $"{path}.status");
        if (context.AssessedOn is null)
        {
            AssessmentDate((meeting.Value as Date)?.Value, $"{path}.extension", "the consensus meeting's extension needs valueDate: the date of the assessment whose ratings it settles");
        }

        Subject(response.Subject, $"{path}.subject");
        Scope(response, path);
        var agreedOn = response.Authored is { Length: >= 10 } authored ? IsoDate.Parse(authored[..10]) : null;
        if (agreedOn is null)
        {
            Error(ProblemCodes.MissingProperty, $"{path}.authored", "The consensus meeting's response needs 'authored': the date of the meeting, yyyy-MM-dd.");
        }

        var agreedBy = response.Author?.Display;
        if (string.IsNullOrWhiteSpace(agreedBy))
        {
            Error(ProblemCodes.MissingProperty, $"{path}.author.display", "The consensus meeting's response needs an author's display: who agreed the ratings.");
        }

        if (answered is null || agreedOn is null || string.IsNullOrWhiteSpace(agreedBy))
        {
            return;
        }

        Items(response.Item, $"{path}.item", answered.Checklist, Vocabularies.Target, (item, progress, target, rationale, itemPath) =>
        {
            if (rationale is null)
            {
                Error(ProblemCodes.MissingValue, itemPath, $"Item {item.Id} is agreed without a rationale; the meeting's response gives why in the item's evidence question ({item.Id}{FhirIdentifiers.EvidenceSuffix}).");
                return;
            }

            agreed.Add(new AgreedRating(item.Id, progress, rationale, agreedOn.Value, agreedBy, target));
            agreedPaths.Add(itemPath);
        });
    }

    private Framework? Questionnaire(string? canonical, string path)
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

    private void Status(QuestionnaireResponse.QuestionnaireResponseStatus? status, string path)
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

    private void Authored(string? authored, string path)
    {
        if (context.AssessedOn is not null)
        {
            // The date is given: authored says when the form was filled, not the date of the assessment.
            return;
        }

        AssessmentDate(authored, path, "'authored' is required: the date of the assessment; or give the date (ifw fhir import --date yyyy-MM-dd)");
    }

    /// <summary>The date of the assessment, as a response gives it: the first sets it, the others must agree.</summary>
    private void AssessmentDate(string? authored, string path, string missing)
    {
        if (string.IsNullOrWhiteSpace(authored))
        {
            Error(ProblemCodes.MissingProperty, path, $"{missing}.");
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
            Error(ProblemCodes.InvalidValue, path, $"The response was authored on {IsoDate.Format(day)}, the first on {IsoDate.Format(date.Value)}; one assessment has one date: give it (ifw fhir import --date yyyy-MM-dd) when the forms were filled on different days.");
        }
    }

    private void Subject(ResourceReference? subject, string path)
    {
        if (subject?.Identifier is not { Value: { Length: > 0 } code } || subject.Identifier.System != FhirIdentifiers.FootprintSystem)
        {
            if (context.Footprint is { } given)
            {
                footprint ??= given;
                return;
            }

            Error(ProblemCodes.MissingProperty, path, $"'subject' is required: the footprint, with an identifier of system {FhirIdentifiers.FootprintSystem}, a display name and a footprint-level extension; or give the footprint (ifw fhir import --footprint-code, --footprint-name and --level).");
            return;
        }

        var level = Code(subject.GetExtensionValue<Code>(FhirIdentifiers.FootprintLevelExtension)?.Value, $"{path}.extension", Vocabularies.Level);
        int? population = subject.GetExtensionValue<Integer>(FhirIdentifiers.FootprintPopulationExtension)?.Value;
        if (population is < 1)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.extension", $"The footprint's population must be a positive whole number; it was {population}.");
            return;
        }

        if (string.IsNullOrWhiteSpace(subject.Display) || level is null)
        {
            if (string.IsNullOrWhiteSpace(subject.Display))
            {
                Error(ProblemCodes.MissingProperty, $"{path}.display", "'display' is required: the footprint's name.");
            }

            return;
        }

        var parent = subject.GetExtensionValue<FhirString>(FhirIdentifiers.FootprintParentExtension)?.Value;
        var found = new Footprint(code, subject.Display, level.Value, population, string.IsNullOrWhiteSpace(parent) ? null : parent);
        if (context.Footprint is { } stated && stated != found)
        {
            Error(ProblemCodes.FootprintMismatch, path, $"The response is about {found}, but the footprint given is {stated}; leave the footprint options out, or correct them.");
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

    private Assessor? Author(ResourceReference? author, string path)
    {
        if (author?.Identifier is { Value: { Length: > 0 } id } && author.Identifier.System == FhirIdentifiers.AssessorSystem && !string.IsNullOrWhiteSpace(author.Display))
        {
            var partner = Code(author.GetExtensionValue<Code>(FhirIdentifiers.PartnerKindExtension)?.Value, $"{path}.extension", Vocabularies.Partner);
            if (partner is null)
            {
                return null;
            }

            var own = new Assessor(id, author.Display, partner.Value);
            if (context.Assessors.FirstOrDefault(a => a.Id == id) is { } stated && stated != own)
            {
                Error(ProblemCodes.DuplicateAssessor, path, $"The response's author is {Describe(own)}, but --assessor gives {Describe(stated)}; leave that --assessor out, or correct it.");
                return null;
            }

            return Add(own, path);
        }

        if (author is null || (string.IsNullOrWhiteSpace(author.Display) && string.IsNullOrWhiteSpace(author.Reference)))
        {
            if (responseCount == 1 && context.Assessors.Count == 1)
            {
                return Add(context.Assessors[0], path);
            }

            Error(ProblemCodes.MissingProperty, path, responseCount == 1
                ? "The response has no author; give the one assessor who filled it (ifw fhir import --assessor ID:PARTNER:NAME)."
                : $"The response has no author, and there are {responseCount} responses; each needs an author naming its assessor (a display name or a reference), so that none is matched by position.");
            return null;
        }

        // A generic form filler: the author is a display name, or a reference such as Organization/croydon-council.
        var reference = author.Reference;
        var referenceId = reference?[(reference.LastIndexOf('/') + 1)..];
        string?[] names = [author.Display, reference, referenceId];
        var matched = context.Assessors.FirstOrDefault(a => names.Any(n => !string.IsNullOrWhiteSpace(n) && (n == a.Id || string.Equals(n.Trim(), a.Name, StringComparison.OrdinalIgnoreCase))));
        if (matched is null)
        {
            var named = string.Join(" and ", names.Take(2).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => $"'{n}'"));
            var suggestion = referenceId is { Length: > 0 } ? referenceId : "ID";
            Error(ProblemCodes.UnknownAssessor, path, $"The response's author is {named}, which no assessor given names; add --assessor {suggestion}:PARTNER:{(string.IsNullOrWhiteSpace(author.Display) ? "NAME" : author.Display)} (its id or name must equal the author's display or reference).");
            return null;
        }

        return Add(matched, path);
    }

    private Assessor Add(Assessor assessor, string path)
    {
        assessors.Add(assessor);
        assessorPaths.Add(path);
        return assessor;
    }

    private static string Describe(Assessor assessor) => $"{assessor.Id} '{assessor.Name}' ({Vocabularies.Partner.NameOf(assessor.Partner)})";

    private void Scope(QuestionnaireResponse response, string path)
    {
        var codes = response.Extension.Where(e => e.Url == FhirIdentifiers.ExcludedDomainExtension).Select(e => (e.Value as Code)?.Value ?? string.Empty).ToList();
        if (excluded is null)
        {
            excluded = codes;
        }
        else if (!excluded.Order().SequenceEqual(codes.Order()))
        {
            Error(ProblemCodes.InvalidValue, $"{path}.extension", $"The response excludes [{string.Join(", ", codes)}], the first [{string.Join(", ", excluded)}]; give every response the same scope.");
        }
    }

    /// <summary>What a question's answer gives: the item, its level, target and evidence, and the answer's path.</summary>
    private delegate void Answered(ChecklistItem item, Progress progress, Progress? target, string? evidence, string path);

    private void Items(List<QuestionnaireResponse.ItemComponent> items, string path, Checklist checklist, Vocabulary<Progress> levels, Answered add)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = $"{path}[{i}]";
            if (checklist.FindTheme(item.LinkId) is not null || checklist.FindDomain(item.LinkId) is not null)
            {
                Items(item.Item, $"{itemPath}.item", checklist, levels, add);
            }
            else if (checklist.FindItem(item.LinkId) is { } checklistItem)
            {
                Question(item, itemPath, checklistItem, levels, add);
            }
            else
            {
                UnknownLinkId(item.LinkId, $"{itemPath}.linkId", checklist);
            }
        }
    }

    private void Question(QuestionnaireResponse.ItemComponent item, string path, ChecklistItem checklistItem, Vocabulary<Progress> levels, Answered add)
    {
        if (item.Answer.Count == 0)
        {
            return;
        }

        if (item.Answer.Count > 1)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.answer", $"Item {checklistItem.Id} has {item.Answer.Count} answers; give one.");
            return;
        }

        var answer = item.Answer[0];
        var progress = Option(answer.Value, $"{path}.answer[0].value", levels);
        Progress? target = null;
        string? evidence = null;
        var nested = answer.Item.Select((n, k) => (n, p: $"{path}.answer[0].item[{k}]")).Concat(item.Item.Select((n, k) => (n, p: $"{path}.item[{k}]")));
        foreach (var (child, childPath) in nested)
        {
            if (child.LinkId == checklistItem.Id + FhirIdentifiers.TargetSuffix && child.Answer.Count == 1)
            {
                target = Option(child.Answer[0].Value, $"{childPath}.answer[0].value", Vocabularies.Target);
            }
            else if (child.LinkId == checklistItem.Id + FhirIdentifiers.EvidenceSuffix && child.Answer.Count == 1 && child.Answer[0].Value is FhirString { Value: { } text })
            {
                evidence = string.IsNullOrWhiteSpace(text) ? null : text;
            }
            else if (child.LinkId != checklistItem.Id + FhirIdentifiers.TargetSuffix && child.LinkId != checklistItem.Id + FhirIdentifiers.EvidenceSuffix)
            {
                UnknownLinkId(child.LinkId, $"{childPath}.linkId", null);
            }
            else
            {
                Error(ProblemCodes.InvalidValue, childPath, $"'{child.LinkId}' needs one answer: {(child.LinkId.EndsWith(FhirIdentifiers.TargetSuffix, StringComparison.Ordinal) ? "a target level" : "the evidence as text")}.");
            }
        }

        if (progress is { } value)
        {
            add(checklistItem, value, target, evidence, path);
        }
    }

    private Progress? Option(DataType? value, string path, Vocabulary<Progress> vocabulary)
    {
        if (value is Coding { System: FhirIdentifiers.ProgressCodeSystem } coding && vocabulary.TryParse(coding.Code, out var progress))
        {
            return progress;
        }

        var found = value is Coding other ? $"{other.System}#{other.Code}" : value?.TypeName ?? "nothing";
        Error(ProblemCodes.UnknownValue, path, $"The answer {found} is not one of the question's options; answer with a code of {FhirIdentifiers.ProgressCodeSystem}: {vocabulary.Allowed}.");
        return null;
    }

    private TEnum? Code<TEnum>(string? value, string path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        if (vocabulary.TryParse(value, out var term))
        {
            return term;
        }

        Error(value is null ? ProblemCodes.MissingValue : ProblemCodes.UnknownValue, path, value is null ? $"The extension for {vocabulary.What} is missing; use one of {vocabulary.Allowed}." : vocabulary.Unknown(value));
        return null;
    }

    private void UnknownLinkId(string? linkId, string path, Checklist? checklist)
        => Error(
            ProblemCodes.UnknownItem,
            path,
            checklist is null
                ? $"The linkId '{linkId}' is not a question under this item; an item's questions are its target and its evidence."
                : $"The linkId '{linkId}' is not in the {framework!.Id} Questionnaire; its linkIds are theme and domain codes and item ids such as {checklist.Items[0].Id}.");
}
