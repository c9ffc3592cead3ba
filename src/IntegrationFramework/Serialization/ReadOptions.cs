using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>Limits and checks for reading files that may come from anywhere, and the frameworks their ids resolve to.</summary>
/// <example>
/// <code>
/// var options = new ReadOptions { Clock = SystemClock.Instance, Frameworks = new FrameworkCatalogue([ourEdition, .. Frameworks.All]) };
/// ReadResult&lt;Assessment&gt; read = AssessmentJson.Read(bytes, options);
/// </code>
/// </example>
public sealed record ReadOptions
{
    /// <summary>The default size limit: 16 MiB.</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default limit on ratings: 100,000.</summary>
    public const int DefaultMaxRatings = 100_000;

    /// <summary>The default options: 16 MiB, 100,000 ratings, no date check, the built-in frameworks.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes; a larger one is refused with a problem.</summary>
    public long MaxBytes { get; init => field = Preconditions.Positive(value, nameof(MaxBytes)); } = DefaultMaxBytes;

    /// <summary>The most ratings read from one file; more are refused with a problem.</summary>
    public int MaxRatings { get; init => field = Preconditions.Positive(value, nameof(MaxRatings)); } = DefaultMaxRatings;

    /// <summary>When set, assessments dated after today by this clock get a problem (see <see cref="Assessments.Assessment.Validate"/>).</summary>
    public IClock? Clock { get; init; }

    /// <summary>
    /// The frameworks a file's <c>framework</c> id resolves to, once, as it is read; <see cref="global::IntegrationFramework.Frameworks.BuiltIn"/>
    /// unless set. Give a catalogue that holds an edition of your own to read files of it.
    /// </summary>
    public FrameworkCatalogue Frameworks { get; init => field = Preconditions.NotNull(value, nameof(Frameworks)); } = global::IntegrationFramework.Frameworks.BuiltIn;
}
