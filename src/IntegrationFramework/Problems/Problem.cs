using IntegrationFramework.Guards;

namespace IntegrationFramework.Problems;

/// <summary>
/// Something wrong with an input, said so a person can fix it: a stable <see cref="Code"/> for programs, the
/// <see cref="Location"/> of the offending value, and a <see cref="Message"/> for people.
/// </summary>
/// <remarks>
/// Problems found in an assessment are at JSON paths into the assessment file format, such as
/// <c>$.ratings[3].progress</c>, so a problem found in an assessment built in code points at the same place as one
/// found in its file; a reader of another format moves them to where the value came from (a CSV line, a workbook's
/// cell). The codes are listed in <see cref="ProblemCodes"/>; they never change meaning. Messages speak of the file
/// and its values, never of a tool's options: a host adds its own hint, by code.
/// </remarks>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">A stable, kebab-case code, one of <see cref="ProblemCodes"/> (or a satellite package's).</param>
    /// <param name="location">Where the offending value is.</param>
    /// <param name="message">What is wrong and what would be right, for a person.</param>
    /// <param name="severity">Whether the input can still be used.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is blank.</exception>
    public Problem(string code, ProblemLocation location, string message, ProblemSeverity severity = ProblemSeverity.Error)
    {
        Code = code;
        Location = location;
        Message = message;
        Severity = severity;
    }

    /// <summary>Creates a problem at a JSON path, such as the problems of an assessment or of a file in the assessment file format.</summary>
    /// <param name="code">A stable, kebab-case code, one of <see cref="ProblemCodes"/> (or a satellite package's).</param>
    /// <param name="jsonPath">The JSON path of the offending value, such as <c>$.ratings[3].item</c>.</param>
    /// <param name="message">What is wrong and what would be right, for a person.</param>
    /// <param name="severity">Whether the input can still be used.</param>
    /// <exception cref="ArgumentException">An argument is blank, or <paramref name="jsonPath"/> does not start with <c>$</c>.</exception>
    public Problem(string code, string jsonPath, string message, ProblemSeverity severity = ProblemSeverity.Error)
        : this(code, ProblemLocation.InJson(jsonPath), message, severity)
    {
    }

    /// <summary>A stable, kebab-case code, one of <see cref="ProblemCodes"/> (or a satellite package's).</summary>
    public string Code { get; init => field = Preconditions.NotBlank(value, nameof(Code)); }

    /// <summary>Where the offending value is: the file, and the place in it.</summary>
    public ProblemLocation Location { get; init; }

    /// <summary>What is wrong and what would be right, for a person.</summary>
    public string Message { get; init => field = Preconditions.NotBlank(value, nameof(Message)); }

    /// <summary>Whether the input can still be used.</summary>
    public ProblemSeverity Severity { get; init => field = Preconditions.Defined(value, nameof(Severity)); }

    /// <summary>The place within the file, as people read it (<see cref="ProblemLocation.Path"/>): <c>$.ratings[3].item</c>, <c>PCC!C7</c>, <c>line 4, progress</c>.</summary>
    public string Path => Location.Path;

    /// <summary>This problem in the file <paramref name="name"/>, as a reader of several files reports it.</summary>
    /// <param name="name">The file's name as people know it.</param>
    /// <returns>The problem with its file.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public Problem InFile(string name) => this with { Location = Location.InFile(name) };

    /// <summary>The location and the message, as a tool prints them.</summary>
    /// <returns>For example <c>council.xlsx: PCC!C7: 'half done' is not a progress level …</c>, or <c>$.ratings[3].item: warning: …</c>.</returns>
    public override string ToString()
    {
        var where = Location.ToString();
        var prefix = where.Length == 0 ? string.Empty : where + ": ";
        return Severity == ProblemSeverity.Warning ? $"{prefix}warning: {Message}" : $"{prefix}{Message}";
    }
}
