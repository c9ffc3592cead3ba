namespace IntegrationFramework.Scoring;

/// <summary>
/// The overall score: the mean of the theme scores (themes count equally; the lowest under a weakest-link policy),
/// leaving out themes without a score, with the coverage of every scored domain together.
/// </summary>
public readonly record struct OverallScore
{
    private readonly double score;
    private readonly double coverage;
    private readonly double targetScore;

    /// <summary>Creates an overall score.</summary>
    /// <param name="score">The score from 0 to 100, if any.</param>
    /// <param name="coverage">The share of applicable items rated in every domain in scope, from 0 to 1, if any item is applicable.</param>
    /// <param name="targetScore">The score the targets would give, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public OverallScore(double? score, double? coverage, double? targetScore)
    {
        this.score = score is { } s ? Preconditions.InRange(s, 0, 100, nameof(score)) : double.NaN;
        this.coverage = coverage is { } c ? Preconditions.InRange(c, 0, 1, nameof(coverage)) : double.NaN;
        this.targetScore = targetScore is { } t ? Preconditions.InRange(t, 0, 100, nameof(targetScore)) : double.NaN;
    }

    /// <summary>The score from 0 to 100; <see langword="null"/> when no theme has a score.</summary>
    public double? Score => double.IsNaN(score) ? null : score;

    /// <summary>The stage of the score; <see langword="null"/> without a score.</summary>
    public Stage? Stage => Stages.Of(Score);

    /// <summary>The share of applicable items rated, over every domain in scope, from 0 to 1; <see langword="null"/> when no item is applicable.</summary>
    public double? Coverage => double.IsNaN(coverage) ? null : coverage;

    /// <summary>The score the targets would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => double.IsNaN(targetScore) ? null : targetScore;
}
