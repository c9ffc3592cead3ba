namespace IntegrationFramework.Scoring;

/// <summary>
/// What an alpha and its band let a report say about how alike the partners read a domain (or the whole checklist):
/// words only where the whole band lies in one of Krippendorff's ranges, and otherwise why not.
/// </summary>
public enum AlphaReading
{
    /// <summary>No item has levels from two partners: there is no agreement to measure.</summary>
    NoPairs = 0,

    /// <summary>Every level given is the same: full agreement (alpha is undefined, as nothing varies).</summary>
    FullAgreement = 1,

    /// <summary>
    /// Fewer than three items have levels from two partners: alpha over one item is 0 whenever its levels differ, so
    /// there is no band and no reading.
    /// </summary>
    TooFewItems = 2,

    /// <summary>The levels vary on one item only, so leaving it out leaves nothing to measure: no band and no reading.</summary>
    BarelyDiffer = 3,

    /// <summary>The band spans more than one of the ranges: not enough to tell yet.</summary>
    NotEnoughToTell = 4,

    /// <summary>The whole band is at or above 0.8: the partners read it alike.</summary>
    Alike = 5,

    /// <summary>The whole band is from 0.667 to below 0.8: broadly alike, conclusions tentative.</summary>
    BroadlyAlike = 6,

    /// <summary>The whole band is below 0.667: they read it differently.</summary>
    Differently = 7,
}
