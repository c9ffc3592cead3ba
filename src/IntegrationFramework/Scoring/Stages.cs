using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>Turns scores into <see cref="Stage"/>s.</summary>
public static class Stages
{
    /// <summary>
    /// The stage of <paramref name="score"/>: emerging &lt; 25 ≤ developing &lt; 50 ≤ maturing &lt; 75 ≤ thriving.
    /// </summary>
    /// <param name="score">A score from 0 to 100.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not from 0 to 100.</exception>
    public static Stage Of(double score) => Preconditions.InRange(score, 0, 100) switch
    {
        < 25 => Stage.Emerging,
        < 50 => Stage.Developing,
        < 75 => Stage.Maturing,
        _ => Stage.Thriving,
    };

    /// <summary>The stage of a score that may be missing.</summary>
    /// <param name="score">A score from 0 to 100, or <see langword="null"/>.</param>
    /// <returns>The stage, or <see langword="null"/> when there is no score.</returns>
    public static Stage? Of(double? score) => score is { } value ? Of(value) : null;
}
