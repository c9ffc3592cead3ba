using IntegrationFramework.Guards;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// How workbooks are read: the limits that keep a hostile file (a zip bomb, a sheet of a million rows) from exhausting
/// the machine, each named in the message that enforces it, and the checks every file gets (<see cref="File"/>).
/// Immutable; each value is checked when set.
/// </summary>
/// <example>
/// <code>
/// var options = WorkbookReadOptions.Default with { MaxRowsPerSheet = 50_000 };
/// </code>
/// </example>
public sealed record WorkbookReadOptions
{
    /// <summary>The default limit on a workbook's size once unzipped: 64 MiB.</summary>
    public const long DefaultMaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>The default limit on how far a part may be compressed: 100 to 1.</summary>
    public const int DefaultMaxCompressionRatio = 100;

    /// <summary>The default limit on the parts of a workbook: 200.</summary>
    public const int DefaultMaxParts = 200;

    /// <summary>The default limit on the rows of a sheet: 10,000.</summary>
    public const int DefaultMaxRowsPerSheet = 10_000;

    /// <summary>The default limit on the characters of a cell: 32,767, Excel's own.</summary>
    public const int DefaultMaxCellCharacters = 32_767;

    /// <summary>The defaults.</summary>
    public static WorkbookReadOptions Default { get; } = new();

    /// <summary>
    /// The checks every file gets: the file's size limit (16 MiB by default), the clock, and the frameworks known.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ReadOptions File { get; init => field = Preconditions.NotNull(value, nameof(File)); } = ReadOptions.Default;

    /// <summary>The most bytes the workbook's parts may hold once unzipped; 64 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxUncompressedBytes { get; init => field = Preconditions.Positive(value, nameof(MaxUncompressedBytes)); } = DefaultMaxUncompressedBytes;

    /// <summary>
    /// How many times smaller than its content a part may be compressed, for parts over 64 KiB and for the whole
    /// archive; 100 by default. Spreadsheets compress some 5 to 20 times; a zip bomb, thousands of times.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxCompressionRatio { get; init => field = Preconditions.Positive(value, nameof(MaxCompressionRatio)); } = DefaultMaxCompressionRatio;

    /// <summary>The most parts (zip entries) a workbook may hold; 200 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxParts { get; init => field = Preconditions.Positive(value, nameof(MaxParts)); } = DefaultMaxParts;

    /// <summary>The most rows a sheet may hold; 10,000 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxRowsPerSheet { get; init => field = Preconditions.Positive(value, nameof(MaxRowsPerSheet)); } = DefaultMaxRowsPerSheet;

    /// <summary>The most characters a cell may hold; 32,767 by default, Excel's own limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxCellCharacters { get; init => field = Preconditions.Positive(value, nameof(MaxCellCharacters)); } = DefaultMaxCellCharacters;

    /// <summary>What the messages say raises each limit; <see cref="WorkbookLimitNames.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public WorkbookLimitNames LimitNames { get; init => field = Preconditions.NotNull(value, nameof(LimitNames)); } = WorkbookLimitNames.Default;
}
