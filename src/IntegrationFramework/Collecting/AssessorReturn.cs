using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Collecting;

/// <summary>
/// What one assessor has returned to a merged assessment: how many of the checklist's items they rated, and the files
/// that are theirs, so whoever collects the files sees whose are missing or part-filled before the meeting.
/// </summary>
public sealed record AssessorReturn
{
    private AssessorReturn(Assessor assessor, int rated, int items, EquatableArray<string> files)
    {
        Assessor = assessor;
        Rated = rated;
        Items = items;
        Files = files;
    }

    /// <summary>The assessor.</summary>
    public Assessor Assessor { get; }

    /// <summary>How many items the assessor rated (not applicable counts: it is an answer).</summary>
    public int Rated { get; }

    /// <summary>How many items the checklist has.</summary>
    public int Items { get; }

    /// <summary>
    /// The files that are the assessor's: those holding a rating of theirs, and those listing them alone (a template
    /// sent back blank). Empty when no file is theirs.
    /// </summary>
    public EquatableArray<string> Files { get; }

    /// <summary>The return of each assessor the merged assessment lists, in its order.</summary>
    /// <param name="merged">The assessment the files were merged into.</param>
    /// <param name="files">The files merged.</param>
    /// <returns>One return per assessor of <paramref name="merged"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EquatableArray<AssessorReturn> Of(Assessment merged, IEnumerable<PartnerFile> files)
    {
        Preconditions.NotNull(merged);
        var list = Preconditions.NotNull(files).ToList();
        var items = merged.Framework.Checklist.Items.Count;
        return merged.Assessors.Select(assessor =>
        {
            var rated = merged.Ratings.Where(r => r.AssessorId == assessor.Id).Select(r => r.ItemId).Distinct(StringComparer.Ordinal).Count();
            var theirs = list
                .Where(f => f.Assessment.Ratings.Any(r => r.AssessorId == assessor.Id)
                    || (f.Assessment.Assessors.Count == 1 && f.Assessment.Assessors[0].Id == assessor.Id))
                .Select(f => f.Name)
                .ToEquatableArray();
            return new AssessorReturn(assessor, rated, items, theirs);
        }).ToEquatableArray();
    }

    /// <summary>The return in a few words: <c>council 74 of 86 rated</c>, or <c>vcse no file</c>.</summary>
    /// <returns>The return.</returns>
    public override string ToString()
        => Files.IsEmpty && Rated == 0
            ? $"{Assessor.Id} no file"
            : string.Create(CultureInfo.InvariantCulture, $"{Assessor.Id} {Rated} of {Items} rated");
}
