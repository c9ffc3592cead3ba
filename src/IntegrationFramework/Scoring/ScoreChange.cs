namespace IntegrationFramework.Scoring;

/// <summary>How one score changed between two reviews: before, after, the difference and the difference per year.</summary>
/// <remarks>Made by <see cref="ReviewComparison.Of"/> only. A <see langword="default"/> value has no code and no scores.</remarks>
public readonly record struct ScoreChange
{
    private readonly string? code;

    /// <summary>Creates a change from the values <see cref="ReviewComparison.Of"/> has worked out.</summary>
    internal ScoreChange(string code, double? earlier, double? later, double? perYear)
    {
        this.code = code;
        Earlier = earlier;
        Later = later;
        PerYear = perYear;
    }

    /// <summary>The item id, domain code or theme code; <c>overall</c> for the overall score.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The score at the earlier review, if there was one.</summary>
    public double? Earlier { get; }

    /// <summary>The score at the later review, if there was one.</summary>
    public double? Later { get; }

    /// <summary>
    /// The average change per year between the two reviews: the difference divided by the calendar years between them;
    /// <see langword="null"/> without a difference or when the reviews are less than six calendar months apart
    /// (<see cref="ReviewComparison.GivesPerYear"/>).
    /// </summary>
    public double? PerYear { get; }

    /// <summary>The later score minus the earlier; <see langword="null"/> unless both exist.</summary>
    public double? Difference => Later - Earlier;
}
