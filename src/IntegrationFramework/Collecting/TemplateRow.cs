using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Collecting;

/// <summary>
/// One row of a form ready to fill in: an item of the checklist for one assessor, with the rating the assessment
/// already holds for it, or none when it is not rated yet (<see cref="AssessmentTemplate"/>).
/// </summary>
public sealed record TemplateRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="assessor">The assessor who fills the row in.</param>
    /// <param name="item">The item of the checklist.</param>
    /// <param name="rating">The rating already given, or <see langword="null"/> when the item is not rated yet.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessor"/> or <paramref name="item"/> is null.</exception>
    public TemplateRow(Assessor assessor, ChecklistItem item, Rating? rating)
    {
        Assessor = Preconditions.NotNull(assessor);
        Item = Preconditions.NotNull(item);
        Rating = rating;
    }

    /// <summary>The assessor who fills the row in.</summary>
    public Assessor Assessor { get; }

    /// <summary>The item of the checklist.</summary>
    public ChecklistItem Item { get; }

    /// <summary>The rating already given, or <see langword="null"/> when the item is not rated yet.</summary>
    public Rating? Rating { get; }
}
