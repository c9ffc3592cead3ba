namespace IntegrationFramework.Scoring;

/// <summary>How one score changed between two reviews: before, after, the difference and the difference per year.</summary>
/// <param name="Code">The item id, domain code or theme code; <c>overall</c> for the overall score.</param>
/// <param name="Earlier">The score at the earlier review, if there was one.</param>
/// <param name="Later">The score at the later review, if there was one.</param>
/// <param name="PerYear">The difference divided by the years between the reviews; <see langword="null"/> without a difference or when both reviews are on one day.</param>
public readonly record struct ScoreChange(string Code, double? Earlier, double? Later, double? PerYear)
{
    /// <summary>The later score minus the earlier; <see langword="null"/> unless both exist.</summary>
    public double? Difference => Later - Earlier;
}
