namespace IntegrationFramework.Scoring;

/// <summary>
/// How one theme scores: the mean of its domains' scores (domains count equally unless the policy weights them; the
/// lowest under a weakest-link policy), leaving out domains without a score.
/// </summary>
/// <remarks>
/// Made by the scorer, the roll-up and the score card reader only. A <see langword="default"/> value has no code and
/// no score.
/// </remarks>
public readonly record struct ThemeScore
{
    private readonly string? code;
    private readonly long score; // with whether it is staged in its sign bit (Missing.StoreFlagged)
    private readonly long targetScore;

    /// <summary>Creates a theme's score from values its maker has made valid.</summary>
    /// <param name="code">The theme's code.</param>
    /// <param name="score">The score, or <see langword="null"/>.</param>
    /// <param name="targetScore">The target score, or <see langword="null"/>.</param>
    /// <param name="staged">Whether every domain in scope under the theme has a stage.</param>
    internal ThemeScore(string code, double? score, double? targetScore, bool staged)
    {
        this.code = code;
        this.score = Missing.StoreFlagged(score ?? double.NaN, staged);
        this.targetScore = Missing.Store(targetScore);
    }

    /// <summary>The theme's code, such as <c>SO</c>.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The score from 0 to 100; <see langword="null"/> when none of its domains has a score.</summary>
    public double? Score => Missing.LoadFlagged(score);

    /// <summary>
    /// The stage of the score; <see langword="null"/> without a score, and unless every domain in scope under it has
    /// a stage (<see cref="DomainScore.Stage"/>): a stage is not given to a mean that rests on a domain too little
    /// rated to have one.
    /// </summary>
    public Stage? Stage => Missing.Flag(score) ? Stages.Of(Score) : null;

    /// <summary>The score its domains' target scores would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => Missing.Load(targetScore);
}
