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
    /// A change read against its band: "+30.6, more than partner disagreement alone produces (band of the change +19.4
    /// to +30.6)", "-2.8, within what partner disagreement alone produces (band of the change -5.6 to +8.3, which
    /// includes 0)", a change outside its own band, or "+1.2, with no band to tell"; <see langword="null"/> without a change.
    /// </summary>
    public static string? Reading(ScoreChange change)
        => change.Difference is not { } difference ? null
            : change.ChecklistChanged ? $"{Display.Signed(difference)}, across editions ({Edition(change.NewItems, change.DroppedItems)}): the change mixes progress with the change of checklist, so it is not read against partner disagreement"
            : change.Band is not { } band ? $"{Display.Signed(difference)}, with no band to tell"
            : change.WithinBand == false ? $"{Display.Signed(difference)}, outside its own band of change ({Band(band)}), so it cannot be read against partner disagreement"
            : change.BeyondNoise == true ? $"{Display.Signed(difference)}, more than partner disagreement alone produces (band of the change {Band(band)})"
            : $"{Display.Signed(difference)}, within what partner disagreement alone produces (band of the change {Band(band)}, which includes 0)";

    /// <summary>How the bands of the changes were made, or why there are none, and what they are.</summary>
    public static string Explain(ReviewComparison comparison)
    {
        if (comparison.Bands is not { } bands)
        {
            return "At least one review was read as a score card, without its ratings: no change has a band, so none can be told apart from partner disagreement.";
        }

        var (earlier, later) = (bands.EarlierPartners.ToString(CultureInfo.InvariantCulture), bands.LaterPartners.ToString(CultureInfo.InvariantCulture));
        var read = ChangeBandsRead(comparison);
        var what = $"A change is more than partner disagreement alone produces when its band leaves out 0 and the change lies on that side. It is a noise band from whose views were sought, not a confidence interval{(read > 1 ? $"; with {read.ToString(CultureInfo.InvariantCulture)} changes read at once, one may stand out by chance" : string.Empty)}.";
        return bands.Method switch
        {
            BandMethod.TooFewPartners => $"Too few partners to tell whether a change is more than partner disagreement: the earlier review has {Partners(bands.EarlierPartners)}, the later {later}; a band needs at least 4 in each.",
            _ when bands.Paired => $"The same {earlier} partners rated both reviews, so each band applies one draw of them with replacement to both: {Draws(bands)}; a band holds at least 95% of the resampled changes. {what}",
            _ => $"The partners changed (the later review has {Partners(bands.LaterPartners)}, the earlier {earlier}: {Moved(bands.Joined, "joined")}, {Moved(bands.Left, "left")}), so each review is drawn on its own, the pairs drawn together, and the partners both share are drawn independently in each, which widens the bands: {Draws(bands)}; a band holds at least 95% of the resampled changes. {what}",
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
            : change.BeyondNoise != true ? Reading(change)
            : Held("earlier", earlier.Band) is { } before ? $"{Reading(change)}; but {before}"
            : Held("later", later.Band) is { } after ? $"{Reading(change)}; but {after}"
            : null;
    }

    /// <summary>"1 item new, 2 dropped": what changed in the checklist under a score.</summary>
    public static string Edition(int newItems, int dropped)
        => newItems + dropped == 0 ? "no item new or dropped"
            : string.Join(", ", new[] { newItems > 0 ? $"{Items(newItems)} new" : null, dropped > 0 ? $"{Items(dropped)} dropped" : null }.OfType<string>());

    private static string Items(int count) => count == 1 ? "1 item" : $"{count.ToString(CultureInfo.InvariantCulture)} items";

    /// <summary>
    /// What a comparison across editions says of them: "shifting-the-centre-of-gravity-2018 1.0.0 to our-place-2026 1.0.0,
    /// which derives from it: 3 items new, 2 dropped; …"; <see langword="null"/> within one edition.
    /// </summary>
    public static string? AcrossEditions(ReviewComparison comparison)
    {
        if (!comparison.AcrossEditions)
        {
            return null;
        }

        var (earlier, later) = (comparison.Continuation.Earlier, comparison.Continuation.Later);
        return $"The reviews are on two editions: {earlier.Id} {earlier.Version}, then {later.Id} {later.Version}, which derives from it. Items are compared with the items they continue; {Edition(comparison.Overall.NewItems, comparison.Overall.DroppedItems)}. A score whose items changed has no band: its change mixes progress with the change of checklist.";
    }

    /// <summary>How many of the overall, theme and domain changes have a band.</summary>
    private static int ChangeBandsRead(ReviewComparison comparison)
        => (comparison.Overall.Band is null ? 0 : 1) + comparison.Themes.Count(t => t.Band is not null) + comparison.Domains.Count(d => d.Band is not null);

    /// <summary>"1 joined", "none left".</summary>
    private static string Moved(int count, string verb) => count == 0 ? $"none {verb}" : $"{count.ToString(CultureInfo.InvariantCulture)} {verb}";

    private static string Partners(int count) => count == 1 ? "1 partner" : $"{count.ToString(CultureInfo.InvariantCulture)} partners";

    private static string Draws(ChangeBands bands) => bands.Method == BandMethod.Exact
        ? $"every multiset, {bands.Resamples.ToString("N0", CultureInfo.InvariantCulture)} of them, weighted by its probability"
        : $"{bands.Resamples.ToString("N0", CultureInfo.InvariantCulture)} draws from the fixed seed {bands.Seed?.ToString(CultureInfo.InvariantCulture)}";
}
