namespace IntegrationFramework.Assessments;

/// <summary>
/// An assessment's ratings resolved against its checklist, in the form the scorer reads: for each rating, the item's
/// position in the checklist, the progress and the target (−1 for none). Excluded domains are flagged by position.
/// Built once, when the assessment is created, so scoring does no look-ups.
/// </summary>
internal sealed class CompiledRatings
{
    public static readonly CompiledRatings Empty = new([], [], [], []);

    public CompiledRatings(short[] items, sbyte[] progress, sbyte[] targets, bool[] excludedDomains)
    {
        Items = items;
        Progress = progress;
        Targets = targets;
        ExcludedDomains = excludedDomains;
    }

    /// <summary>For each rating, the position of its item in the checklist's items.</summary>
    public short[] Items { get; }

    /// <summary>For each rating, its progress: a level 0–4, or −1 for not applicable.</summary>
    public sbyte[] Progress { get; }

    /// <summary>For each rating, its target level 0–4, or −1 for none.</summary>
    public sbyte[] Targets { get; }

    /// <summary>For each domain of the checklist, by position, whether the assessment excludes it.</summary>
    public bool[] ExcludedDomains { get; }
}
