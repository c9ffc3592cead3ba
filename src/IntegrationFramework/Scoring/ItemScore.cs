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
/// <para>
/// Where the consensus meeting agreed a rating (<see cref="AgreedRating"/>), the agreed level is the consensus and
/// the rule's lower median is kept in <see cref="LowerMedian"/>.
/// </para>
/// <para>
/// Score cards are made by <see cref="Scorer"/>, <see cref="Rollup"/> and the score card reader, never assembled by
/// hand, so an item score is always consistent with its card. A <see langword="default"/> value is an unrated item
/// with no id and no ratings.
/// </para>
/// </remarks>
public readonly record struct ItemScore
{
    private readonly string? itemId;
    private readonly long points;
    private readonly sbyte consensus;
    private readonly sbyte target;
    private readonly sbyte agreement;

    /// <summary>
    /// Zero unless the consensus meeting agreed the item; then <see cref="Agreed"/> with the rule's lower median + 1 in
    /// the low bits. One byte, so that an item score stays 32 bytes and a card's 86 of them allocate no more.
    /// </summary>
    private readonly sbyte meeting;

    private const sbyte Agreed = 0x10;

    /// <summary>
    /// Creates an item's score from values its maker has made valid: levels 0–4 or −1 for none, points from 0 to 100 or
    /// NaN for none. Nothing is checked again: the scorer makes one for every item of every assessment.
    /// </summary>
    /// <remarks>
    /// When <paramref name="agreedByMeeting"/>, <paramref name="consensus"/> is the level the consensus meeting agreed and
    /// <paramref name="lowerMedian"/> the rule's lower median of the partners' levels (−1 when none gave a level);
    /// otherwise the lower median is the consensus.
    /// </remarks>
    internal ItemScore(string itemId, ItemStatus status, int consensus, double points, Agreement? agreement, int ratings, int notApplicableRatings, int target, bool agreedByMeeting = false, int lowerMedian = -1)
    {
        this.itemId = itemId;
        Status = status;
        this.consensus = (sbyte)(consensus + 1);
        this.points = Missing.Store(points);
        this.agreement = (sbyte)(agreement ?? 0);
        Ratings = ratings;
        NotApplicableRatings = notApplicableRatings;
        this.target = (sbyte)(target + 1);
        meeting = agreedByMeeting ? (sbyte)(Agreed | (lowerMedian + 1)) : (sbyte)0;
    }

    /// <summary>The item's identifier, such as <c>PCC.4</c>.</summary>
    public string ItemId => itemId ?? string.Empty;

    /// <summary>Whether and how the item counts in its domain's score.</summary>
    public ItemStatus Status { get; }

    /// <summary>The consensus level; <see langword="null"/> when the item is unrated, not applicable or excluded.</summary>
    public Progress? Consensus => consensus == 0 ? null : (Progress)(consensus - 1);

    /// <summary>
    /// Whether the consensus meeting agreed this item's consensus (an <see cref="AgreedRating"/>): then
    /// <see cref="Consensus"/> is the agreed level, <see cref="LowerMedian"/> the rule's, and <see cref="Target"/> the
    /// agreed target when the meeting gave one. <see cref="Agreement"/> still comes from the individual ratings.
    /// </summary>
    public bool AgreedByMeeting => (meeting & Agreed) != 0;

    /// <summary>
    /// The rule's consensus: the lower median of the partners' levels, kept beside an agreed one. It equals
    /// <see cref="Consensus"/> unless <see cref="AgreedByMeeting"/>; <see langword="null"/> when no partner gave a level.
    /// </summary>
    public Progress? LowerMedian => !AgreedByMeeting ? Consensus : (meeting & ~Agreed) == 0 ? null : (Progress)((meeting & ~Agreed) - 1);

    /// <summary>The points, from 0 to 100; <see langword="null"/> when there is no consensus.</summary>
    public double? Points => Missing.Load(points);

    /// <summary>How closely the assessors agree; <see langword="null"/> when no level was given.</summary>
    public Agreement? Agreement => agreement == 0 ? null : (Agreement)agreement;

    /// <summary>How many ratings the item has, <c>notApplicable</c> ones included.</summary>
    public int Ratings { get; }

    /// <summary>How many of the item's ratings say <c>notApplicable</c>.</summary>
    public int NotApplicableRatings { get; }

    /// <summary>The target level; <see langword="null"/> when no rating carries one (or the item is not scored).</summary>
    public Progress? Target => target == 0 ? null : (Progress)(target - 1);

    /// <summary>
    /// The target minus the consensus, in levels; <see langword="null"/> without both. It can be negative: each
    /// rating's target is at least its own progress, but the target is the median of only the ratings that carry one,
    /// so when the assessors who set targets rate lower than the rest, the target can sit below the consensus.
    /// </summary>
    public int? Gap => target > 0 && consensus > 0 ? target - consensus : null;

    /// <summary>An item's score from optional values, for the reader and for tests.</summary>
    internal static ItemScore From(string itemId, ItemStatus status, Progress? consensus, double? points, Agreement? agreement, int ratings, int notApplicableRatings, Progress? target, bool agreedByMeeting = false, Progress? lowerMedian = null)
        => new(itemId, status, consensus is { } c ? (int)c : -1, points ?? double.NaN, agreement, ratings, notApplicableRatings, target is { } t ? (int)t : -1, agreedByMeeting, lowerMedian is { } m ? (int)m : -1);
}
