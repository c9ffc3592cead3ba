using Hl7.Fhir.Model;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Fhir;

/// <summary>
/// Writes an assessment as FHIR R4 QuestionnaireResponses to its framework's Questionnaire: one response per assessor,
/// carrying the footprint as the subject, the date as <c>authored</c>, the assessor as the author, the scope as
/// extensions, and the assessor's ratings as answers; and the consensus meeting's agreed ratings as a response of their
/// own (<see cref="FhirIdentifiers.ConsensusMeetingExtension"/>).
/// </summary>
/// <remarks><see cref="ResponseImport"/> reads them back into an assessment that scores identically.</remarks>
public static class ResponseExport
{
    /// <summary>
    /// One response per assessor, in the assessment's order of assessors; then, where the consensus meeting agreed
    /// ratings, one response per meeting (date and who agreed), marked with
    /// <see cref="FhirIdentifiers.ConsensusMeetingExtension"/>, whose answers are the agreed levels and whose evidence
    /// questions hold the rationales.
    /// </summary>
    /// <param name="assessment">A valid assessment.</param>
    /// <returns>The responses; change them freely.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">The assessment has problems (see <see cref="Assessment.Validate"/>).</exception>
    public static IReadOnlyList<QuestionnaireResponse> For(Assessment assessment)
    {
        Preconditions.NotNull(assessment);
        var framework = assessment.Framework;
        if (!assessment.Validate().IsEmpty)
        {
            throw new ArgumentException($"Only a valid assessment can be exported; this one has problems: {string.Join("; ", assessment.Validate())}", nameof(assessment));
        }

        var meetings = assessment.AgreedRatings.GroupBy(a => (a.AgreedOn, a.AgreedBy)).Select(meeting => Meeting(assessment, framework, meeting.Key.AgreedOn, meeting.Key.AgreedBy, [.. meeting]));
        return [.. assessment.Assessors.Select(assessor => Response(assessment, framework, assessor)), .. meetings];
    }

    private static QuestionnaireResponse Response(Assessment assessment, Framework framework, Assessor assessor)
    {
        var author = new ResourceReference
        {
            Identifier = new Identifier(FhirIdentifiers.AssessorSystem, assessor.Id),
            Display = assessor.Name,
            Extension = [new Extension(FhirIdentifiers.PartnerKindExtension, new Code(Vocabularies.Partner.NameOf(assessor.Partner)))],
        };
        return Response(assessment, framework, assessment.AssessedOn, author, assessment.Ratings.Where(r => r.AssessorId == assessor.Id).ToDictionary(r => r.ItemId));
    }

    /// <summary>The consensus meeting's response: its agreed levels as answers, its rationales as the evidence.</summary>
    private static QuestionnaireResponse Meeting(Assessment assessment, Framework framework, NodaTime.LocalDate agreedOn, string agreedBy, List<AgreedRating> agreed)
    {
        var response = Response(assessment, framework, agreedOn, new ResourceReference { Display = agreedBy }, agreed.ToDictionary(a => a.ItemId, a => new Rating(a.ItemId, agreedBy, a.Progress, a.Target, a.Rationale)));
        response.Extension.Insert(0, new Extension(FhirIdentifiers.ConsensusMeetingExtension, new Date(IsoDate.Format(assessment.AssessedOn))));
        return response;
    }

    private static QuestionnaireResponse Response(Assessment assessment, Framework framework, NodaTime.LocalDate authored, ResourceReference author, Dictionary<string, Rating> ratings)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = QuestionnaireExport.VersionedCanonical(framework),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = IsoDate.Format(authored),
            Subject = Subject(assessment.Footprint),
            Author = author,
            Extension = [.. assessment.ExcludedDomains.Select(code => new Extension(FhirIdentifiers.ExcludedDomainExtension, new Code(code)))],
        };

        foreach (var theme in framework.Checklist.Themes)
        {
            var domains = theme.Domains
                .Select(domain => (domain, answered: domain.Items.Where(i => ratings.ContainsKey(i.Id)).Select(i => Answer(ratings[i.Id])).ToList()))
                .Where(d => d.answered.Count > 0)
                .Select(d => new QuestionnaireResponse.ItemComponent { LinkId = d.domain.Code, Item = d.answered })
                .ToList();
            if (domains.Count > 0)
            {
                response.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = theme.Code, Item = domains });
            }
        }

        return response;
    }

    private static ResourceReference Subject(Geography.Footprint footprint)
    {
        var subject = new ResourceReference
        {
            Identifier = new Identifier(FhirIdentifiers.FootprintSystem, footprint.Code),
            Display = footprint.Name,
            Extension = [new Extension(FhirIdentifiers.FootprintLevelExtension, new Code(Vocabularies.Level.NameOf(footprint.Level)))],
        };
        if (footprint.Population is { } population)
        {
            subject.Extension.Add(new Extension(FhirIdentifiers.FootprintPopulationExtension, new Integer(population)));
        }

        if (footprint.ParentCode is { } parent)
        {
            subject.Extension.Add(new Extension(FhirIdentifiers.FootprintParentExtension, new FhirString(parent)));
        }

        return subject;
    }

    private static QuestionnaireResponse.ItemComponent Answer(Rating rating)
    {
        var answer = new QuestionnaireResponse.AnswerComponent { Value = QuestionnaireExport.ProgressCoding(rating.Progress) };
        if (rating.Target is { } target)
        {
            answer.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = rating.ItemId + FhirIdentifiers.TargetSuffix,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = QuestionnaireExport.ProgressCoding(target) }],
            });
        }

        if (rating.Evidence is { } evidence)
        {
            answer.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = rating.ItemId + FhirIdentifiers.EvidenceSuffix,
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirString(evidence) }],
            });
        }

        return new QuestionnaireResponse.ItemComponent { LinkId = rating.ItemId, Answer = [answer] };
    }
}
