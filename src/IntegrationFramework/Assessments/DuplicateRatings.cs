using IntegrationFramework.Checklists;

namespace IntegrationFramework.Assessments;

/// <summary>
/// Finds a second rating of one item by one assessor while an assessment is checked. Known items and assessors are
/// tracked in a grid of items × assessors, so that a valid assessment is checked without a hash look-up per rating;
/// anything else (an unknown item or assessor, or a grid that would be too large) falls back to a dictionary.
/// </summary>
internal sealed class DuplicateRatings
{
    private const int GridLimit = 1 << 20;

    private readonly Dictionary<string, int> assessors = new(StringComparer.Ordinal);
    private readonly int[]? firstByItemAndAssessor;
    private Dictionary<(string Item, string Assessor), int>? others;

    public DuplicateRatings(Assessment assessment, Checklist checklist)
    {
        foreach (var assessor in assessment.Assessors)
        {
            assessors.TryAdd(assessor.Id, assessors.Count);
        }

        var cells = (long)checklist.Items.Count * assessors.Count;
        firstByItemAndAssessor = cells is > 0 and <= GridLimit ? new int[cells] : null;
    }

    /// <summary>The position of an assessor among the distinct assessor ids, or −1 when none has that id.</summary>
    public int IndexOfAssessor(string id) => assessors.TryGetValue(id, out var index) ? index : -1;

    /// <summary>
    /// Records the rating at <paramref name="index"/>; returns the index of an earlier rating of the same item by the
    /// same assessor, if there is one.
    /// </summary>
    /// <param name="index">The rating's position in the assessment.</param>
    /// <param name="rating">The rating.</param>
    /// <param name="item">The position of its item in the checklist, or −1 when the item is unknown.</param>
    /// <param name="assessor">What <see cref="IndexOfAssessor"/> gave for its assessor.</param>
    public int? FirstRating(int index, Rating rating, int item, int assessor)
    {
        if (firstByItemAndAssessor is not null && item >= 0 && assessor >= 0)
        {
            ref var cell = ref firstByItemAndAssessor[(item * assessors.Count) + assessor];
            if (cell == 0)
            {
                cell = index + 1;
                return null;
            }

            return cell - 1;
        }

        others ??= [];
        var key = (rating.ItemId, rating.AssessorId);
        return others.TryAdd(key, index) ? null : others[key];
    }
}
