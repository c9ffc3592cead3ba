using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;

namespace IntegrationFramework.Serialization;

/// <summary>
/// What reading a file gives: the value when it could be read, and the problems found — errors, which stop the value
/// being made, and warnings, which do not.
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="Value">The value read; <see langword="null"/> when the file has errors.</param>
/// <param name="Problems">Every problem found, each with the JSON path (or CSV line) of the offending value.</param>
public sealed record ReadResult<T>(T? Value, EquatableArray<Problem> Problems)
    where T : class
{
    /// <summary>Whether the file could be read: <see cref="Value"/> is set, though there may be warnings.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>The problems that stopped the value being made.</summary>
    public EquatableArray<Problem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error).ToEquatableArray();

    /// <summary>The problems that did not: things ignored or worth a look.</summary>
    public EquatableArray<Problem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToEquatableArray();
}
