using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>Turns scores into <see cref="Stage"/>s.</summary>
public static class Stages
{
    /// <summary>The coverage a domain needs for a stage: at least half its applicable items rated.</summary>
    public const double MinimumCoverage = 0.5;

    /// <summary>
    /// The stage of <paramref name="score"/>, each boundary belonging to the lower stage: emerging ≤ 25 &lt;
    /// developing ≤ 50 &lt; maturing ≤ 75 &lt; thriving. So all items in place (75) is maturing, and only more than
    /// that is thriving.
    /// </summary>
    /// <param name="score">A score from 0 to 100.</param>
    /// <returns>The stage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not from 0 to 100.</exception>
    public static Stage Of(double score) => Preconditions.InRange(score, 0, 100) switch
    {
        <= 25 => Stage.Emerging,
        <= 50 => Stage.Developing,
        <= 75 => Stage.Maturing,
        _ => Stage.Thriving,
    };

    /// <summary>The stage of a score that may be missing.</summary>
    /// <param name="score">A score from 0 to 100, or <see langword="null"/>.</param>
    /// <returns>The stage, or <see langword="null"/> when there is no score.</returns>
    public static Stage? Of(double? score) => score is { } value ? Of(value) : null;

    /// <summary>
    /// Whether every domain in scope under a theme (or, for <see langword="null"/>, under the whole checklist) has a
    /// stage: the condition for the theme's or the overall score to have one.
    /// </summary>
    internal static bool EveryDomainStaged(ReadOnlySpan<DomainScore> domains, string? themeCode)
    {
        foreach (var domain in domains)
        {
            if ((themeCode is null || domain.ThemeCode == themeCode) && !domain.Excluded && domain.Stage is null)
            {
                return false;
            }
        }

        return true;
    }
}
