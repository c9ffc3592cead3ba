using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Fhir.Tests;

/// <summary>
/// The same assessment read from JSON, from CSV and from FHIR responses scores identically (1,000 generated
/// assessments), and a checklist round-trips through Questionnaire → QuestionnaireResponse → assessment.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 1000)]
public sealed class SameScoreTests
{
    [Property]
    public void An_assessment_round_trips_through_FHIR_responses_with_the_same_ratings_and_score(Assessment assessment)
    {
        var result = ResponseImport.ToAssessment(ResponseExport.For(assessment));

        Assert.Empty(result.Problems);
        Assert.Equal(assessment.Assessors, result.Value!.Assessors);
        Assert.Equal(assessment.ExcludedDomains, result.Value.ExcludedDomains);
        Assert.Equal(assessment.Ratings.OrderBy(r => r.AssessorId, StringComparer.Ordinal).ThenBy(r => r.ItemId, StringComparer.Ordinal), result.Value.Ratings.OrderBy(r => r.AssessorId, StringComparer.Ordinal).ThenBy(r => r.ItemId, StringComparer.Ordinal));
        Assert.Equal(Scorer.Score(assessment), Scorer.Score(result.Value));
    }

    /// <summary>
    /// The consensus meeting's agreed ratings travel as responses of their own (one per meeting date and chair), through
    /// FHIR JSON, and come back with their levels, targets, rationales, dates and who agreed them.
    /// </summary>
    [Property(MaxTest = 300)]
    public void Agreed_ratings_round_trip_through_the_meetings_own_FHIR_responses(MetAssessment met)
    {
        var assessment = met.Value;
        var responses = ResponseExport.For(assessment);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.AddRange(responses.Select(r => new Bundle.EntryComponent { Resource = r }));

        var result = ResponseImport.Read(Encoding.UTF8.GetBytes(new FhirJsonSerializer().SerializeToString(bundle)));

        Assert.Empty(result.Problems);
        Assert.Equal(assessment.Assessors.Count + assessment.AgreedRatings.Select(a => (a.AgreedOn, a.AgreedBy)).Distinct().Count(), responses.Count);
        Assert.Equal(assessment.AgreedRatings.OrderBy(a => a.ItemId, StringComparer.Ordinal), result.Value!.AgreedRatings.OrderBy(a => a.ItemId, StringComparer.Ordinal));
        Assert.Equal(Scorer.Score(assessment), Scorer.Score(result.Value));
    }

    [Property(MaxTest = 200)]
    public Property The_same_assessment_from_JSON_CSV_and_FHIR_files_scores_identically(Assessment generated)
    {
        // Every assessor rates something and every excluded domain has a rating, so a table of ratings can hold it all.
        var assessment = new Assessment(generated.Framework,
            generated.Footprint,
            generated.AssessedOn,
            generated.Assessors.Where(a => generated.Ratings.Any(r => r.AssessorId == a.Id)).ToEquatableArray(),
            generated.Ratings,
            generated.ExcludedDomains.Where(d => generated.Ratings.Any(r => r.ItemId.StartsWith(d + ".", StringComparison.Ordinal))).ToEquatableArray());
        return Prop.When(!assessment.Ratings.IsEmpty, () =>
        {
            var bundle = new Bundle { Type = Bundle.BundleType.Collection };
            bundle.Entry.AddRange(ResponseExport.For(assessment).Select(r => new Bundle.EntryComponent { Resource = r }));
            var fromJson = AssessmentJson.Read(AssessmentJson.SerializeToUtf8Bytes(assessment)).Value!;
            var fromCsv = RatingsCsv.Parse(RatingsCsv.Serialize(assessment)).Value!;
            var fromFhir = ResponseImport.Read(Encoding.UTF8.GetBytes(new FhirJsonSerializer().SerializeToString(bundle))).Value!;

            var expected = Scorer.Score(assessment);
            Assert.Equal(expected, Scorer.Score(fromJson));
            Assert.Equal(expected, Scorer.Score(fromCsv));
            Assert.Equal(expected, Scorer.Score(fromFhir));
        });
    }

    [Fact]
    public void A_checklist_round_trips_through_Questionnaire_response_and_assessment()
    {
        foreach (var framework in Frameworks.All)
        {
            var questionnaire = QuestionnaireExport.For(framework);
            var response = new QuestionnaireResponse
            {
                Questionnaire = $"{questionnaire.Url}|{questionnaire.Version}",
                Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
                Authored = "2019-04-01",
                Subject = new ResourceReference { Identifier = new Identifier(FhirIdentifiers.FootprintSystem, "E06000026"), Display = "Plymouth", Extension = [new Extension(FhirIdentifiers.FootprintLevelExtension, new Code("place"))] },
                Author = new ResourceReference { Identifier = new Identifier(FhirIdentifiers.AssessorSystem, "council"), Display = "Plymouth City Council", Extension = [new Extension(FhirIdentifiers.PartnerKindExtension, new Code("unitaryCouncil"))] },
            };

            // Answer every question of the Questionnaire with its third option, as a forms tool would.
            response.Item.AddRange(questionnaire.Item.Select(Answer));
            var result = ResponseImport.ToAssessment([response]);

            Assert.Empty(result.Problems);
            Assert.Equal(framework.Checklist.Items.Select(i => i.Id), result.Value!.Ratings.Select(r => r.ItemId));
            Assert.All(result.Value.Ratings, r => Assert.Equal(Progress.UnderDevelopment, r.Progress));
            Assert.All(Scorer.Score(result.Value).Domains, d => Assert.Equal(50, d.Score));
        }
    }

    private static QuestionnaireResponse.ItemComponent Answer(Questionnaire.ItemComponent item) => item.Type == Questionnaire.QuestionnaireItemType.Group
        ? new() { LinkId = item.LinkId, Item = [.. item.Item.Select(Answer)] }
        : new() { LinkId = item.LinkId, Answer = [new QuestionnaireResponse.AnswerComponent { Value = item.AnswerOption[2].Value }] };
}
