namespace IntegrationFramework.Scoring;

/// <summary>
/// How one domain scores: its score and stage, how much of it was rated, how far the assessors agree, and the score
/// its targets would give.
/// </summary>
/// <remarks>
/// <para>
/// The <b>score</b> is the weighted mean of the points of its rated, applicable items (each weight 1 unless the
/// policy says otherwise), or their lowest under a weakest-link policy; it is missing when no item is rated.
/// <b>Coverage</b> is the share of applicable items that are rated (0 to 1). <b>Alpha</b> is Krippendorff's alpha
/// with the ordinal metric over the domain's rated items (units) and the assessors' levels (values; <c>notApplicable</c>
/// is a missing value): 1 when assessors agree on every item, 0 when they agree no more than chance, missing where it is
/// undefined (fewer than two paired values, or no variation at all). The <b>target score</b> is the score with each
/// item's target in place of its consensus where it has one.
/// </para>
/// <para>An excluded domain keeps its place in the score card with <see cref="Excluded"/> set and no values.</para>
/// </remarks>
public readonly record struct DomainScore
{
    private readonly double score;
    private readonly double coverage;
    private readonly double alpha;
    private readonly double targetScore;

    /// <summary>Creates a domain's score.</summary>
    /// <param name="code">The domain's code.</param>
    /// <param name="themeCode">The code of its theme.</param>
    /// <param name="excluded">Whether the domain is out of scope.</param>
    /// <param name="score">The score from 0 to 100, if any.</param>
    /// <param name="coverage">The share of applicable items rated, from 0 to 1, if the domain has applicable items.</param>
    /// <param name="alpha">Krippendorff's alpha, from −1 to 1, where defined.</param>
    /// <param name="targetScore">The score its targets would give, from 0 to 100, if any.</param>
    /// <param name="ratedItems">How many applicable items are rated.</param>
    /// <param name="applicableItems">How many items are applicable.</param>
    /// <exception cref="ArgumentException">A code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public DomainScore(
        string code,
        string themeCode,
        bool excluded,
        double? score,
        double? coverage,
        double? alpha,
        double? targetScore,
        int ratedItems,
        int applicableItems)
    {
        Code = Preconditions.NotBlank(code);
        ThemeCode = Preconditions.NotBlank(themeCode);
        Excluded = excluded;
        this.score = score is { } s ? Preconditions.InRange(s, 0, 100, nameof(score)) : double.NaN;
        this.coverage = coverage is { } c ? Preconditions.InRange(c, 0, 1, nameof(coverage)) : double.NaN;
        this.alpha = alpha is { } a ? Preconditions.InRange(a, -1, 1, nameof(alpha)) : double.NaN;
        this.targetScore = targetScore is { } t ? Preconditions.InRange(t, 0, 100, nameof(targetScore)) : double.NaN;
        RatedItems = ratedItems >= 0 && ratedItems <= applicableItems
            ? ratedItems
            : throw new ArgumentOutOfRangeException(nameof(ratedItems), ratedItems, $"ratedItems must be from 0 to applicableItems ({applicableItems}); it was {ratedItems}.");
        ApplicableItems = applicableItems;
    }

    /// <summary>Creates a domain's score from values the scorer has made valid (NaN for none), without checking them again.</summary>
    private DomainScore(string code, string themeCode, bool excluded, double score, double coverage, double alpha, double targetScore, int ratedItems, int applicableItems, bool trusted)
    {
        _ = trusted;
        Code = code;
        ThemeCode = themeCode;
        Excluded = excluded;
        this.score = score;
        this.coverage = coverage;
        this.alpha = alpha;
        this.targetScore = targetScore;
        RatedItems = ratedItems;
        ApplicableItems = applicableItems;
    }

    /// <summary>The domain's code, such as <c>PRV</c>.</summary>
    public string Code { get; }

    /// <summary>The code of the domain's theme, such as <c>SO</c>.</summary>
    public string ThemeCode { get; }

    /// <summary>Whether the domain is out of the assessment's scope.</summary>
    public bool Excluded { get; }

    /// <summary>The score from 0 to 100; <see langword="null"/> when no item is rated or the domain is excluded.</summary>
    public double? Score => double.IsNaN(score) ? null : score;

    /// <summary>The stage of the score; <see langword="null"/> without a score.</summary>
    public Stage? Stage => Stages.Of(Score);

    /// <summary>The share of applicable items that are rated, from 0 to 1; <see langword="null"/> when no item is applicable.</summary>
    public double? Coverage => double.IsNaN(coverage) ? null : coverage;

    /// <summary>Krippendorff's alpha (ordinal), from −1 to 1; <see langword="null"/> where it is undefined.</summary>
    public double? Alpha => double.IsNaN(alpha) ? null : alpha;

    /// <summary>The score the items' targets would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => double.IsNaN(targetScore) ? null : targetScore;

    /// <summary>How many applicable items are rated.</summary>
    public int RatedItems { get; }

    /// <summary>How many items are applicable (not <c>notApplicable</c> by majority).</summary>
    public int ApplicableItems { get; }

    /// <summary>A domain's score from values the scorer has made valid, NaN standing for a missing value.</summary>
    internal static DomainScore Unchecked(string code, string themeCode, bool excluded, double? score, double? coverage, double? alpha, double? targetScore, int ratedItems, int applicableItems)
        => new(code, themeCode, excluded, score ?? double.NaN, coverage ?? double.NaN, alpha ?? double.NaN, targetScore ?? double.NaN, ratedItems, applicableItems, trusted: true);
}
