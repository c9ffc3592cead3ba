using IntegrationFramework.Assessments;
using IntegrationFramework.Dates;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Lays a <see cref="ScoreCard"/> out in the shape of the file format.</summary>
internal static class ScoreCardWriter
{
    public static ScoreCardDocument Write(ScoreCard card) => new()
    {
        Framework = card.Framework.Id,
        Policy = card.PolicyId,
        Footprint = FootprintWriter.Write(card.Footprint),
        AssessedOn = IsoDate.Format(card.AssessedOn),
        Overall = new OverallDocument
        {
            Score = card.Overall.Score,
            Stage = Stage(card.Overall.Stage),
            Coverage = card.Overall.Coverage,
            TargetScore = card.Overall.TargetScore,
        },
        Themes = [.. card.Themes.Select(t => new ThemeDocument { Code = t.Code, Score = t.Score, Stage = Stage(t.Stage), TargetScore = t.TargetScore })],
        Domains =
        [
            .. card.Domains.Select(d => new DomainDocument
            {
                Code = d.Code,
                Theme = d.ThemeCode,
                Excluded = d.Excluded ? true : null,
                Score = d.Score,
                Coverage = d.Coverage,
                Stage = Stage(d.Stage),
                Alpha = d.Alpha,
                TargetScore = d.TargetScore,
                RatedItems = d.RatedItems,
                ApplicableItems = d.ApplicableItems,
            }),
        ],
        Items =
        [
            .. card.Items.Select(i => new ItemDocument
            {
                Id = i.ItemId,
                Status = Vocabularies.Status.NameOf(i.Status),
                Consensus = i.Consensus?.ToFileName(),
                Points = i.Points,
                Agreement = i.Agreement is { } agreement ? Vocabularies.Agreement.NameOf(agreement) : null,
                Uncertain = i.LowestLevel is null ? null : i.Uncertain,
                LowestLevel = i.LowestLevel?.ToFileName(),
                HighestLevel = i.HighestLevel?.ToFileName(),
                Ratings = i.Ratings,
                NotApplicableRatings = i.NotApplicableRatings,
                Target = i.Target?.ToFileName(),
                TargetSetters = i.Target is null ? null : i.TargetSetters,
                Gap = i.Gap,
                AgreedByMeeting = i.AgreedByMeeting ? true : null,
                Median = i.AgreedByMeeting ? i.Median?.ToFileName() : null,
            }),
        ],
    };

    private static string? Stage(Stage? stage) => stage is { } value ? Vocabularies.Stage.NameOf(value) : null;
}
