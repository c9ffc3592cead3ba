using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>Limits and checks for reading files that may come from anywhere.</summary>
public sealed record ReadOptions
{
    /// <summary>The default size limit: 16 MiB.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default limit on ratings: 100,000.</summary>
    public const int DefaultMaxRatings = 100_000;

    /// <summary>The default options: 16 MiB, 100,000 ratings, no date check.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes; a larger one is refused with a problem.</summary>
    public long MaxBytes { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, $"MaxBytes must be 1 or more; it was {value}."); } = DefaultMaxBytes;

    /// <summary>The most ratings read from one file; more are refused with a problem.</summary>
    public int MaxRatings { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRatings), value, $"MaxRatings must be 1 or more; it was {value}."); } = DefaultMaxRatings;

    /// <summary>When set, assessments dated after today by this clock get a problem (see <see cref="Assessments.Assessment.Validate"/>).</summary>
    public IClock? Clock { get; init; }
}
