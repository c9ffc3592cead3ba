using IntegrationFramework.Assessments;
using IntegrationFramework.Dates;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Lays an <see cref="Assessment"/> out in the shape of the file format.</summary>
internal static class AssessmentWriter
{
    public static AssessmentDocument Write(Assessment assessment) => new()
    {
        SchemaVersion = AssessmentJson.SchemaVersion,
        Framework = assessment.Framework.Id,
        Footprint = FootprintWriter.Write(assessment.Footprint),
        AssessedOn = IsoDate.Format(assessment.AssessedOn),
        Assessors = [.. assessment.Assessors.Select(a => new AssessorDocument { Id = a.Id, Name = a.Name, Partner = Vocabularies.Partner.NameOf(a.Partner) })],
        Scope = new ScopeDocument { ExcludedDomains = [.. assessment.ExcludedDomains] },
        Ratings =
        [
            .. assessment.Ratings.Select(r => new RatingDocument
            {
                Item = r.ItemId,
                Assessor = r.AssessorId,
                Progress = r.Progress.ToFileName(),
                Target = r.Target?.ToFileName(),
                Evidence = r.Evidence,
            }),
        ],
    };
}
