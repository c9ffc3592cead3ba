using System.Globalization;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Comparisons as a table in tidy long form: one row for the overall score, then one per theme, domain and item, in
/// UTF-8 CSV (RFC 4180). Numbers are unrounded; missing values are empty fields. The overall and domain rows carry each
/// review's coverage, the item rows each review's status, so an item rated in one review only can be told apart; the
/// overall, theme and domain rows the band of the change and whether it is beyond partner disagreement
/// (<c>band_low</c>, <c>band_high</c>, <c>beyond_noise</c>: <c>true</c> or <c>false</c>; empty without a band); and every
/// row how the comparison's bands were made (<c>band_method</c>: <c>exact</c>, <c>seededDraws</c> or
/// <c>tooFewPartners</c>; <c>band_paired</c>), both empty when it was made from score cards without ratings. Across
/// editions (the later review's edition derived from the earlier's), <c>earlier_framework</c> names the earlier edition
/// on every row, overall, theme and domain rows count their <c>new_items</c> and <c>dropped_items</c> (empty within one
/// edition; a score with either has no band), and an item row gives the <c>earlier_item</c> it continues where its id differs.
/// </summary>
public static class ComparisonCsv
{
    /// <summary>The columns, in order.</summary>
    public static EquatableArray<string> Columns { get; } =
        ["footprint_code", "earlier", "later", "years", "scope", "code", "earlier_score", "later_score", "change", "change_per_year",
            "earlier_coverage", "later_coverage", "earlier_status", "later_status", "band_low", "band_high", "beyond_noise", "band_method", "band_paired",
            "earlier_framework", "new_items", "dropped_items", "earlier_item"];

    /// <summary>Writes the changes of comparisons: a header, then each comparison's rows.</summary>
    /// <param name="trends">The comparisons.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<ReviewComparison> trends, TextWriter writer)
    {
        Preconditions.NotNull(writer);
        Csv.WriteRecord(writer, Columns);
        foreach (var trend in Preconditions.NotNull(trends))
        {
            Preconditions.NotNull(trend);
            void Row(string scope, ScoreChange change) => Csv.WriteRecord(writer,
            [
                trend.Footprint.Code,
                IsoDate.Format(trend.Earlier),
                IsoDate.Format(trend.Later),
                trend.Years.ToString("R", CultureInfo.InvariantCulture),
                scope,
                change.Code,
                Number(change.Earlier),
                Number(change.Later),
                Number(change.Difference),
                Number(change.PerYear),
                Number(change.EarlierCoverage),
                Number(change.LaterCoverage),
                change.EarlierStatus is { } earlier ? Vocabularies.Status.NameOf(earlier) : null,
                change.LaterStatus is { } later ? Vocabularies.Status.NameOf(later) : null,
                Number(change.Band?.Low),
                Number(change.Band?.High),
                change.BeyondNoise is { } beyond ? (beyond ? "true" : "false") : null,
                trend.Bands is { } bands ? Vocabularies.BandMethod.NameOf(bands.Method) : null,
                trend.Bands is { } made ? (made.Paired ? "true" : "false") : null,
                trend.AcrossEditions ? trend.Continuation.Earlier.Id : null,
                trend.AcrossEditions && scope != "item" ? change.NewItems.ToString(CultureInfo.InvariantCulture) : null,
                trend.AcrossEditions && scope != "item" ? change.DroppedItems.ToString(CultureInfo.InvariantCulture) : null,
                scope == "item" && trend.Continuation.EarlierItem(change.Code) is { } earlierItem && earlierItem != change.Code ? earlierItem : null,
            ]);
            Row("overall", trend.Overall);
            foreach (var theme in trend.Themes)
            {
                Row("theme", theme);
            }

            foreach (var domain in trend.Domains)
            {
                Row("domain", domain);
            }

            foreach (var item in trend.Items)
            {
                Row("item", item);
            }
        }
    }

    /// <summary>The changes of a comparison as CSV text.</summary>
    /// <param name="trend">The comparison.</param>
    /// <returns>The table, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> is null.</exception>
    public static string Serialize(ReviewComparison trend)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write([Preconditions.NotNull(trend)], writer);
        return writer.ToString();
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
