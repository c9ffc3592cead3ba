using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Intake;

/// <summary>The ratings table (CSV, <see cref="RatingsCsv"/>) as a format of <see cref="FileIntake"/>.</summary>
public sealed class RatingsCsvFormat : IFileFormat
{
    private RatingsCsvFormat()
    {
    }

    /// <summary>The format.</summary>
    public static RatingsCsvFormat Instance { get; } = new();

    /// <inheritdoc/>
    public FileKind Kind => FileKind.RatingsCsv;

    /// <inheritdoc/>
    public string Name => "a ratings table (CSV)";

    /// <inheritdoc/>
    public EquatableArray<string> Extensions { get; } = [".csv"];

    /// <inheritdoc/>
    public ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, ReadOptions options) => RatingsCsv.Read(bytes, Preconditions.NotNull(options));
}
