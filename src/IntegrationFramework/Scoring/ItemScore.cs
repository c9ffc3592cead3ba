using IntegrationFramework.Assessments;

namespace IntegrationFramework.Scoring;

/// <summary>
/// How one checklist item scores: the partners' consensus, its points, how closely they agree, how many rated it,
/// and the target they aim for.
/// </summary>
/// <remarks>
/// <para>
/// <b>Consensus</b> is the median of the levels the partners give, ignoring <c>notApplicable</c> (a
/// <see cref="MedianLevel"/>): with levels 1, 3, 3, 4 it is 3; with 1, 2 it is midway, 1.5 ("planned–under
/// development"). <b>Points</b> are the consensus × 25, so 37.5 is possible. <b>Agreement</b> comes from the spread
/// between the highest and lowest level: at most 1 is agreement, 2 partial, 3 or more split. An item is
/// <b>uncertain</b> when at least max(2, ⌈m/3⌉) of its m levels stand two or more levels from the consensus: then no
/// one level speaks for the partners, and reports show the range of levels given (<see cref="LowestLevel"/> to
/// <see cref="HighestLevel"/>).
/// </para>
/// <para>
/// The <b>target</b> is the median of the targets the ratings carry (none when none does), set by
/// <see cref="TargetSetters"/> partners, and the <b>gap</b> is the target minus the consensus, in levels (halves
/// possible). A rolled-up item (<see cref="Rollup"/>) has no consensus and no target: its points are the weighted mean
/// of the children's, so need not be a multiple of 12.5, and <see cref="LowestLevel"/> and <see cref="HighestLevel"/>
/// are the lowest and highest of the children's own levels (each child's consensus, a rolled-up child's range).
/// </para>
/// <para>
/// Where the consensus meeting agreed a rating (<see cref="AgreedRating"/>), the agreed level is the consensus and
/// the rule's median is kept in <see cref="Median"/>.
/// </para>
/// <para>
/// Score cards are made by <see cref="Scorer"/>, <see cref="Rollup"/> and the score card reader, never assembled by
/// hand, so an item score is always consistent with its card. A <see langword="default"/> value is an unrated item
/// with no id and no ratings.
/// </para>
/// </remarks>
public readonly record struct ItemScore
{
    private const byte StatusBits = 0x07;
    private const byte AgreedBit = 0x08;
    private const byte UncertainBit = 0x10;
    private const int AgreementShift = 5;

    private readonly string? itemId;
    private readonly long points;

    // Half-levels + 1, 0 for none: a median of 0 to 8 half-levels fits a byte each. Packed so that an item score stays
    // 32 bytes and a card's 86 of them allocate no more than they did before medians could be halves.
    private readonly byte consensus;
    private readonly byte target;
    private readonly byte median;

    /// <summary>The status (low three bits), whether the meeting agreed it, whether it is uncertain, and its agreement.</summary>
    private readonly byte flags;

    /// <summary>The lowest level given + 1 (low four bits) and the highest + 1 (high four bits); 0 for none.</summary>
    private readonly byte range;

    private readonly ushort targetSetters;

    /// <summary>
    /// Creates an item's score from values its maker has made valid: medians in half-levels 0–8 or −1 for none, levels
    /// 0–4 or −1 for none, points from 0 to 100 or NaN for none. Nothing is checked again: the scorer makes one for
    /// every item of every assessment.
    /// </summary>
    /// <remarks>
    /// When <paramref name="agreedByMeeting"/>, <paramref name="consensus"/> is the level the consensus meeting agreed and
    /// <paramref name="median"/> the rule's median of the partners' levels (−1 when none gave a level); otherwise the
    /// median is the consensus. <paramref name="targetSetters"/> above 65,535 is kept as 65,535.
    /// </remarks>
    internal ItemScore(
        string itemId,
        ItemStatus status,
        int consensus,
        double points,
        Agreement? agreement,
        int ratings,
        int notApplicableRatings,
        int target,
        int targetSetters = 0,
        int lowest = -1,
        int highest = -1,
        bool uncertain = false,
        bool agreedByMeeting = false,
        int median = -1)
    {
        this.itemId = itemId;
        this.consensus = (byte)(consensus + 1);
        this.points = Missing.Store(points);
        this.target = (byte)(target + 1);
        this.median = agreedByMeeting ? (byte)(median + 1) : (byte)0;
        flags = (byte)((int)status | (agreedByMeeting ? AgreedBit : 0) | (uncertain ? UncertainBit : 0) | ((int)(agreement ?? 0) << AgreementShift));
        range = (byte)((lowest + 1) | ((highest + 1) << 4));
        this.targetSetters = (ushort)Math.Min(targetSetters, ushort.MaxValue);
        Ratings = ratings;
        NotApplicableRatings = notApplicableRatings;
    }

    /// <summary>The item's identifier, such as <c>PCC.4</c>.</summary>
    public string ItemId => itemId ?? string.Empty;

    /// <summary>Whether and how the item counts in its domain's score.</summary>
    public ItemStatus Status => (ItemStatus)(flags & StatusBits);

    /// <summary>The consensus: the partners' median level; <see langword="null"/> when the item is unrated, not applicable or excluded, and in a roll-up.</summary>
    public MedianLevel? Consensus => Load(consensus);

    /// <summary>
    /// Whether the consensus meeting agreed this item's consensus (an <see cref="AgreedRating"/>): then
    /// <see cref="Consensus"/> is the agreed level, <see cref="Median"/> the rule's, and <see cref="Target"/> the
    /// agreed target when the meeting gave one. <see cref="Agreement"/> and <see cref="Uncertain"/> still come from the
    /// individual ratings.
    /// </summary>
    public bool AgreedByMeeting => (flags & AgreedBit) != 0;

    /// <summary>
    /// The rule's consensus: the median of the partners' levels, kept beside an agreed one. It equals
    /// <see cref="Consensus"/> unless <see cref="AgreedByMeeting"/>; <see langword="null"/> when no partner gave a level.
    /// </summary>
    public MedianLevel? Median => AgreedByMeeting ? Load(median) : Consensus;

    /// <summary>The points, from 0 to 100: the consensus × 25, or in a roll-up the children's weighted mean; <see langword="null"/> when there are none.</summary>
    public double? Points => Missing.Load(points);

    /// <summary>How closely the partners agree; <see langword="null"/> when no level was given.</summary>
    public Agreement? Agreement => (flags >> AgreementShift) == 0 ? null : (Agreement)(flags >> AgreementShift);

    /// <summary>
    /// Whether the item is uncertain: at least max(2, ⌈m/3⌉) of its m levels stand two or more levels from the
    /// rule's median, so no one level speaks for the partners.
    /// </summary>
    public bool Uncertain => (flags & UncertainBit) != 0;

    /// <summary>The lowest level a partner gave (in a roll-up, the lowest of the children's own levels); <see langword="null"/> when none gave a level.</summary>
    public Progress? LowestLevel => (range & 0x0F) == 0 ? null : (Progress)((range & 0x0F) - 1);

    /// <summary>The highest level a partner gave (in a roll-up, the highest of the children's own levels); <see langword="null"/> when none gave a level.</summary>
    public Progress? HighestLevel => (range >> 4) == 0 ? null : (Progress)((range >> 4) - 1);

    /// <summary>How many ratings the item has, <c>notApplicable</c> ones included.</summary>
    public int Ratings { get; }

    /// <summary>How many of the item's ratings say <c>notApplicable</c>.</summary>
    public int NotApplicableRatings { get; }

    /// <summary>The target: the median of the targets the ratings carry; <see langword="null"/> when none carries one (or the item is not scored).</summary>
    public MedianLevel? Target => Load(target);

    /// <summary>How many of the item's ratings carry a target: "target embedded (1 of 5 partners set one)".</summary>
    public int TargetSetters => targetSetters;

    /// <summary>
    /// The target minus the consensus, in levels (halves possible); <see langword="null"/> without both. It can be
    /// negative: each rating's target is at least its own progress, but the target is the median of only the ratings
    /// that carry one, so when the partners who set targets rate lower than the rest, the target can sit below the
    /// consensus.
    /// </summary>
    public double? Gap => target > 0 && consensus > 0 ? (target - consensus) / 2.0 : null;

    /// <summary>An item's score from optional values, for the reader and for tests.</summary>
    internal static ItemScore From(
        string itemId,
        ItemStatus status,
        MedianLevel? consensus,
        double? points,
        Agreement? agreement,
        int ratings,
        int notApplicableRatings,
        MedianLevel? target,
        int targetSetters = 0,
        Progress? lowest = null,
        Progress? highest = null,
        bool uncertain = false,
        bool agreedByMeeting = false,
        MedianLevel? median = null)
        => new(
            itemId,
            status,
            consensus?.HalfLevels ?? -1,
            points ?? double.NaN,
            agreement,
            ratings,
            notApplicableRatings,
            target?.HalfLevels ?? -1,
            targetSetters,
            lowest is { } low ? (int)low : -1,
            highest is { } high ? (int)high : -1,
            uncertain,
            agreedByMeeting,
            median?.HalfLevels ?? -1);

    private static MedianLevel? Load(byte stored) => stored == 0 ? null : MedianLevel.FromHalfLevels(stored - 1);
}
