using NodaTime;

namespace IntegrationFramework.Serialization.Documents;

// The shape of a comparison file (ComparisonJson): written, never read.

/// <summary>A comparison file (written only).</summary>
internal sealed class ComparisonDocument
{
    public string? Framework { get; set; }

    /// <summary>The earlier review's edition, only when it is another (the later derives from it).</summary>
    public string? EarlierFramework { get; set; }

    public string? Policy { get; set; }

    public FootprintDocument? Footprint { get; set; }

    public LocalDate? Earlier { get; set; }

    public LocalDate? Later { get; set; }

    public string? Period { get; set; }

    public double? Years { get; set; }

    public ChangeBandsDocument? Bands { get; set; }

    public ChangeDocument? Overall { get; set; }

    public List<ChangeDocument>? Themes { get; set; }

    public List<ChangeDocument>? Domains { get; set; }

    public List<ChangeDocument>? Items { get; set; }

    public List<ActionReviewDocument>? Actions { get; set; }

    public List<ActionReviewDocument>? ActionsLeftBehind { get; set; }
}

/// <summary>What became of one action of the earlier review.</summary>
internal sealed class ActionReviewDocument
{
    public string? Item { get; set; }

    public string? Action { get; set; }

    public string? Owner { get; set; }

    public string? Due { get; set; }

    public string? Status { get; set; }

    public string? LaterStatus { get; set; }

    public double? Change { get; set; }

    public double? DomainChange { get; set; }

    public bool? DomainBeyondNoise { get; set; }
}

/// <summary>One change of a comparison file.</summary>
internal sealed class ChangeDocument
{
    public string? Code { get; set; }

    public double? Earlier { get; set; }

    public double? Later { get; set; }

    public double? Change { get; set; }

    public double? PerYear { get; set; }

    public RangeDocument? Band { get; set; }

    public bool? BeyondNoise { get; set; }

    /// <summary>Across editions: the items under the score that are new, and dropped; left out when none.</summary>
    public int? NewItems { get; set; }

    public int? DroppedItems { get; set; }

    /// <summary>Across editions: the earlier item an item continues, where its id differs; left out otherwise.</summary>
    public string? EarlierItem { get; set; }

    public double? EarlierCoverage { get; set; }

    public double? LaterCoverage { get; set; }

    public string? EarlierStatus { get; set; }

    public string? LaterStatus { get; set; }
}

/// <summary>How the bands of a comparison's changes were made.</summary>
internal sealed class ChangeBandsDocument
{
    /// <summary>tooFewPartners, exact or seededDraws.</summary>
    public string? Method { get; set; }

    public int? Resamples { get; set; }

    public int? Seed { get; set; }

    public bool? Paired { get; set; }

    public int? EarlierPartners { get; set; }

    public int? LaterPartners { get; set; }
}
