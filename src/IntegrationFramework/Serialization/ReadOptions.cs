using System.Globalization;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
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
    /// How the messages that enforce a limit name what raises it: the option names of this type unless set, such as
    /// a command line's <c>--max-file-mib</c>.
    /// </summary>
    public ReadLimitNames LimitNames { get; init => field = Preconditions.NotNull(value, nameof(LimitNames)); } = ReadLimitNames.Default;

    /// <summary>
    /// The frameworks a file's <c>framework</c> id resolves to, once, as it is read; <see cref="global::IntegrationFramework.Frameworks.BuiltIn"/>
    /// unless set. Give a catalogue that holds an edition of your own to read files of it.
    /// </summary>
    public FrameworkCatalogue Frameworks { get; init => field = Preconditions.NotNull(value, nameof(Frameworks)); } = global::IntegrationFramework.Frameworks.BuiltIn;

    /// <summary>The problem of a file over <see cref="MaxBytes"/>, naming what raises the limit.</summary>
    /// <param name="size">The file's size in bytes, when known.</param>
    /// <returns>A problem with code <see cref="ProblemCodes.FileTooLarge"/>.</returns>
    public Problem TooLarge(long? size)
    {
        var mib = MaxBytes / (1024.0 * 1024);
        var limit = mib >= 0.1
            ? $"{MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes ({mib.ToString("0.#", CultureInfo.InvariantCulture)} MiB)"
            : $"{MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
        return new(
            ProblemCodes.FileTooLarge,
            ProblemLocation.Whole,
            size is { } bytes
                ? $"The file is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; the limit is {limit}, which {LimitNames.MaxBytes} raises."
                : $"The file is larger than the limit of {limit}, which {LimitNames.MaxBytes} raises.");
    }

    /// <summary>The problem of a file with more than <see cref="MaxRatings"/> ratings, naming what raises the limit.</summary>
    /// <param name="count">How many ratings the file holds.</param>
    /// <param name="location">Where, such as <c>$.ratings</c> or <c>line 100002</c>.</param>
    /// <returns>A problem with code <see cref="ProblemCodes.TooManyRatings"/>.</returns>
    public Problem TooManyRatings(int count, ProblemLocation location)
        => new(ProblemCodes.TooManyRatings, location, $"The file holds {count.ToString("N0", CultureInfo.InvariantCulture)} ratings; the limit is {MaxRatings.ToString("N0", CultureInfo.InvariantCulture)}, which {LimitNames.MaxRatings} raises.");
}
