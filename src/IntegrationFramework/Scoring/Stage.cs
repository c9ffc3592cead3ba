namespace IntegrationFramework.Scoring;

/// <summary>
/// The stage a score shows: <see cref="Emerging"/> below 25, <see cref="Developing"/> from 25 to below 50,
/// <see cref="Maturing"/> from 50 to below 75, <see cref="Thriving"/> from 75.
/// </summary>
public enum Stage
{
    /// <summary>A score below 25.</summary>
    Emerging = 1,

    /// <summary>A score from 25 to below 50.</summary>
    Developing = 2,

    /// <summary>A score from 50 to below 75.</summary>
    Maturing = 3,

    /// <summary>A score of 75 or more.</summary>
    Thriving = 4,
}
