using IntegrationFramework.Assessments;
using IntegrationFramework.Dates;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Lays a <see cref="ScoreCard"/> out in the shape of the file format.</summary>
internal static class ScoreCardWriter
{
    public static ScoreCardDocument Write(ScoreCard card)
    {
        var document = Plain(card);
        return card.Bands is { } bands ? WithBands(document, card, bands) : document;
    }

    private static ScoreCardDocument Plain(ScoreCard card) => new()
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

    /// <summary>The card's bands, on the overall score, each theme, domain and uncertain item, and the card.</summary>
    private static ScoreCardDocument WithBands(ScoreCardDocument document, ScoreCard card, Bands bands)
    {
        document.Bands = new BandsDocument { Method = Vocabularies.BandMethod.NameOf(bands.Method), Resamples = bands.Resamples, Seed = bands.Seed };
        document.Partners = [.. bands.Partners.Select(p => new PartnerDocument { Id = p.AssessorId, Rated = p.Rated, Applicable = p.Applicable })];
        document.ChecklistAlpha = Alpha(bands.ChecklistAlpha);
        (document.Overall!.Band, document.Overall.StageProbability) = Band(bands.Overall);
        for (var t = 0; t < card.Themes.Count; t++)
        {
            (document.Themes![t]!.Band, document.Themes[t]!.StageProbability) = Band(bands.Themes[t]);
        }

        for (var d = 0; d < card.Domains.Count; d++)
        {
            var domain = document.Domains![d]!;
            (domain.Band, domain.StageProbability) = Band(bands.Domains[d]);
            if (!card.Domains[d].Excluded)
            {
                var alpha = Alpha(bands.Alphas[d]);
                (domain.AlphaBand, domain.AlphaReading, domain.AlphaItems) = (alpha.Band, alpha.Reading, alpha.Items);
            }
        }

        foreach (var uncertain in bands.UncertainItems)
        {
            document.Items![card.Framework.Checklist.IndexOfItem(uncertain.ItemId)]!.DomainRange = new RangeDocument { Low = uncertain.LowestScore, High = uncertain.HighestScore };
        }

        return document;
    }

    private static (RangeDocument? Band, double? StageProbability) Band(ScoreBand? band)
        => band is { } value ? (new RangeDocument { Low = value.Low, High = value.High }, value.StageProbability) : (null, null);

    private static AlphaDocument Alpha(AlphaBand alpha) => new()
    {
        Alpha = alpha.Alpha,
        Band = alpha.Low is { } low ? new RangeDocument { Low = low, High = alpha.High } : null,
        Items = alpha.Items,
        Reading = Vocabularies.AlphaReading.NameOf(alpha.Reading),
    };

    private static string? Stage(Stage? stage) => stage is { } value ? Vocabularies.Stage.NameOf(value) : null;
}
