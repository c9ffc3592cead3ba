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
    private readonly long score;
    private readonly long targetScore;

    /// <summary>Creates a theme's score from values its maker has made valid.</summary>
    internal ThemeScore(string code, double? score, double? targetScore)
    {
        this.code = code;
        this.score = Missing.Store(score);
        this.targetScore = Missing.Store(targetScore);
    }

    /// <summary>The theme's code, such as <c>SO</c>.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The score from 0 to 100; <see langword="null"/> when none of its domains has a score.</summary>
    public double? Score => Missing.Load(score);

    /// <summary>The stage of the score; <see langword="null"/> without a score.</summary>
    public Stage? Stage => Stages.Of(Score);

    /// <summary>The score its domains' target scores would give; <see langword="null"/> without a score.</summary>
    public double? TargetScore => Missing.Load(targetScore);
}
