using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization.Documents;
using NodaTime.Text;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Writes comparisons as JSON, with the conventions of the other files: the footprint, both dates, the period
/// (ISO 8601, such as <c>P1Y6M</c>) and years between them, and the change and change per year of the overall score
/// and of each theme, domain and item, with the coverage of the overall score and each domain and each item's status in
/// each review (<c>earlierCoverage</c>, <c>laterCoverage</c>, <c>earlierStatus</c>, <c>laterStatus</c>); and,
/// when the comparison has bands (<see cref="ReviewComparison.Bands"/>), how they were made (<c>bands</c>: method,
/// resamples, seed, paired, earlierPartners, laterPartners) and on the overall score and each theme and domain the
/// band of its change (<c>band</c>: low, high) and whether it excludes 0 (<c>beyondNoise</c>). Missing values are left
/// out: so is every <c>perYear</c> when the reviews are under six calendar months apart
/// (<see cref="ReviewComparison.GivesPerYear"/>), and every <c>band</c> and <c>beyondNoise</c> that cannot be told. What
/// became of the earlier review's actions is <c>actions</c>: each with <c>item</c>, <c>action</c>, <c>owner</c>,
/// <c>due</c>, <c>status</c> (as the earlier review recorded it), <c>laterStatus</c> (where the later plan lists it),
/// <c>change</c> (its item's) and its domain's <c>domainChange</c> and <c>domainBeyondNoise</c>. Across editions, the
/// earlier actions on items the later edition dropped are <c>actionsLeftBehind</c>, each with <c>item</c>,
/// <c>action</c>, <c>owner</c>, <c>due</c> and <c>status</c> (<see cref="ReviewComparison.ActionsLeftBehind"/>).
/// </summary>
public static class ComparisonJson
{
    /// <summary>Writes a comparison as indented JSON.</summary>
    /// <param name="trend">The comparison.</param>
    /// <returns>The file's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trend"/> is null.</exception>
    public static string Serialize(ReviewComparison trend)
        => JsonSerializer.Serialize(Write(Preconditions.NotNull(trend)), IntegrationFrameworkJsonContext.Writing.ComparisonDocument);

    private static ComparisonDocument Write(ReviewComparison trend) => new()
    {
        Framework = trend.Framework.Id,
        EarlierFramework = trend.AcrossEditions ? trend.Continuation.Earlier.Id : null,
        Policy = trend.PolicyId,
        Footprint = FootprintWriter.Write(trend.Footprint),
        Earlier = trend.Earlier,
        Later = trend.Later,
        Period = PeriodPattern.NormalizingIso.Format(trend.Period),
        Years = trend.Years,
        Bands = trend.Bands is { } bands ? new ChangeBandsDocument
        {
            Method = Vocabularies.BandMethod.NameOf(bands.Method),
            Resamples = bands.Resamples,
            Seed = bands.Seed,
            Paired = bands.Paired,
            EarlierPartners = bands.EarlierPartners,
            LaterPartners = bands.LaterPartners,
        } : null,
        Overall = Change(trend.Overall),
        Themes = [.. trend.Themes.Select(Change)],
        Domains = [.. trend.Domains.Select(Change)],
        Items = [.. trend.Items.Select(item => Item(trend, item))],
        Actions = trend.Actions.IsEmpty ? null : [.. trend.Actions.Select(Reviewed)],
        ActionsLeftBehind = trend.ActionsLeftBehind.IsEmpty ? null : [.. trend.ActionsLeftBehind.Select(Planned)],
    };

    /// <summary>An earlier action as the earlier review planned it: item, action, owner, due date and status.</summary>
    private static ActionReviewDocument Planned(PlannedAction action) => new()
    {
        Item = action.ItemId,
        Action = action.Action,
        Owner = action.Owner,
        Due = Dates.IsoDate.Format(action.Due),
        Status = Vocabularies.ActionStatus.NameOf(action.Status),
    };

    /// <summary>An earlier action as planned, with its later status and how its item and domain moved.</summary>
    private static ActionReviewDocument Reviewed(ActionReview review)
    {
        var written = Planned(review.Action);
        written.LaterStatus = review.LaterStatus is { } later ? Vocabularies.ActionStatus.NameOf(later) : null;
        written.Change = review.Item.Difference;
        written.DomainChange = review.Domain.Difference;
        written.DomainBeyondNoise = review.Domain.BeyondNoise;
        return written;
    }

    private static ChangeDocument Item(ReviewComparison trend, ScoreChange item)
    {
        var written = Change(item);
        written.EarlierItem = trend.Continuation.EarlierItem(item.Code) is { } earlier && earlier != item.Code ? earlier : null;
        return written;
    }

    private static ChangeDocument Change(ScoreChange change) => new()
    {
        Code = change.Code,
        Earlier = change.Earlier,
        Later = change.Later,
        Change = change.Difference,
        PerYear = change.PerYear,
        Band = change.Band is { } band ? new RangeDocument { Low = band.Low, High = band.High } : null,
        BeyondNoise = change.BeyondNoise,
        NewItems = change.NewItems > 0 ? change.NewItems : null,
        DroppedItems = change.DroppedItems > 0 ? change.DroppedItems : null,
        EarlierCoverage = change.EarlierCoverage,
        LaterCoverage = change.LaterCoverage,
        EarlierStatus = change.EarlierStatus is { } earlier ? Vocabularies.Status.NameOf(earlier) : null,
        LaterStatus = change.LaterStatus is { } later ? Vocabularies.Status.NameOf(later) : null,
    };
}
