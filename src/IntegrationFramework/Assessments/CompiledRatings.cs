namespace IntegrationFramework.Assessments;

/// <summary>
/// An assessment's ratings counted against its checklist, in the form the scorer reads: for each item, by position,
/// how many ratings are at each level, how many say not applicable, how many targets are at each level, and how many
/// targets there are. Excluded domains are flagged by position. Built once, while the assessment is checked, so that
/// scoring reads a table of <see cref="Stride"/> counts per item and never looks at the ratings again: its cost does
/// not grow with the number of assessors.
/// </summary>
internal sealed class CompiledRatings
{
    /// <summary>How many counts each item has.</summary>
    public const int Stride = 12;

    /// <summary>Where an item's count of notApplicable ratings is; its counts of levels 0–4 come first.</summary>
    public const int NotApplicableSlot = 5;

    /// <summary>Where an item's counts of targets at levels 0–4 start.</summary>
    public const int TargetSlot = 6;

    /// <summary>Where an item's count of targets is.</summary>
    public const int TargetCountSlot = 11;

    public static readonly CompiledRatings Empty = new([], [], []);

    public CompiledRatings(int[] counts, bool[] excludedDomains, int[] agreed)
    {
        Counts = counts;
        ExcludedDomains = excludedDomains;
        Agreed = agreed;
    }

    /// <summary>The counts, <see cref="Stride"/> per item in the checklist's order.</summary>
    public int[] Counts { get; }

    /// <summary>For each domain of the checklist, by position, whether the assessment excludes it.</summary>
    public bool[] ExcludedDomains { get; }

    /// <summary>
    /// What the consensus meeting agreed, two numbers per item in the checklist's order: the agreed level and the agreed
    /// target, each −1 for none. Empty when the assessment has no agreed ratings, so scoring one without costs nothing.
    /// </summary>
    public int[] Agreed { get; }

    /// <summary>Counts one valid rating of the item at <paramref name="item"/>.</summary>
    public static void Count(int[] counts, int item, Progress progress, Progress? target)
    {
        var slot = item * Stride;
        counts[slot + (progress == Progress.NotApplicable ? NotApplicableSlot : (int)progress)]++;
        if (target is { } aim)
        {
            counts[slot + TargetSlot + (int)aim]++;
            counts[slot + TargetCountSlot]++;
        }
    }
}
