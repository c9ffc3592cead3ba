using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>The bands of a score card file: present when the card has <c>bands</c>, and then on its scores, domains, items and partners.</summary>
internal sealed partial class ScoreCardReader
{
    private Bands? Bands(ScoreCardDocument document, Framework framework, EquatableArray<DomainScore> domains)
    {
        if (document.Bands is not { } made)
        {
            if (document.Partners is not null || document.ChecklistAlpha is not null || HasBandFields(document))
            {
                Error(ProblemCodes.InvalidValue, "$.bands", "The card gives bands without saying how they were made; add \"bands\": { \"method\", \"resamples\" }, or remove the bands.");
            }

            return null;
        }

        Unknown(made.Unknown, "$.bands");
        var before = Problems.Count;
        var method = Term(made.Method, "$.bands.method", Vocabularies.BandMethod);
        var resamples = Count(made.Resamples, "$.bands.resamples", "how many resamples the bands rest on");
        var overall = Band(document.Overall?.Band, document.Overall?.StageProbability, "$.overall");
        var themes = (document.Themes ?? []).Select((t, i) => Band(t?.Band, t?.StageProbability, $"$.themes[{i}]")).ToArray();
        var domainBands = (document.Domains ?? []).Select((d, i) => Band(d?.Band, d?.StageProbability, $"$.domains[{i}]")).ToArray();
        var alphas = (document.Domains ?? []).Select((d, i) => d is null || domains[i].Excluded ? default : Alpha(new AlphaDocument { Alpha = d.Alpha, Band = d.AlphaBand, Items = d.AlphaItems, Reading = d.AlphaReading }, $"$.domains[{i}]", "alpha")).ToArray();
        var checklistAlpha = document.ChecklistAlpha is { } whole ? Alpha(whole, "$.checklistAlpha", string.Empty) : default;
        if (document.ChecklistAlpha is null)
        {
            Missing("$.checklistAlpha", "the whole checklist's alpha, on a card with bands");
        }

        var partners = (document.Partners ?? []).Select((p, i) => Partner(p, $"$.partners[{i}]")).ToArray();
        var uncertain = new List<UncertainItem>();
        for (var i = 0; i < (document.Items?.Count ?? 0); i++)
        {
            if (document.Items![i]?.DomainRange is { } range && Range(range, $"$.items[{i}].domainRange", 0, 100) is { } scores)
            {
                var item = framework.Checklist.Items[i];
                uncertain.Add(new UncertainItem(item.Id, item.DomainCode, scores.Low, scores.High));
            }
        }

        return ErrorsSince(before)
            ? null
            : new Bands(
                method!.Value,
                resamples!.Value,
                overall,
                new EquatableArray<ScoreBand?>(themes),
                new EquatableArray<ScoreBand?>(domainBands),
                new EquatableArray<AlphaBand>(alphas),
                checklistAlpha,
                [.. partners.OfType<PartnerCoverage>()],
                [.. uncertain]);
    }

    private static bool HasBandFields(ScoreCardDocument document)
        => document.Overall?.Band is not null
            || (document.Themes ?? []).Any(t => t?.Band is not null)
            || (document.Domains ?? []).Any(d => d?.Band is not null || d?.AlphaBand is not null || d?.AlphaReading is not null)
            || (document.Items ?? []).Any(i => i?.DomainRange is not null);

    private ScoreBand? Band(RangeDocument? band, double? stageProbability, string path)
    {
        if (band is null)
        {
            if (stageProbability is not null)
            {
                Error(ProblemCodes.InvalidValue, $"{path}.stageProbability", "A stage probability belongs to a band; give the band too, or remove it.");
            }

            return null;
        }

        var range = Range(band, $"{path}.band", 0, 100);
        var probability = Number(stageProbability, $"{path}.stageProbability", 0, 1, "a probability is from 0 to 1");
        if (stageProbability is null)
        {
            Missing($"{path}.stageProbability", "the share of resamples in the score's stage, beside its band");
        }

        return range is { } value && probability is { } share ? new ScoreBand(value.Low, value.High, share) : null;
    }

    private AlphaBand Alpha(AlphaDocument document, string path, string prefix)
    {
        Unknown(document.Unknown, path);
        var name = (string what) => prefix.Length == 0 ? $"{path}.{what}" : $"{path}.{prefix}{char.ToUpperInvariant(what[0])}{what[1..]}";
        var reading = Term(document.Reading, name("reading"), Vocabularies.AlphaReading);
        var items = Count(document.Items, name("items"), "how many items alpha is over");
        var band = document.Band is { } range ? Range(range, name("band"), double.MinValue, 1) : null;
        return reading is { } known && items is { } count ? new AlphaBand(document.Alpha, band?.Low, band?.High, count, known) : default;
    }

    private PartnerCoverage? Partner(PartnerDocument? document, string path)
    {
        if (document is null)
        {
            Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an object.");
            return null;
        }

        Unknown(document.Unknown, path);
        var id = Text(document.Id, $"{path}.id", "the partner's assessor id");
        var rated = Count(document.Rated, $"{path}.rated", "how many applicable items the partner rated");
        var applicable = Count(document.Applicable, $"{path}.applicable", "how many items are applicable");
        if (rated > applicable)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.rated", $"rated ({rated}) cannot exceed applicable ({applicable}).");
            return null;
        }

        return id is not null && rated is { } r && applicable is { } a ? new PartnerCoverage(id, r, a) : null;
    }

    private (double Low, double High)? Range(RangeDocument document, string path, double lowest, double highest)
    {
        Unknown(document.Unknown, path);
        var rule = lowest == double.MinValue ? $"it is at most {highest}" : $"a score is from {lowest} to {highest}";
        var low = Number(document.Low, $"{path}.low", lowest, highest, rule);
        var high = Number(document.High, $"{path}.high", lowest, highest, rule);
        if (document.Low is null || document.High is null)
        {
            Missing(document.Low is null ? $"{path}.low" : $"{path}.high", "both ends of the band");
            return null;
        }

        if (low > high)
        {
            Error(ProblemCodes.InvalidValue, path, $"low ({low}) cannot be above high ({high}).");
            return null;
        }

        return low is { } l && high is { } h ? (l, h) : null;
    }
}
