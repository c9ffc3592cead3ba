namespace IntegrationFramework.Scoring;

/// <summary>
/// The overall score: the mean of the theme scores (themes count equally; the lowest under a weakest-link policy),
/// leaving out themes without a score, with the coverage of every scored domain together.
/// </summary>
/// <remarks>
/// Made by the scorer, the roll-up and the score card reader only. A <see langword="default"/> value has no score and
/// no coverage.
/// </remarks>
public readonly record struct OverallScore
{
    private readonly long score; // with whether it is staged in its sign bit (Missing.StoreFlagged)
    private readonly long coverage;
    private readonly long targetScore;

    /// <summary>Creates an overall score from values its maker has made valid.</summary>
    /// <param name="score">The score, or <see langword="null"/>.</param>
    /// <param name="coverage">The coverage, or <see langword="null"/>.</param>
    /// <param name="targetScore">The target score, or <see langword="null"/>.</param>
    /// <param name="staged">Whether every domain in scope has a stage.</param>
    internal OverallScore(double? score, double? coverage, double? targetScore, bool staged)
    {
        this.score = Missing.StoreFlagged(score ?? double.NaN, staged);
        this.coverage = Missing.Store(coverage);
        this.targetScore = Missing.Store(targetScore);
    }

    /// <summary>The score from 0 to 100; <see langword="null"/> when no theme has a score.</summary>
    public double? Score => Missing.LoadFlagged(score);

    /// <summary>
    /// The stage of the score; <see langword="null"/> without a score, and unless every domain in scope under it has
    /// a stage (<see cref="DomainScore.Stage"/>): a stage is not given to a mean that rests on a domain too little
    /// rated to have one.
    /// </summary>
    public Stage? Stage => Missing.Flag(score) ? Stages.Of(Score) : null;

    /// <summary>The share of applicable items rated, over every domain in scope, from 0 to 1; <see langword="null"/> when no item is applicable.</summary>
    public double? Coverage => Missing.Load(coverage);

    /// <summary>The score the targets would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => Missing.Load(targetScore);
}
