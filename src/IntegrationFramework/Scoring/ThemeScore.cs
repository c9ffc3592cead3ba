namespace IntegrationFramework.Scoring;

/// <summary>
/// How one theme scores: the mean of its domains' scores (domains count equally unless the policy weights them; the
/// lowest under a weakest-link policy), leaving out domains without a score.
/// </summary>
public readonly record struct ThemeScore
{
    private readonly double score;
    private readonly double targetScore;

    /// <summary>Creates a theme's score.</summary>
    /// <param name="code">The theme's code.</param>
    /// <param name="score">The score from 0 to 100, if any.</param>
    /// <param name="targetScore">The score its targets would give, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not from 0 to 100.</exception>
    public ThemeScore(string code, double? score, double? targetScore)
    {
        Code = Preconditions.NotBlank(code);
        this.score = score is { } s ? Preconditions.InRange(s, 0, 100, nameof(score)) : double.NaN;
        this.targetScore = targetScore is { } t ? Preconditions.InRange(t, 0, 100, nameof(targetScore)) : double.NaN;
    }

    /// <summary>The theme's code, such as <c>SO</c>.</summary>
    public string Code { get; }

    /// <summary>The score from 0 to 100; <see langword="null"/> when none of its domains has a score.</summary>
    public double? Score => double.IsNaN(score) ? null : score;

    /// <summary>The stage of the score; <see langword="null"/> without a score.</summary>
    public Stage? Stage => Stages.Of(Score);

    /// <summary>The score its domains' target scores would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => double.IsNaN(targetScore) ? null : targetScore;
}
