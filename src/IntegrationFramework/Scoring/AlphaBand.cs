namespace IntegrationFramework.Scoring;

/// <summary>
/// Krippendorff's alpha of a domain (or of the whole checklist) with its band from the delete-one-item jackknife, and
/// what the two let a report say (<see cref="Reading"/>).
/// </summary>
/// <remarks>
/// <para>
/// Over the n items with levels from two partners or more, α₋ᵢ is alpha without item i and ᾱ their mean; SE² =
/// (n − 1)/n · Σ(α₋ᵢ − ᾱ)², and the band is alpha ± 1.96 SE with its top clipped at 1. There is no band when alpha or
/// any α₋ᵢ is undefined, and a leave-one-out alpha over a single item counts as undefined: alpha over one item is 0
/// whenever its levels differ, however close, so it measures nothing. So a band needs three items or more.
/// </para>
/// <para>
/// The words (alike at 0.8 or more, broadly alike from 0.667, differently below) are given only when the whole band lies
/// in one range (Krippendorff's thresholds). Made by <see cref="Bands.Of"/> and the score card reader only.
/// </para>
/// </remarks>
public readonly record struct AlphaBand
{
    /// <summary>Alpha at or above which the partners read it alike.</summary>
    public const double Alike = 0.8;

    /// <summary>Alpha at or above which the partners read it broadly alike.</summary>
    public const double BroadlyAlike = 0.667;

    /// <summary>Creates a band from values its maker has worked out.</summary>
    internal AlphaBand(double? alpha, double? low, double? high, int items, AlphaReading reading)
    {
        Alpha = alpha;
        Low = low;
        High = high;
        Items = items;
        Reading = reading;
    }

    /// <summary>Krippendorff's alpha (ordinal); <see langword="null"/> where it is undefined.</summary>
    public double? Alpha { get; }

    /// <summary>The bottom of the jackknife band; <see langword="null"/> without a band.</summary>
    public double? Low { get; }

    /// <summary>The top of the jackknife band, at most 1; <see langword="null"/> without a band.</summary>
    public double? High { get; }

    /// <summary>How many items have levels from two partners or more: alpha's units.</summary>
    public int Items { get; }

    /// <summary>What the alpha and its band let a report say.</summary>
    public AlphaReading Reading { get; }

    /// <summary>The reading of a band from its values: the range the whole band lies in, or not enough to tell.</summary>
    internal static AlphaReading ReadingOf(double low, double high)
        => low >= Alike ? AlphaReading.Alike
            : low >= BroadlyAlike && high < Alike ? AlphaReading.BroadlyAlike
            : high < BroadlyAlike ? AlphaReading.Differently
            : AlphaReading.NotEnoughToTell;
}
