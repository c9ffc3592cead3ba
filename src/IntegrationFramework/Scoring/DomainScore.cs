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
/// <para>
/// Made by the scorer, the roll-up and the score card reader only. A <see langword="default"/> value has no code and no
/// values: a domain with nothing applicable.
/// </para>
/// </remarks>
public readonly record struct DomainScore
{
    private readonly string? code;
    private readonly string? themeCode;
    private readonly long score; // with whether the domain is excluded in its sign bit (Missing.StoreFlagged)
    private readonly long coverage;
    private readonly long alpha;
    private readonly long targetScore;

    /// <summary>Creates a domain's score from values its maker has made valid, NaN standing for a missing value.</summary>
    internal DomainScore(string code, string themeCode, bool excluded, double score, double coverage, double alpha, double targetScore, int ratedItems, int applicableItems)
    {
        this.code = code;
        this.themeCode = themeCode;
        this.score = Missing.StoreFlagged(score, excluded);
        this.coverage = Missing.Store(coverage);
        this.alpha = Missing.Store(alpha);
        this.targetScore = Missing.Store(targetScore);
        RatedItems = ratedItems;
        ApplicableItems = applicableItems;
    }

    /// <summary>The domain's code, such as <c>PRV</c>.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The code of the domain's theme, such as <c>SO</c>.</summary>
    public string ThemeCode => themeCode ?? string.Empty;

    /// <summary>Whether the domain is out of the assessment's scope.</summary>
    public bool Excluded => Missing.Flag(score);

    /// <summary>The score from 0 to 100; <see langword="null"/> when no item is rated or the domain is excluded.</summary>
    public double? Score => Missing.LoadFlagged(score);

    /// <summary>
    /// The stage of the score; <see langword="null"/> without a score, and when less than half the applicable items
    /// are rated (<see cref="Coverage"/> below <see cref="Stages.MinimumCoverage"/>): then the score is shown with its
    /// coverage and no stage.
    /// </summary>
    public Stage? Stage => Coverage >= Stages.MinimumCoverage ? Stages.Of(Score) : null;

    /// <summary>The share of applicable items that are rated, from 0 to 1; <see langword="null"/> when no item is applicable.</summary>
    public double? Coverage => Missing.Load(coverage);

    /// <summary>Krippendorff's alpha (ordinal), from −1 to 1; <see langword="null"/> where it is undefined.</summary>
    public double? Alpha => Missing.Load(alpha);

    /// <summary>The score the items' targets would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => Missing.Load(targetScore);

    /// <summary>How many applicable items are rated.</summary>
    public int RatedItems { get; }

    /// <summary>How many items are applicable (not <c>notApplicable</c> by majority).</summary>
    public int ApplicableItems { get; }

    /// <summary>A domain's score from optional values, for the reader, the roll-up and tests.</summary>
    internal static DomainScore From(string code, string themeCode, bool excluded, double? score, double? coverage, double? alpha, double? targetScore, int ratedItems, int applicableItems)
        => new(code, themeCode, excluded, score ?? double.NaN, coverage ?? double.NaN, alpha ?? double.NaN, targetScore ?? double.NaN, ratedItems, applicableItems);
}
