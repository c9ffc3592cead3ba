using IntegrationFramework.Assessments;
using IntegrationFramework.Dates;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Lays an <see cref="Assessment"/> out in the shape of the file format; without its sign-off, which only
/// <see cref="AssessmentJson.Sign"/> writes (a file written again may not be what was signed: members the reader
/// ignored are gone).
/// </summary>
internal static class AssessmentWriter
{
    public static AssessmentDocument Write(Assessment assessment) => Write(assessment, [.. assessment.Ratings.Select(Row)]);

    /// <summary>A rating's row; a row not yet rated (null progress) for <paramref name="itemId"/> and <paramref name="assessorId"/> when <paramref name="r"/> is null.</summary>
    public static RatingDocument Row(Rating? r, string itemId, string assessorId) => r is null ? new() { Item = itemId, Assessor = assessorId } : Row(r);

    private static RatingDocument Row(Rating r) => new()
    {
        Item = r.ItemId,
        Assessor = r.AssessorId,
        Progress = r.Progress.ToFileName(),
        Target = r.Target?.ToFileName(),
        Evidence = r.Evidence,
    };

    /// <summary>The document of <paramref name="assessment"/> with the rows given, such as a form's rows.</summary>
    public static AssessmentDocument Write(Assessment assessment, List<RatingDocument?> ratings) => new()
    {
        SchemaVersion = assessment.AgreedRatings.IsEmpty ? AssessmentJson.SchemaVersion : AssessmentJson.AgreedRatingsSchemaVersion,
        Framework = assessment.Framework.Id,
        Footprint = FootprintWriter.Write(assessment.Footprint),
        AssessedOn = IsoDate.Format(assessment.AssessedOn),
        Assessors = [.. assessment.Assessors.Select(a => new AssessorDocument { Id = a.Id, Name = a.Name, Partner = Vocabularies.Partner.NameOf(a.Partner) })],
        Scope = new ScopeDocument { ExcludedDomains = [.. assessment.ExcludedDomains] },
        Ratings = ratings,
        AgreedRatings = assessment.AgreedRatings.IsEmpty ? null : [.. assessment.AgreedRatings.Select(Agreed)],
        Actions = assessment.Actions.IsEmpty ? null : [.. assessment.Actions.Select(a => new ActionDocument
        {
            Item = a.ItemId,
            Action = a.Action,
            Owner = a.Owner,
            Due = IsoDate.Format(a.Due),
            Status = Vocabularies.ActionStatus.NameOf(a.Status),
            Note = a.Note,
        })],
    };

    /// <summary>A sign-off as the file records it.</summary>
    public static SignOffDocument Write(SignOff signOff) => new()
    {
        Date = IsoDate.Format(signOff.Date),
        Signatories = [.. signOff.Signatories.Select(s => new SignatoryDocument { Name = s.Name, Role = s.Role, Organisation = s.Organisation })],
        Digest = signOff.Digest,
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
