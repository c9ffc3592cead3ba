namespace IntegrationFramework.Scoring;

/// <summary>
/// The stage a score shows, each boundary belonging to the lower stage: <see cref="Emerging"/> up to 25,
/// <see cref="Developing"/> above 25 up to 50, <see cref="Maturing"/> above 50 up to 75, <see cref="Thriving"/>
/// above 75.
/// </summary>
public enum Stage
{
    /// <summary>A score of 25 or less.</summary>
    Emerging = 1,

    /// <summary>A score above 25, up to 50.</summary>
    Developing = 2,

    /// <summary>A score above 50, up to 75.</summary>
    Maturing = 3,

    /// <summary>A score above 75.</summary>
    Thriving = 4,
}
