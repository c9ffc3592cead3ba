using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using NodaTime;

namespace IntegrationFramework.Scoring;

/// <summary>
/// What changed between two reviews of one footprint against one framework under one policy: the change in every
/// item's points and every domain, theme and overall score, the time between the reviews, and the change per year.
/// </summary>
/// <remarks>
/// Years are the days between the two dates divided by 365.25. Per-year changes are missing when both reviews fall on
/// one day. A comparison of a card with itself changes nothing.
/// </remarks>
/// <param name="FrameworkId">The framework both cards were scored against.</param>
/// <param name="PolicyId">The policy both cards were scored under.</param>
/// <param name="Footprint">The footprint, as the later card gives it.</param>
/// <param name="Earlier">The date of the earlier review.</param>
/// <param name="Later">The date of the later review.</param>
/// <param name="Period">The time between the reviews, in years, months and days.</param>
/// <param name="Years">The time between the reviews in years (days ÷ 365.25).</param>
/// <param name="Overall">The change in the overall score.</param>
/// <param name="Themes">The change in each theme's score, in the framework's order.</param>
/// <param name="Domains">The change in each domain's score, in the framework's order.</param>
/// <param name="Items">The change in each item's points, in the framework's order.</param>
public sealed record Trend(
    string FrameworkId,
    string PolicyId,
    Footprint Footprint,
    LocalDate Earlier,
    LocalDate Later,
    Period Period,
    double Years,
    ScoreChange Overall,
    EquatableArray<ScoreChange> Themes,
    EquatableArray<ScoreChange> Domains,
    EquatableArray<ScoreChange> Items)
{
    private const double DaysPerYear = 365.25;

    /// <summary>
    /// Why two cards cannot be compared, if they cannot: different frameworks, footprints (by code) or policies, or
    /// the later dated before the earlier. Paths are <c>$[0]</c> for the earlier card and <c>$[1]</c> for the later.
    /// </summary>
    /// <param name="earlier">The card of the earlier review.</param>
    /// <param name="later">The card of the later review.</param>
    /// <returns>The problems; empty when the cards can be compared.</returns>
    /// <exception cref="ArgumentNullException">A card is null.</exception>
    public static EquatableArray<Problem> Check(ScoreCard earlier, ScoreCard later)
    {
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(later);
        var problems = new List<Problem>();
        if (earlier.FrameworkId != later.FrameworkId)
        {
            problems.Add(new(ProblemCodes.FrameworkMismatch, "$[1].framework", $"The cards are for different frameworks ({earlier.FrameworkId} and {later.FrameworkId}); compare two reviews against one framework."));
        }

        if (earlier.Footprint.Code != later.Footprint.Code)
        {
            problems.Add(new(ProblemCodes.FootprintMismatch, "$[1].footprint.code", $"The cards are for different footprints ({earlier.Footprint.Code} {earlier.Footprint.Name} and {later.Footprint.Code} {later.Footprint.Name}); compare two reviews of one footprint."));
        }

        if (earlier.PolicyId != later.PolicyId)
        {
            problems.Add(new(ProblemCodes.PolicyMismatch, "$[1].policy", $"The cards were scored under different policies ({earlier.PolicyId} and {later.PolicyId}); score both under one policy."));
        }

        if (later.AssessedOn < earlier.AssessedOn)
        {
            problems.Add(new(ProblemCodes.DatesReversed, "$[1].assessedOn", $"The later card is dated {later.AssessedOn:yyyy-MM-dd}, before the earlier card ({earlier.AssessedOn:yyyy-MM-dd}); give the earlier review first."));
        }

        return problems.ToEquatableArray();
    }

    /// <summary>Compares two reviews of one footprint.</summary>
    /// <param name="earlier">The card of the earlier review.</param>
    /// <param name="later">The card of the later review.</param>
    /// <returns>The changes between them.</returns>
    /// <exception cref="ArgumentNullException">A card is null.</exception>
    /// <exception cref="ScoringException">The cards cannot be compared (see <see cref="Check"/>).</exception>
    public static Trend Compare(ScoreCard earlier, ScoreCard later)
    {
        var problems = Check(earlier, later);
        if (!problems.IsEmpty)
        {
            throw new ScoringException("The score cards cannot be compared.", problems);
        }

        var period = Period.Between(earlier.AssessedOn, later.AssessedOn, PeriodUnits.YearMonthDay);
        var years = Period.Between(earlier.AssessedOn, later.AssessedOn, PeriodUnits.Days).Days / DaysPerYear;
        ScoreChange Change(string code, double? before, double? after)
            => new(code, before, after, years > 0 ? (after - before) / years : null);

        return new Trend(
            later.FrameworkId,
            later.PolicyId,
            later.Footprint,
            earlier.AssessedOn,
            later.AssessedOn,
            period,
            years,
            Change("overall", earlier.Overall.Score, later.Overall.Score),
            later.Themes.Select(t => Change(t.Code, earlier.FindTheme(t.Code)?.Score, t.Score)).ToEquatableArray(),
            later.Domains.Select(d => Change(d.Code, earlier.FindDomain(d.Code)?.Score, d.Score)).ToEquatableArray(),
            later.Items.Select(i => Change(i.ItemId, earlier.FindItem(i.ItemId)?.Points, i.Points)).ToEquatableArray());
    }
}
