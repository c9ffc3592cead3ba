using System.Globalization;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Score cards as a table in tidy long form for researchers: one row per domain score, with the footprint, date,
/// framework and policy on every row, in UTF-8 CSV (RFC 4180). Write the cards of many footprints or years into one
/// table to compare them.
/// </summary>
/// <remarks>
/// Columns: <c>framework, policy, footprint_code, footprint_name, footprint_level, population, assessed_on, theme,
/// domain, excluded, score, stage, coverage, alpha, target_score, rated_items, applicable_items</c>. Numbers are written
/// unrounded, in the shortest form that reads back exactly; missing values are empty fields.
/// </remarks>
public static class DomainScoresCsv
{
    /// <summary>The columns, in order.</summary>
    public static EquatableArray<string> Columns { get; } =
    [
        "framework", "policy", "footprint_code", "footprint_name", "footprint_level", "population", "assessed_on", "theme", "domain",
        "excluded", "score", "stage", "coverage", "alpha", "target_score", "rated_items", "applicable_items",
    ];

    /// <summary>Writes the domain scores of score cards: a header, then one row per domain of each card.</summary>
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
            foreach (var domain in card.Domains)
            {
                Csv.WriteRecord(writer,
                [
                    card.Framework.Id,
                    card.PolicyId,
                    card.Footprint.Code,
                    card.Footprint.Name,
                    Vocabularies.Level.NameOf(card.Footprint.Level),
                    card.Footprint.Population?.ToString(CultureInfo.InvariantCulture),
                    IsoDate.Format(card.AssessedOn),
                    domain.ThemeCode,
                    domain.Code,
                    domain.Excluded ? "true" : "false",
                    Number(domain.Score),
                    domain.Stage is { } stage ? Vocabularies.Stage.NameOf(stage) : null,
                    Number(domain.Coverage),
                    Number(domain.Alpha),
                    Number(domain.TargetScore),
                    domain.RatedItems.ToString(CultureInfo.InvariantCulture),
                    domain.ApplicableItems.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }
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
