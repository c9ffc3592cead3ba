using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Intake;

/// <summary>The assessment file (JSON, <see cref="AssessmentJson"/>) as a format of <see cref="FileIntake"/>.</summary>
public sealed class AssessmentJsonFormat : IFileFormat
{
    private AssessmentJsonFormat()
    {
    }

    /// <summary>The format.</summary>
    public static AssessmentJsonFormat Instance { get; } = new();

    /// <inheritdoc/>
    public FileKind Kind => FileKind.Assessment;

    /// <inheritdoc/>
    public string Name => "an assessment file (JSON)";

    /// <inheritdoc/>
    public EquatableArray<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, ReadOptions options) => AssessmentJson.Read(bytes, Preconditions.NotNull(options));
}
