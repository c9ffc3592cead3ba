namespace IntegrationFramework.Scoring;

/// <summary>
/// How far a change between two reviews moves with whose views were sought: the weighted 2.5 % and 97.5 % points of
/// the later score minus the earlier over the resamples of <see cref="ChangeBands"/>. A change is beyond partner
/// disagreement (<see cref="BeyondNoise"/>) when its band excludes 0.
/// </summary>
/// <remarks>
/// A noise band from whose views were sought, as <see cref="ScoreBand"/> is, not a confidence interval: it says whether
/// drawing the partners' views again, with the ratings as given, could produce the change on its own. Made by
/// <see cref="ChangeBands.Of"/> only.
/// </remarks>
public readonly record struct ChangeBand
{
    /// <summary>
    /// How far from 0 an end of the band must be for the band to exclude 0: 1e-9 points, so that a mean's last-bit
    /// rounding never reads as a change.
    /// </summary>
    public const double Tolerance = 1e-9;

    /// <summary>Creates a band from the points <see cref="ChangeBands.Of"/> has worked out, low ≤ high.</summary>
    internal ChangeBand(double low, double high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The weighted 2.5 % point of the resampled changes.</summary>
    public double Low { get; }

    /// <summary>The weighted 97.5 % point of the resampled changes.</summary>
    public double High { get; }

    /// <summary>
    /// Whether the band excludes 0 (by more than <see cref="Tolerance"/>): the change is more than partner disagreement
    /// alone produces.
    /// </summary>
    public bool BeyondNoise => Low > Tolerance || High < -Tolerance;
}
