using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationFramework.Problems;

/// <summary>
/// Moves the JSON paths of an assessment's problems to where its ratings and assessors came from — a CSV line, a FHIR
/// response item, a form field — for readers of formats other than the assessment file.
/// </summary>
public static partial class ProblemPaths
{
    /// <summary>
    /// Rewrites a problem's path: <c>$.ratings[k]…</c> to <paramref name="ratingPaths"/>[k] and <c>$.assessors[j]…</c>
    /// to <paramref name="assessorPaths"/>[j], joining any property with <paramref name="join"/>; any other path with
    /// <paramref name="other"/>.
    /// </summary>
    /// <param name="problem">A problem of an assessment.</param>
    /// <param name="ratingPaths">Where each rating came from, by its position in the assessment.</param>
    /// <param name="assessorPaths">Where each assessor came from, by its position in the assessment.</param>
    /// <param name="other">Maps any other path, such as <c>$.framework</c>.</param>
    /// <param name="join">Joins a source path and a property of the rating or assessor, such as <c>item</c>.</param>
    /// <returns>The problem with its path moved.</returns>
    public static Problem Relocate(Problem problem, IReadOnlyList<string> ratingPaths, IReadOnlyList<string> assessorPaths, Func<string, string> other, Func<string, string, string> join)
        => Relocate(problem, ratingPaths, assessorPaths, [], other, join);

    /// <summary>
    /// Rewrites a problem's path as the other overload does, and <c>$.agreedRatings[i]…</c> to
    /// <paramref name="agreedPaths"/>[i]: where the consensus meeting's agreed ratings came from.
    /// </summary>
    /// <param name="problem">A problem of an assessment.</param>
    /// <param name="ratingPaths">Where each rating came from, by its position in the assessment.</param>
    /// <param name="assessorPaths">Where each assessor came from, by its position in the assessment.</param>
    /// <param name="agreedPaths">Where each agreed rating came from, by its position in the assessment.</param>
    /// <param name="other">Maps any other path, such as <c>$.framework</c>.</param>
    /// <param name="join">Joins a source path and a property, such as <c>item</c> or <c>agreedOn</c>.</param>
    /// <returns>The problem with its path moved.</returns>
    public static Problem Relocate(Problem problem, IReadOnlyList<string> ratingPaths, IReadOnlyList<string> assessorPaths, IReadOnlyList<string> agreedPaths, Func<string, string> other, Func<string, string, string> join)
    {
        if (Indexed().Match(problem.Path) is { Success: true } match)
        {
            var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var paths = match.Groups[1].Value switch { "ratings" => ratingPaths, "agreedRatings" => agreedPaths, _ => assessorPaths };
            if (index < paths.Count)
            {
                var property = match.Groups[3].Value;
                return problem with { Path = property.Length == 0 ? paths[index] : join(paths[index], property) };
            }
        }

        return problem with { Path = other(problem.Path) };
    }

    [GeneratedRegex(@"^\$\.(ratings|assessors|agreedRatings)\[(\d+)\]\.?(\w*)$")]
    private static partial Regex Indexed();
}
