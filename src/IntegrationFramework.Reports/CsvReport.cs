using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Reports;

/// <summary>Renders score cards, roll-ups and comparisons as CSV (RFC 4180) in tidy long form: a row per score.</summary>
public static class CsvReport
{
    /// <summary>The scores of a card: a row for the overall score, each theme and each domain (see <see cref="DomainScoresCsv"/>).</summary>
    /// <param name="card">The score card.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static string Render(ScoreCard card) => DomainScoresCsv.Serialize(card);

    /// <summary>The domain scores of a roll-up's card.</summary>
    /// <param name="rollup">The roll-up.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollup"/> is null.</exception>
    public static string Render(Rollup rollup) => DomainScoresCsv.Serialize(Preconditions.NotNull(rollup).Card);

    /// <summary>The changes of a comparison: one row for the overall score, then each theme, domain and item (see <see cref="TrendCsv"/>).</summary>
    /// <param name="trend">The comparison.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> is null.</exception>
    public static string Render(Trend trend) => TrendCsv.Serialize(trend);
}
