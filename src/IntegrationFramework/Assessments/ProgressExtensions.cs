namespace IntegrationFramework.Assessments;

/// <summary>The level and points of a <see cref="Progress"/>, and its spelling in files.</summary>
public static class ProgressExtensions
{
    /// <summary>The number of points a level is worth for each step up the scale.</summary>
    public const int PointsPerLevel = 25;

    /// <summary>Checks that an optional target, when given, is a level (never <see cref="Progress.NotApplicable"/>).</summary>
    internal static Progress? NullOrLevel(Progress? value, string name)
        => value is { } level && !level.IsLevel()
            ? throw new ArgumentOutOfRangeException(name, level, $"{name} must be a level, from NotStarted to Embedded; it was {level}.")
            : value;

    /// <summary>Whether <paramref name="progress"/> is one of the five levels (not <see cref="Progress.NotApplicable"/>).</summary>
    /// <param name="progress">A progress value.</param>
    /// <returns><see langword="true"/> for <see cref="Progress.NotStarted"/> to <see cref="Progress.Embedded"/>.</returns>
    public static bool IsLevel(this Progress progress) => progress is >= Progress.NotStarted and <= Progress.Embedded;

    /// <summary>The level, from 0 (<see cref="Progress.NotStarted"/>) to 4 (<see cref="Progress.Embedded"/>).</summary>
    /// <param name="progress">A level.</param>
    /// <returns>The level as a number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is not a level.</exception>
    public static int Level(this Progress progress)
        => progress.IsLevel() ? (int)progress : throw NotALevel(progress);

    /// <summary>The points a level is worth: the level × 25, from 0 to 100.</summary>
    /// <param name="progress">A level.</param>
    /// <returns>0, 25, 50, 75 or 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is not a level.</exception>
    public static int Points(this Progress progress) => progress.Level() * PointsPerLevel;

    /// <summary>The value's spelling in assessment files: its name in camelCase, such as <c>underDevelopment</c>.</summary>
    /// <param name="progress">A progress value.</param>
    /// <returns>The spelling used in files.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is not a member of <see cref="Progress"/>.</exception>
    public static string ToFileName(this Progress progress) => progress switch
    {
        Progress.NotApplicable => "notApplicable",
        Progress.NotStarted => "notStarted",
        Progress.Planned => "planned",
        Progress.UnderDevelopment => "underDevelopment",
        Progress.InPlace => "inPlace",
        Progress.Embedded => "embedded",
        _ => throw new ArgumentOutOfRangeException(nameof(progress), progress, $"progress must be one of {string.Join(", ", Enum.GetNames<Progress>())}; it was {(int)progress}."),
    };

    private static ArgumentOutOfRangeException NotALevel(Progress progress)
        => new(nameof(progress), progress, $"progress must be a level, from NotStarted (0) to Embedded (4); it was {progress}.");
}
