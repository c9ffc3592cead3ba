using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Thrown when a scoring operation is given input it cannot use: an assessment with problems, or score cards that
/// cannot be compared or rolled up. <see cref="Problems"/> says what is wrong, each with its path.
/// </summary>
/// <remarks>
/// Validate first to avoid the exception: <see cref="Assessment.Validate"/>, <see cref="ReviewComparison.Validate"/> and
/// <see cref="Rollup.Validate"/> return the same problems without throwing.
/// </remarks>
public sealed class ScoringException : Exception
{
    /// <summary>Creates the exception for a problem or more.</summary>
    /// <param name="summary">What could not be done, for a person.</param>
    /// <param name="problems">Why; at least one problem.</param>
    public ScoringException(string summary, EquatableArray<Problem> problems)
        : base(Describe(summary, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message and no problems.</summary>
    public ScoringException()
        : this("The input cannot be scored.", [])
    {
    }

    /// <summary>Creates the exception with a message and no problems.</summary>
    /// <param name="message">What could not be done.</param>
    public ScoringException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What could not be done.</param>
    /// <param name="innerException">The cause.</param>
    public ScoringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the input could not be used, each problem with its path.</summary>
    public EquatableArray<Problem> Problems { get; }

    private static string Describe(string summary, EquatableArray<Problem> problems)
        => problems.IsEmpty ? summary : $"{summary}{Environment.NewLine}{string.Join(Environment.NewLine, problems)}";
}
