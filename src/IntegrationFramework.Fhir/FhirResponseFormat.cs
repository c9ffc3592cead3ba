using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Fhir;

/// <summary>
/// FHIR R4 QuestionnaireResponses (one, or a Bundle of them, in a JSON file; <see cref="ResponseImport"/>) as a format
/// of the core's <see cref="FileIntake"/>: add it to read FHIR responses among the partners' files.
/// </summary>
/// <example>
/// <code>
/// var intake = new FileIntake([.. FileIntake.CoreFormats, new FhirResponseFormat()]);
/// </code>
/// </example>
public sealed class FhirResponseFormat : IFileFormat
{
    private readonly ResponseContext context;

    /// <summary>Creates the format.</summary>
    /// <param name="context">
    /// What every file's responses lack and a generic form filler leaves out (the footprint, the date, the assessors
    /// their authors name); <see cref="ResponseContext.None"/> when <see langword="null"/>: responses as this library
    /// exports them carry all three.
    /// </param>
    public FhirResponseFormat(ResponseContext? context = null) => this.context = context ?? ResponseContext.None;

    /// <inheritdoc/>
    public FileKind Kind => FileKind.FhirResource;

    /// <inheritdoc/>
    public string Name => "FHIR QuestionnaireResponses (JSON)";

    /// <inheritdoc/>
    public EquatableArray<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, ReadOptions options) => ResponseImport.Read(bytes, context, Preconditions.NotNull(options));
}
