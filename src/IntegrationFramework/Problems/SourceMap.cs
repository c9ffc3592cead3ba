using System.Globalization;
using System.Text.RegularExpressions;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Problems;

/// <summary>
/// Where an assessment's ratings, assessors and agreed ratings came from in a file — a CSV line, a workbook's cell, a
/// FHIR response's item — so that the problems the assessment's own check finds (at paths of the assessment file
/// format, such as <c>$.ratings[3].item</c>) point at the place a person typed the value.
/// </summary>
/// <remarks>
/// A reader of a format adds a location for each rating, assessor and agreed rating in the order it passes them to
/// the <c>Assessment</c>, then moves each problem of <c>Assessment.Validate</c> with <see cref="Relocate"/>.
/// </remarks>
/// <example>
/// <code>
/// var map = new SourceMap((row, property) => ProblemLocation.InTable(row.Line!.Value, property), other => ProblemLocation.InTable(2, "assessed_on"));
/// map.AddRating(ProblemLocation.InTable(5));
/// Problem moved = map.Relocate(problem);   // $.ratings[0].item → line 5, item
/// </code>
/// </example>
public sealed partial class SourceMap
{
    private readonly List<ProblemLocation> ratings = [];
    private readonly List<ProblemLocation> assessors = [];
    private readonly List<ProblemLocation> agreed = [];
    private readonly Func<ProblemLocation, string, ProblemLocation> property;
    private readonly Func<ProblemLocation, ProblemLocation> other;

    /// <summary>Creates an empty map.</summary>
    /// <param name="property">
    /// Where a property of a rating, assessor or agreed rating is, given where the rating is and the property's name in
    /// the assessment file format (<c>item</c>, <c>progress</c>, <c>target</c>, <c>id</c>, <c>agreedOn</c>).
    /// </param>
    /// <param name="other">Where any other place of the assessment file format is (such as <c>$.assessedOn</c>), given as a JSON path location.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SourceMap(Func<ProblemLocation, string, ProblemLocation> property, Func<ProblemLocation, ProblemLocation> other)
    {
        this.property = Preconditions.NotNull(property);
        this.other = Preconditions.NotNull(other);
    }

    /// <summary>Where the next rating came from.</summary>
    /// <param name="location">The place.</param>
    public void AddRating(ProblemLocation location) => ratings.Add(location);

    /// <summary>Where the next assessor came from.</summary>
    /// <param name="location">The place.</param>
    public void AddAssessor(ProblemLocation location) => assessors.Add(location);

    /// <summary>Where the next agreed rating of the consensus meeting came from.</summary>
    /// <param name="location">The place.</param>
    public void AddAgreed(ProblemLocation location) => agreed.Add(location);

    /// <summary>How many ratings the map holds.</summary>
    public int Ratings => ratings.Count;

    /// <summary>
    /// The problem at the place its value came from: <c>$.ratings[k]…</c> at the k-th rating's place,
    /// <c>$.assessors[j]…</c> at the j-th assessor's, <c>$.agreedRatings[i]…</c> at the i-th agreed rating's, with
    /// the property joined as the map's constructor says; any other place as it says.
    /// </summary>
    /// <param name="problem">A problem of the assessment.</param>
    /// <returns>The problem, moved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public Problem Relocate(Problem problem)
    {
        Preconditions.NotNull(problem);
        if (problem.Location.JsonPath is { } path && Indexed().Match(path) is { Success: true } match)
        {
            var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var places = match.Groups[1].Value switch { "ratings" => ratings, "agreedRatings" => agreed, _ => assessors };
            if (index < places.Count)
            {
                var name = match.Groups[3].Value;
                return problem with { Location = name.Length == 0 ? places[index] : property(places[index], name) };
            }
        }

        return problem with { Location = other(problem.Location) };
    }

    [GeneratedRegex(@"^\$\.(ratings|assessors|agreedRatings)\[(\d+)\]\.?(\w*)$")]
    private static partial Regex Indexed();
}
