using System.Globalization;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>A stage as a report prints it: the words, and the stage to colour them by where one stage stands.</summary>
/// <param name="Stage">The stage the words name alone; <see langword="null"/> where they name several or none.</param>
/// <param name="Words">What the report prints: "maturing", "maturing or thriving", "no stage: under half rated".</param>
internal sealed record StageReading(Stage? Stage, string Words);

/// <summary>
/// The words reports put on how sure each score is, the same in every format: a stage only where the data carry it,
/// the band beside each score, alpha read only where its band allows, and why not otherwise.
/// </summary>
internal static class BandWords
{
    /// <summary>A band: "50.0–57.1", or "—" without one.</summary>
    public static string Band(ScoreBand? band) => band is { } b ? $"{Display.Score(b.Low)}–{Display.Score(b.High)}" : Display.None;

    /// <summary>
    /// The stage of a score as printed: none without a score; the rule's reason where the stage is withheld; the stage
    /// where it holds in at least 80 % of the resamples (or where there is no band to test it by); otherwise the stages
    /// the band spans, "maturing or thriving".
    /// </summary>
    /// <param name="score">The score.</param>
    /// <param name="stage">Its stage, as the card gives it (null where the coverage rule withholds it).</param>
    /// <param name="band">Its partner band, if any.</param>
    /// <param name="withheld">Why the stage is withheld, such as "no stage: under half rated".</param>
    public static StageReading Stage(double? score, Stage? stage, ScoreBand? band, string withheld)
    {
        if (score is null)
        {
            return new(null, "no score");
        }

        if (stage is not { } named)
        {
            return new(null, withheld);
        }

        if (band is not { StageHeld: false } unheld)
        {
            return new(named, Display.Stage(named));
        }

        var spanned = unheld.Spanned();
        return new(null, spanned.Count <= 2
            ? string.Join(" or ", spanned.Select(s => Display.Stage(s)))
            : $"{Display.Stage(spanned[0])} to {Display.Stage(spanned[^1])}");
    }

    /// <summary>Why a domain has no stage: fewer than half its applicable items rated.</summary>
    public const string DomainWithheld = "no stage: under half rated";

    /// <summary>Why a theme or the overall score has no stage: a domain under it has none.</summary>
    public const string MeanWithheld = "no stage: a domain has none";

    /// <summary>What the partner bands are and what they are not, in a sentence or three for the report.</summary>
    public static string Explain(Bands bands)
    {
        var partners = bands.PartnersResampled;
        if (bands.Method == BandMethod.TooFewPartners)
        {
            return partners <= 1
                ? "With one partner's ratings there is no telling how much a score depends on who rated: no band is given."
                : $"With {partners} partners there are too few to tell how much a score depends on who rated: no band is given, and a stage is as the score falls.";
        }

        var how = bands.Method == BandMethod.Exact
            ? $"for every way of drawing {partners} partners from the {partners} with replacement ({bands.Resamples.ToString("N0", CultureInfo.InvariantCulture)} multisets, each weighted by its probability)"
            : $"for {bands.Resamples.ToString("N0", CultureInfo.InvariantCulture)} random draws of {partners} partners from the {partners} with replacement (from the fixed seed {bands.Seed?.ToString(CultureInfo.InvariantCulture)}, so the band is the same every time)";
        var weak = partners <= 5 ? $" With {partners} partners no partner-level test reaches p < .05." : string.Empty;
        return $"Each band is the 2.5 % to 97.5 % range of the score computed again {how}: how far the score moves with whose views were sought. It is a noise band, not a confidence interval.{weak} A stage is named only where it holds in at least 80 % of those resamples; otherwise the stages the band spans.";
    }

    /// <summary>Alpha read in plain words, only where its band lies in one range; otherwise why not, with the numbers.</summary>
    public static string Alpha(AlphaBand alpha) => alpha.Reading switch
    {
        AlphaReading.NoPairs => "no item has levels from two partners: no agreement to measure",
        AlphaReading.FullAgreement => "full agreement: every level given is the same",
        AlphaReading.TooFewItems => $"not enough to tell yet: alpha {Display.Alpha(alpha.Alpha)} rests on {Items(alpha.Items)} with two partners' levels, and over one item alpha is 0 whenever the levels differ",
        AlphaReading.BarelyDiffer => $"not enough to tell yet: alpha {Display.Alpha(alpha.Alpha)}, but the levels differ on one item only",
        AlphaReading.NotEnoughToTell => $"not enough to tell yet (alpha {Display.Alpha(alpha.Alpha)}, could be {AlphaRange(alpha)})",
        AlphaReading.Alike => $"the partners read it alike (alpha {Display.Alpha(alpha.Alpha)}, {AlphaRange(alpha)})",
        AlphaReading.BroadlyAlike => $"broadly alike, conclusions tentative (alpha {Display.Alpha(alpha.Alpha)}, {AlphaRange(alpha)})",
        _ => $"they read it differently: agree what the items mean first (alpha {Display.Alpha(alpha.Alpha)}, {AlphaRange(alpha)})",
    };

    /// <summary>How alpha is read, before a table of alphas.</summary>
    public const string AlphaRule = "Krippendorff's alpha over the partners' levels, with its band (alpha ± 1.96 standard errors from leaving out one item at a time), read in words only where the whole band lies in one range: 0.8 or more, alike; 0.667 to 0.8, broadly alike, conclusions tentative; below 0.667, read differently. Otherwise: not enough to tell yet.";

    /// <summary>An alpha band: "0.19 to 0.98"; "-0.23 to 0.666" where two decimals would cross a threshold.</summary>
    public static string AlphaRange(AlphaBand alpha) => $"{Display.AlphaBound(alpha.Low)} to {Display.AlphaBound(alpha.High)}";

    /// <summary>A partner's coverage: "Council 74 of 86".</summary>
    public static string Coverage(string name, PartnerCoverage partner)
        => $"{name} {partner.Rated.ToString(CultureInfo.InvariantCulture)} of {partner.Applicable.ToString(CultureInfo.InvariantCulture)}";

    private static string Items(int count) => count == 1 ? "1 item" : $"{count.ToString(CultureInfo.InvariantCulture)} items";
}
