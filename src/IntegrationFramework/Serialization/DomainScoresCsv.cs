using System.Globalization;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Score cards as a table in tidy long form for researchers: a row for the overall score, one per theme and one per
/// domain, with the footprint, date, framework and policy on every row, in UTF-8 CSV (RFC 4180). Write the cards of
/// many footprints or years into one table to compare them.
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>framework, policy, footprint_code, footprint_name, footprint_level, population, assessed_on, scope,
/// theme, domain, excluded, score, stage, coverage, alpha, target_score, rated_items, applicable_items, band_low,
/// band_high, stage_probability, alpha_low, alpha_high, alpha_reading</c>. Numbers are written unrounded, in the
/// shortest form that reads back exactly; missing values are empty fields. The last six are filled for cards with bands
/// (<see cref="ScoreCard.Bands"/>): the partner band and stage probability of each score, and each domain's alpha band
/// and what it lets a report say (<see cref="AlphaReading"/>, in camelCase).
/// </para>
/// <para>
/// <c>scope</c> says what a row scores: <c>overall</c> (theme and domain empty), <c>theme</c> (domain empty) or
/// <c>domain</c>. An overall or theme row's rated and applicable items are the sums over its domains in scope, its
/// coverage their quotient, and it has no alpha (alpha is a domain's); a theme is excluded when all its domains are.
/// Filter on <c>scope = domain</c> for one row per domain.
/// </para>
/// </remarks>
public static class DomainScoresCsv
{
    /// <summary>The columns, in order.</summary>
    public static EquatableArray<string> Columns { get; } =
    [
        "framework", "policy", "footprint_code", "footprint_name", "footprint_level", "population", "assessed_on", "scope", "theme", "domain",
        "excluded", "score", "stage", "coverage", "alpha", "target_score", "rated_items", "applicable_items",
        "band_low", "band_high", "stage_probability", "alpha_low", "alpha_high", "alpha_reading",
    ];

    /// <summary>The <c>scope</c> of the overall score's row.</summary>
    public const string OverallScope = "overall";

    /// <summary>The <c>scope</c> of a theme's row.</summary>
    public const string ThemeScope = "theme";

    /// <summary>The <c>scope</c> of a domain's row.</summary>
    public const string DomainScope = "domain";

    /// <summary>Writes the scores of score cards: a header, then each card's overall, theme and domain rows.</summary>
    /// <param name="cards">The score cards, in order.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<ScoreCard> cards, TextWriter writer)
    {
        Preconditions.NotNull(writer);
        Csv.WriteRecord(writer, Columns);
        foreach (var card in Preconditions.NotNull(cards))
        {
            Preconditions.NotNull(card);
            void Row(string scope, string? theme, string? domain, bool excluded, double? score, Stage? stage, double? coverage, double? alpha, double? target, int rated, int applicable, ScoreBand? band = null, AlphaBand? alphaBand = null)
                => Csv.WriteRecord(writer,
                [
                    card.Framework.Id,
                    card.PolicyId,
                    card.Footprint.Code,
                    card.Footprint.Name,
                    Vocabularies.Level.NameOf(card.Footprint.Level),
                    card.Footprint.Population?.ToString(CultureInfo.InvariantCulture),
                    IsoDate.Format(card.AssessedOn),
                    scope,
                    theme,
                    domain,
                    excluded ? "true" : "false",
                    Number(score),
                    stage is { } named ? Vocabularies.Stage.NameOf(named) : null,
                    Number(coverage),
                    Number(alpha),
                    Number(target),
                    rated.ToString(CultureInfo.InvariantCulture),
                    applicable.ToString(CultureInfo.InvariantCulture),
                    Number(band?.Low),
                    Number(band?.High),
                    Number(band?.StageProbability),
                    Number(alphaBand?.Low),
                    Number(alphaBand?.High),
                    alphaBand is { } read ? Vocabularies.AlphaReading.NameOf(read.Reading) : null,
                ]);

            var (allRated, allApplicable) = Items(card.Domains, null);
            var bands = card.Bands;
            Row(OverallScope, null, null, false, card.Overall.Score, card.Overall.Stage, card.Overall.Coverage, null, card.Overall.TargetScore, allRated, allApplicable, bands?.Overall);
            for (var t = 0; t < card.Themes.Count; t++)
            {
                var theme = card.Themes[t];
                var (rated, applicable) = Items(card.Domains, theme.Code);
                var excluded = card.Domains.All(d => d.ThemeCode != theme.Code || d.Excluded);
                Row(ThemeScope, theme.Code, null, excluded, theme.Score, theme.Stage, applicable > 0 ? (double)rated / applicable : null, null, theme.TargetScore, rated, applicable, bands?.Themes[t]);
            }

            for (var d = 0; d < card.Domains.Count; d++)
            {
                var domain = card.Domains[d];
                Row(DomainScope, domain.ThemeCode, domain.Code, domain.Excluded, domain.Score, domain.Stage, domain.Coverage, domain.Alpha, domain.TargetScore, domain.RatedItems, domain.ApplicableItems, bands?.Domains[d], domain.Excluded ? null : bands?.Alphas[d]);
            }
        }
    }

    /// <summary>The rated and applicable items of the domains in scope, of one theme or (<paramref name="theme"/> null) all.</summary>
    private static (int Rated, int Applicable) Items(EquatableArray<DomainScore> domains, string? theme)
    {
        var (rated, applicable) = (0, 0);
        foreach (var domain in domains)
        {
            if (!domain.Excluded && (theme is null || domain.ThemeCode == theme))
            {
                rated += domain.RatedItems;
                applicable += domain.ApplicableItems;
            }
        }

        return (rated, applicable);
    }

    /// <summary>The domain scores of a score card as CSV text.</summary>
    /// <param name="card">The score card.</param>
    /// <returns>The table, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static string Serialize(ScoreCard card)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write([Preconditions.NotNull(card)], writer);
        return writer.ToString();
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
