using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Intake;

/// <summary>
/// A file format partners' ratings come in: the contract every format implements so that one <see cref="FileIntake"/>
/// reads any of them — the assessment file (<see cref="AssessmentJsonFormat"/>), the ratings table
/// (<see cref="RatingsCsvFormat"/>), and, from their own packages, workbooks and FHIR responses. A format reads one
/// file into one assessment; the intake tells which format a file is from its content and merges the partners' files.
/// </summary>
/// <remarks>
/// An implementation never throws for what a file holds: every problem comes back in the result, at its place in the
/// file (a JSON path, a sheet and cell, a CSV line and column), worded for the person who fills the file in and naming
/// no tool's options (a host adds its own hints, by problem code). It keeps within the limits of the
/// <see cref="ReadOptions"/> it is given, and is safe to use from several threads at once.
/// </remarks>
public interface IFileFormat
{
    /// <summary>The kind of file it reads, as <see cref="FileKinds.Detect"/> tells it from the content.</summary>
    FileKind Kind { get; }

    /// <summary>The format for people, with an article: "an assessment file (JSON)", "a workbook (.xlsx or .ods)".</summary>
    string Name { get; }

    /// <summary>The extensions its files usually have, lower case with the full stop, such as <c>.xlsx</c>: which files of a folder to read.</summary>
    EquatableArray<string> Extensions { get; }

    /// <summary>Reads one file's bytes into an assessment.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">The limits and checks, and the frameworks ids resolve to.</param>
    /// <returns>The assessment, or the problems that prevent it, and any warnings.</returns>
    ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, ReadOptions options);
}
