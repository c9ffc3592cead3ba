using IntegrationFramework.Assessments;
using IntegrationFramework.Dates;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Lays an <see cref="Assessment"/> out in the shape of the file format.</summary>
internal static class AssessmentWriter
{
    public static AssessmentDocument Write(Assessment assessment) => Write(assessment, [.. assessment.Ratings.Select(Row)]);

    /// <summary>The document of a form ready to fill in: a row for every item and assessor, null progress where unrated.</summary>
    public static AssessmentDocument Template(Assessment assessment)
        => Write(assessment, [.. AssessmentTemplate.Rows(assessment).Select(row => row.Rating is { } rating ? Row(rating) : new RatingDocument { Item = row.Item.Id, Assessor = row.Assessor.Id })]);

    private static RatingDocument Row(Rating r) => new()
    {
        Item = r.ItemId,
        Assessor = r.AssessorId,
        Progress = r.Progress.ToFileName(),
        Target = r.Target?.ToFileName(),
        Evidence = r.Evidence,
    };

    private static AssessmentDocument Write(Assessment assessment, List<RatingDocument?> ratings) => new()
    {
        SchemaVersion = assessment.AgreedRatings.IsEmpty ? AssessmentJson.SchemaVersion : AssessmentJson.AgreedRatingsSchemaVersion,
        Framework = assessment.Framework.Id,
        Footprint = FootprintWriter.Write(assessment.Footprint),
        AssessedOn = IsoDate.Format(assessment.AssessedOn),
        Assessors = [.. assessment.Assessors.Select(a => new AssessorDocument { Id = a.Id, Name = a.Name, Partner = Vocabularies.Partner.NameOf(a.Partner) })],
        Scope = new ScopeDocument { ExcludedDomains = [.. assessment.ExcludedDomains] },
        Ratings = ratings,
        AgreedRatings = assessment.AgreedRatings.IsEmpty ? null : [.. assessment.AgreedRatings.Select(Agreed)],
    };

    private static AgreedRatingDocument? Agreed(AgreedRating a) => new()
    {
        Item = a.ItemId,
        Progress = a.Progress.ToFileName(),
        Target = a.Target?.ToFileName(),
        Rationale = a.Rationale,
        AgreedOn = IsoDate.Format(a.AgreedOn),
        AgreedBy = a.AgreedBy,
    };
}
