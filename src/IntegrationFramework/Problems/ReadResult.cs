using System.Diagnostics.CodeAnalysis;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Problems;

/// <summary>
/// What reading a file gives: the value when it could be read, and the problems found — errors, which stop the value
/// being made, and warnings, which do not.
/// </summary>
/// <remarks>
/// A result is either a success (a value, and warnings at most) or a failure (no value, and at least one error): make
/// one with <see cref="ReadResult.Success{T}(T, EquatableArray{Problem})"/> or
/// <see cref="ReadResult.Failure{T}(EquatableArray{Problem})"/>, which refuse anything in between.
/// </remarks>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ReadResult<T>
    where T : class
{
    internal ReadResult(T? value, EquatableArray<Problem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The value read; <see langword="null"/> when the file has errors.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in file order, each with the JSON path (or CSV line) of the offending value.</summary>
    public EquatableArray<Problem> Problems { get; }

    /// <summary>
    /// Whether the file could be read: <see cref="Value"/> is set, though there may be warnings. The compiler knows
    /// it: after <c>if (result.Succeeded)</c>, <see cref="Value"/> is not null.
    /// </summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>The problems that stopped the value being made.</summary>
    public EquatableArray<Problem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error).ToEquatableArray();

    /// <summary>The problems that did not: things ignored or worth a look.</summary>
    public EquatableArray<Problem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToEquatableArray();

    /// <summary>
    /// This result with <paramref name="earlier"/> problems in front of its own, as a reader that found them first
    /// reports them; a success becomes a failure when one of them is an error.
    /// </summary>
    /// <param name="earlier">Problems found before this result's.</param>
    /// <returns>The combined result.</returns>
    public ReadResult<T> After(IEnumerable<Problem> earlier)
    {
        EquatableArray<Problem> all = [.. Preconditions.NotNull(earlier), .. Problems];
        return new(ReadResult.HasError(all) ? null : Value, all);
    }
}

/// <summary>Makes <see cref="ReadResult{T}"/>s that are either a success or a failure, never in between.</summary>
public static class ReadResult
{
    /// <summary>A value read, with the warnings found on the way.</summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="warnings">Warnings only.</param>
    /// <returns>A result that succeeded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">One of <paramref name="warnings"/> is an error: a result with an error has no value.</exception>
    public static ReadResult<T> Success<T>(T value, EquatableArray<Problem> warnings = default)
        where T : class
    {
        Preconditions.NotNull(value);
        return HasError(Preconditions.NoNulls(warnings))
            ? throw new ArgumentException("A result with a value holds warnings only; an error means the value could not be read, so give it as a failure.", nameof(warnings))
            : new(value, warnings);
    }

    /// <summary>A file that could not be read, with every problem found.</summary>
    /// <typeparam name="T">The type that could not be read.</typeparam>
    /// <param name="problems">The problems, at least one of them an error.</param>
    /// <returns>A result that failed.</returns>
    /// <exception cref="ArgumentException">No problem is an error: a file with warnings only could be read.</exception>
    public static ReadResult<T> Failure<T>(EquatableArray<Problem> problems)
        where T : class
        => HasError(Preconditions.NoNulls(problems))
            ? new(null, problems)
            : throw new ArgumentException("A failure needs at least one error among its problems; with warnings only, the value could be read.", nameof(problems));

    /// <summary>A success when <paramref name="problems"/> hold no error, else a failure: what a reader returns at its end.</summary>
    internal static ReadResult<T> Of<T>(T? value, EquatableArray<Problem> problems)
        where T : class
        => HasError(problems) || value is null ? Failure<T>(problems) : new(value, problems);

    internal static bool HasError(EquatableArray<Problem> problems)
    {
        foreach (var problem in problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
