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
    private readonly long score;
    private readonly long coverage;
    private readonly long targetScore;

    /// <summary>Creates an overall score from values its maker has made valid.</summary>
    internal OverallScore(double? score, double? coverage, double? targetScore)
    {
        this.score = Missing.Store(score);
        this.coverage = Missing.Store(coverage);
        this.targetScore = Missing.Store(targetScore);
    }

    /// <summary>The score from 0 to 100; <see langword="null"/> when no theme has a score.</summary>
    public double? Score => Missing.Load(score);

    /// <summary>The stage of the score; <see langword="null"/> without a score.</summary>
    public Stage? Stage => Stages.Of(Score);

    /// <summary>The share of applicable items rated, over every domain in scope, from 0 to 1; <see langword="null"/> when no item is applicable.</summary>
    public double? Coverage => Missing.Load(coverage);

    /// <summary>The score the targets would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => Missing.Load(targetScore);
}
