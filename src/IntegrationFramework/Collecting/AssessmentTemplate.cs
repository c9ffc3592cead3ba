using System.Globalization;
using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Collecting;

/// <summary>
/// The rows of an assessment as a form ready to fill in: every item of the checklist for every assessor, in the
/// checklist's order, each with the rating the assessment already holds, so that a partner rates items rather than
/// typing their ids. An assessment without ratings gives a blank form; next year's review starts from this year's.
/// Written as an assessment file (<see cref="ToJson"/>), a ratings table (<see cref="ToCsv"/>), and, by the workbook
/// package, as one workbook per assessor.
/// </summary>
public static class AssessmentTemplate
{
    /// <summary>The rows for every assessor, assessor by assessor in the order the assessment lists them.</summary>
    /// <param name="assessment">The assessment whose assessors, checklist and ratings fill the form.</param>
    /// <returns>The assessors' count times the checklist's item count rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static IEnumerable<TemplateRow> Rows(Assessment assessment)
    {
        Preconditions.NotNull(assessment);
        return assessment.Assessors.SelectMany(assessor => RowsOf(assessment, assessor));
    }

    /// <summary>The rows for one assessor, in the checklist's order.</summary>
    /// <param name="assessment">The assessment whose checklist and ratings fill the form.</param>
    /// <param name="assessor">The assessor, who need not be one the assessment lists.</param>
    /// <returns>One row per item of the checklist.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<TemplateRow> Rows(Assessment assessment, Assessor assessor)
        => RowsOf(Preconditions.NotNull(assessment), Preconditions.NotNull(assessor));

    private static IEnumerable<TemplateRow> RowsOf(Assessment assessment, Assessor assessor)
    {
        var given = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var rating in assessment.Ratings)
        {
            if (rating.AssessorId == assessor.Id)
            {
                given.TryAdd(rating.ItemId, rating);
            }
        }

        foreach (var item in assessment.Framework.Checklist.Items)
        {
            yield return new TemplateRow(assessor, item, given.GetValueOrDefault(item.Id));
        }
    }

    /// <summary>
    /// Writes an assessment as a form ready to fill in, in the assessment file format: a rating row for every item of
    /// the checklist and every assessor, with the assessment's own ratings where it has them and <c>"progress": null</c>
    /// where it has none. Readers take a row with null progress as no rating, so the file reads back as the same assessment.
    /// </summary>
    /// <param name="assessment">The assessment: a blank one for a new review, or last year's to start from.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToJson(Assessment assessment)
    {
        Preconditions.NotNull(assessment);
        var document = AssessmentWriter.Write(assessment, [.. Rows(assessment).Select(row => AssessmentWriter.Row(row.Rating, row.Item.Id, row.Assessor.Id))]);
        return JsonSerializer.Serialize(document, IntegrationFrameworkJsonContext.Writing.AssessmentDocument);
    }

    /// <summary>
    /// Writes an assessment as a ratings table ready to fill in (<see cref="RatingsCsv.Columns"/>): a row for every item
    /// of the checklist and every assessor, with the assessment's own ratings where it has them and an empty progress
    /// where it has none. Readers take a row with an empty progress as no rating, so the table reads back as the same assessment.
    /// </summary>
    /// <param name="assessment">The assessment: a blank one for a new review, or last year's to start from.</param>
    /// <param name="writer">The writer; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(Assessment assessment, TextWriter writer)
    {
        Preconditions.NotNull(assessment);
        Preconditions.NotNull(writer);
        Csv.WriteRecord(writer, RatingsCsv.Columns);
        foreach (var row in Rows(assessment))
        {
            RatingsCsv.Row(writer, assessment, row.Item, row.Item.Id, row.Assessor.Id, row.Assessor, row.Rating?.Progress, row.Rating?.Target, row.Rating?.Evidence, []);
        }
    }

    /// <summary>Writes an assessment as a ratings table ready to fill in (<see cref="WriteCsv"/>).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The table's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToCsv(Assessment assessment)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(assessment, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Carries an assessment into the later edition of a continuation: each rating, with its target and evidence, and
    /// each action move to the item that continues theirs; those of dropped items are left behind, new items stay
    /// unrated, and excluded domains stay excluded where the later edition has them. What a consensus meeting agreed
    /// is not carried: it was agreed about last year's wording.
    /// </summary>
    /// <param name="earlier">The assessment on <see cref="EditionContinuation.Earlier"/>.</param>
    /// <param name="continuation">How the later edition's items continue the earlier's (<see cref="EditionContinuation.Between"/>).</param>
    /// <returns>The assessment on <see cref="EditionContinuation.Later"/>, with the earlier date; give it the new date with <c>new Assessment(…)</c> or the template command.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="earlier"/> is not on the continuation's earlier edition.</exception>
    /// <example>
    /// <code>
    /// var continuation = EditionContinuation.Between(lastYear.Framework, ourEdition) ?? throw …;
    /// Assessment carried = AssessmentTemplate.Carry(lastYear, continuation);
    /// Console.WriteLine($"{continuation.NewItems.Count} new items to rate; {continuation.DroppedItems.Count} dropped");
    /// </code>
    /// </example>
    public static Assessment Carry(Assessment earlier, EditionContinuation continuation)
    {
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(continuation);
        if (earlier.Framework != continuation.Earlier)
        {
            throw new ArgumentException($"The assessment is on {earlier.Framework.Id} {earlier.Framework.Version}, not on {continuation.Earlier.Id} {continuation.Earlier.Version}, the edition the continuation starts from.", nameof(earlier));
        }

        var ratings = earlier.Ratings
            .Select(r => continuation.LaterItem(r.ItemId) is { } item ? r with { ItemId = item } : null)
            .OfType<Rating>()
            .ToEquatableArray();
        var actions = earlier.Actions
            .Select(a => continuation.LaterItem(a.ItemId) is { } item ? a with { ItemId = item } : null)
            .OfType<PlannedAction>()
            .ToEquatableArray();
        var excluded = earlier.ExcludedDomains.Where(d => continuation.Later.Checklist.FindDomain(d) is not null).ToEquatableArray();
        return new Assessment(continuation.Later, earlier.Footprint, earlier.AssessedOn, earlier.Assessors, ratings, excluded, [], actions);
    }
}
