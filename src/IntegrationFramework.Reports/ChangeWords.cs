using System.Globalization;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>
/// The words every format of a comparison puts on a change: whether it is more than partner disagreement alone
/// produces, and how the bands were made or why there are none.
/// </summary>
internal static class ChangeWords
{
    /// <summary>A change's band: "-5.6 to +8.3", or "—" without one.</summary>
    public static string Band(ChangeBand? band) => band is { } b ? $"{Display.Signed(b.Low)} to {Display.Signed(b.High)}" : Display.None;

    /// <summary>
    /// A change read against its band: "+30.6, more than partner disagreement alone produces", "-2.8, within what
    /// partner disagreement alone produces (-5.6 to +8.3)", "+1.2, with no band to tell"; <see langword="null"/> without a change.
    /// </summary>
    public static string? Reading(ScoreChange change)
        => change.Difference is not { } difference ? null
            : change.Band is not { } band ? $"{Display.Signed(difference)}, with no band to tell"
            : band.BeyondNoise ? $"{Display.Signed(difference)}, more than partner disagreement alone produces"
            : $"{Display.Signed(difference)}, within what partner disagreement alone produces ({Band(band)})";

    /// <summary>How the bands of the changes were made, or why there are none, and what they are.</summary>
    public static string Explain(ReviewComparison comparison)
    {
        const string What = "A change is more than partner disagreement alone produces when its band leaves out 0. It is a noise band from whose views were sought, not a confidence interval.";
        if (comparison.Bands is not { } bands)
        {
            return "The reviews were read as score cards, without their ratings: no change has a band, so none can be told apart from partner disagreement.";
        }

        var (earlier, later) = (bands.EarlierPartners.ToString(CultureInfo.InvariantCulture), bands.LaterPartners.ToString(CultureInfo.InvariantCulture));
        return bands.Method switch
        {
            BandMethod.TooFewPartners => $"Too few partners to tell whether a change is more than partner disagreement: the earlier review has {Partners(bands.EarlierPartners)}, the later {later}; a band needs at least 4 in each.",
            _ when bands.Paired => $"The same {bands.EarlierPartners.ToString(CultureInfo.InvariantCulture)} partners rated both reviews, so each band applies one draw of them with replacement to both: {Draws(bands)}; the band holds 95% of the changes. {What}",
            _ => $"The partners changed (the later review has {Partners(bands.LaterPartners)}, the earlier {earlier}), so each review is drawn on its own, the pairs drawn together: {Draws(bands)}; the band holds 95% of the changes. {What}",
        };
    }

    /// <summary>
    /// Why a stage change is not called, or <see langword="null"/> when it is: both stages named, the change beyond
    /// partner disagreement and each review's stage holding in at least 80 % of its resamples.
    /// </summary>
    public static string? WhyNotCalled(ScoreChange change, (Stage? Stage, ScoreBand? Band) earlier, (Stage? Stage, ScoreBand? Band) later)
    {
        string? Held(string which, ScoreBand? band) => band is not { } b ? $"the {which} stage has no partner band to hold across"
            : b.StageHeld ? null
            : $"the {which} stage holds in {Display.Percent(b.StageProbability)} of resamples, under 80%";
        return earlier.Stage is null ? "the earlier review rated too little for a stage"
            : later.Stage is null ? "the later review rated too little for a stage"
            : change.Band is not { BeyondNoise: true } ? Reading(change)
            : Held("earlier", earlier.Band) is { } before ? $"{Reading(change)}, but {before}"
            : Held("later", later.Band) is { } after ? $"{Reading(change)}, but {after}"
            : null;
    }

    private static string Partners(int count) => count == 1 ? "1 partner" : $"{count.ToString(CultureInfo.InvariantCulture)} partners";

    private static string Draws(ChangeBands bands) => bands.Method == BandMethod.Exact
        ? $"every multiset, {bands.Resamples.ToString("N0", CultureInfo.InvariantCulture)} of them, weighted by its probability"
        : $"{bands.Resamples.ToString("N0", CultureInfo.InvariantCulture)} draws from the fixed seed {bands.Seed?.ToString(CultureInfo.InvariantCulture)}";
}
