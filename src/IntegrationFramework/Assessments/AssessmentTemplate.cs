using IntegrationFramework.Guards;

namespace IntegrationFramework.Assessments;

/// <summary>
/// The rows of an assessment as a form ready to fill in: every item of the checklist for every assessor, in the
/// checklist's order, each with the rating the assessment already holds, so that a partner rates items rather than
/// typing their ids. An assessment without ratings gives a blank form; next year's review starts from this year's.
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
}
