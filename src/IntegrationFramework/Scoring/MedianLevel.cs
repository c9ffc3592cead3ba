using System.Diagnostics.CodeAnalysis;
using IntegrationFramework.Assessments;

namespace IntegrationFramework.Scoring;

/// <summary>
/// The median of partners' progress levels: one of the five levels, or midway between two neighbouring levels when an
/// even number of partners splits between them ("planned–under development", 1.5).
/// </summary>
/// <remarks>
/// <para>
/// The median of an odd number of levels is the middle one; of an even number, the midpoint of the two middle ones,
/// which is a level when they are the same or two apart (1 and 3 give 2) and midway between two levels when they are
/// one apart (1 and 2 give 1.5). So a median is always a multiple of a half, from 0 to 4, and worth 25 points a level
/// (12.5 for the half).
/// </para>
/// <para>
/// Files spell a level as <see cref="Progress"/> does (<c>inPlace</c>) and a midpoint as its two levels joined by a
/// hyphen, lower first (<c>planned-underDevelopment</c>). A <see langword="default"/> value is
/// <see cref="Progress.NotStarted"/>.
/// </para>
/// </remarks>
public readonly record struct MedianLevel : IComparable<MedianLevel>
{
    /// <summary>Half-levels, 0 to 8: twice the median.</summary>
    private readonly byte halfLevels;

    private MedianLevel(int halfLevels) => this.halfLevels = (byte)halfLevels;

    /// <summary>The median of levels that all are <paramref name="level"/>.</summary>
    /// <param name="level">A level, from <see cref="Progress.NotStarted"/> to <see cref="Progress.Embedded"/>.</param>
    /// <returns>The median.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a level.</exception>
    public static MedianLevel Of(Progress level) => new(2 * level.Level());

    /// <summary>The median midway between <paramref name="lower"/> and the level above it.</summary>
    /// <param name="lower">A level below <see cref="Progress.Embedded"/>.</param>
    /// <returns>The median, such as 1.5 for <see cref="Progress.Planned"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is not a level below <see cref="Progress.Embedded"/>.</exception>
    public static MedianLevel Above(Progress lower)
        => lower.Level() < (int)Progress.Embedded
            ? new((2 * lower.Level()) + 1)
            : throw new ArgumentOutOfRangeException(nameof(lower), lower, "There is no level above Embedded to be midway to.");

    /// <summary>The median from a number of half-levels its maker has checked: 0 to 8.</summary>
    internal static MedianLevel FromHalfLevels(int halfLevels) => new(halfLevels);

    /// <summary>Twice the median, 0 to 8.</summary>
    internal int HalfLevels => halfLevels;

    /// <summary>The median as a number on the levels' scale: 0 to 4, in halves.</summary>
    public double Value => halfLevels / 2.0;

    /// <summary>The level at or just below the median.</summary>
    public Progress Lower => (Progress)(halfLevels / 2);

    /// <summary>The level at or just above the median.</summary>
    public Progress Upper => (Progress)((halfLevels + 1) / 2);

    /// <summary>Whether the median is one of the levels rather than midway between two.</summary>
    public bool IsLevel => (halfLevels & 1) == 0;

    /// <summary>The points the median is worth: 25 a level, so 0 to 100 in steps of 12.5.</summary>
    public double Points => halfLevels * (ProgressExtensions.PointsPerLevel / 2.0);

    /// <summary>Compares two medians by their value.</summary>
    /// <param name="other">The other median.</param>
    /// <returns>Less than zero when this median is lower, zero when equal, more than zero when higher.</returns>
    public int CompareTo(MedianLevel other) => halfLevels.CompareTo(other.halfLevels);

    /// <summary>Whether <paramref name="left"/> is lower than <paramref name="right"/>.</summary>
    public static bool operator <(MedianLevel left, MedianLevel right) => left.halfLevels < right.halfLevels;

    /// <summary>Whether <paramref name="left"/> is higher than <paramref name="right"/>.</summary>
    public static bool operator >(MedianLevel left, MedianLevel right) => left.halfLevels > right.halfLevels;

    /// <summary>Whether <paramref name="left"/> is lower than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(MedianLevel left, MedianLevel right) => left.halfLevels <= right.halfLevels;

    /// <summary>Whether <paramref name="left"/> is higher than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(MedianLevel left, MedianLevel right) => left.halfLevels >= right.halfLevels;

    /// <summary>The median's spelling in files: <c>inPlace</c>, or <c>planned-underDevelopment</c> midway.</summary>
    /// <returns>The spelling.</returns>
    public string ToFileName() => IsLevel ? Lower.ToFileName() : $"{Lower.ToFileName()}-{Upper.ToFileName()}";

    /// <summary>Reads a median as files spell it (<see cref="ToFileName"/>).</summary>
    /// <param name="text">The spelling, such as <c>inPlace</c> or <c>planned-underDevelopment</c>.</param>
    /// <param name="median">The median read.</param>
    /// <returns>Whether <paramref name="text"/> spells a median.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MedianLevel median)
    {
        for (var half = 0; half <= 8; half++)
        {
            var candidate = new MedianLevel(half);
            if (string.Equals(text, candidate.ToFileName(), StringComparison.Ordinal))
            {
                median = candidate;
                return true;
            }
        }

        median = default;
        return false;
    }

    /// <summary>Every median as files spell it, lowest first: the nine values a file may hold.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. Enumerable.Range(0, 9).Select(h => new MedianLevel(h).ToFileName())];

    /// <summary>The median as files spell it.</summary>
    /// <returns>For example <c>inPlace</c> or <c>planned-underDevelopment</c>.</returns>
    public override string ToString() => ToFileName();
}
