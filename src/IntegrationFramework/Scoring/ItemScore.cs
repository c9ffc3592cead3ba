using IntegrationFramework.Assessments;

namespace IntegrationFramework.Scoring;

/// <summary>
/// How one checklist item scores: the assessors' consensus, its points, how closely they agree, how many rated it,
/// and the target they aim for.
/// </summary>
/// <remarks>
/// <para>
/// <b>Consensus</b> is the lower median of the levels the assessors give (sorted from lowest, the value at position
/// (n − 1) / 2, counting from 0), ignoring <c>notApplicable</c>: with levels 1, 3, 3, 4 it is 3; with 1, 3 it is 1.
/// <b>Points</b> are the consensus level × 25. <b>Agreement</b> comes from the spread between the highest and lowest
/// level: at most 1 is agreement, 2 partial, 3 or more split.
/// </para>
/// <para>
/// The <b>target</b> is the lower median of the targets the ratings carry (none when none does), and the <b>gap</b>
/// is the target minus the consensus, in levels. In a roll-up, consensus and target are population-weighted lower
/// medians and points a population-weighted mean, so points need not be a multiple of 25.
/// </para>
/// </remarks>
public readonly record struct ItemScore
{
    private readonly double points;
    private readonly sbyte consensus;
    private readonly sbyte target;
    private readonly sbyte agreement;

    /// <summary>Creates an item's score.</summary>
    /// <param name="itemId">The item's identifier.</param>
    /// <param name="status">Whether and how the item counts.</param>
    /// <param name="consensus">The consensus level, if the item has one.</param>
    /// <param name="points">The points, from 0 to 100, if the item has them.</param>
    /// <param name="agreement">How closely the assessors agree, if two or more levels were given or one was.</param>
    /// <param name="ratings">How many ratings the item has, <c>notApplicable</c> ones included.</param>
    /// <param name="notApplicableRatings">How many of those say <c>notApplicable</c>.</param>
    /// <param name="target">The target level, if any rating carries one.</param>
    /// <exception cref="ArgumentException"><paramref name="itemId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public ItemScore(
        string itemId,
        ItemStatus status,
        Progress? consensus,
        double? points,
        Agreement? agreement,
        int ratings,
        int notApplicableRatings,
        Progress? target)
    {
        ItemId = Preconditions.NotBlank(itemId);
        Status = Preconditions.Defined(status);
        this.consensus = consensus is { } c ? (sbyte)c.Level() : (sbyte)-1;
        this.points = points is { } p ? Preconditions.InRange(p, 0, 100, nameof(points)) : double.NaN;
        this.agreement = agreement is { } a ? (sbyte)Preconditions.Defined(a, nameof(agreement)) : (sbyte)0;
        Ratings = ratings >= 0 ? ratings : throw new ArgumentOutOfRangeException(nameof(ratings), ratings, $"ratings must be 0 or more; it was {ratings}.");
        NotApplicableRatings = notApplicableRatings >= 0 && notApplicableRatings <= ratings
            ? notApplicableRatings
            : throw new ArgumentOutOfRangeException(nameof(notApplicableRatings), notApplicableRatings, $"notApplicableRatings must be from 0 to ratings ({ratings}); it was {notApplicableRatings}.");
        this.target = target is { } t ? (sbyte)t.Level() : (sbyte)-1;
    }

    /// <summary>
    /// Creates an item's score from values the scorer has already made valid, without checking them again: the scorer
    /// makes one for every item of every assessment, and the public constructor's checks would cost more than the scoring.
    /// </summary>
    private ItemScore(string itemId, ItemStatus status, sbyte consensus, double points, sbyte agreement, int ratings, int notApplicableRatings, sbyte target, bool trusted)
    {
        _ = trusted;
        ItemId = itemId;
        Status = status;
        this.consensus = consensus;
        this.points = points;
        this.agreement = agreement;
        Ratings = ratings;
        NotApplicableRatings = notApplicableRatings;
        this.target = target;
    }

    /// <summary>The item's identifier, such as <c>PCC.4</c>.</summary>
    public string ItemId { get; }

    /// <summary>Whether and how the item counts in its domain's score.</summary>
    public ItemStatus Status { get; }

    /// <summary>The consensus level; <see langword="null"/> when the item is unrated, not applicable or excluded.</summary>
    public Progress? Consensus => consensus < 0 ? null : (Progress)consensus;

    /// <summary>The points, from 0 to 100; <see langword="null"/> when there is no consensus.</summary>
    public double? Points => double.IsNaN(points) ? null : points;

    /// <summary>How closely the assessors agree; <see langword="null"/> when no level was given.</summary>
    public Agreement? Agreement => agreement == 0 ? null : (Agreement)agreement;

    /// <summary>How many ratings the item has, <c>notApplicable</c> ones included.</summary>
    public int Ratings { get; }

    /// <summary>How many of the item's ratings say <c>notApplicable</c>.</summary>
    public int NotApplicableRatings { get; }

    /// <summary>The target level; <see langword="null"/> when no rating carries one (or the item is not scored).</summary>
    public Progress? Target => target < 0 ? null : (Progress)target;

    /// <summary>
    /// The target minus the consensus, in levels; <see langword="null"/> without both. It can be negative: each
    /// rating's target is at least its own progress, but the target is the median of only the ratings that carry one,
    /// so when the assessors who set targets rate lower than the rest, the target can sit below the consensus.
    /// </summary>
    public int? Gap => target >= 0 && consensus >= 0 ? target - consensus : null;

    /// <summary>An item's score from values the scorer has made valid (levels 0–4 or −1 for none, points or NaN, agreement 1–3 or 0 for none).</summary>
    internal static ItemScore Unchecked(string itemId, ItemStatus status, int consensus, double points, Agreement? agreement, int ratings, int notApplicableRatings, int target)
        => new(itemId, status, (sbyte)consensus, points, (sbyte)(agreement ?? 0), ratings, notApplicableRatings, (sbyte)target, trusted: true);
}
