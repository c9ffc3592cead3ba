using System.Text.Json.Serialization;

namespace IntegrationFramework.Serialization.Documents;

// The shape of a score card file, exactly as DESIGN.md gives it; unknown properties land in Unknown and are reported
// as warnings.

/// <summary>A score card file.</summary>
internal sealed class ScoreCardDocument
{
    public string? Framework { get; set; }

    public string? Policy { get; set; }

    public FootprintDocument? Footprint { get; set; }

    public object? AssessedOn { get; set; }

    public OverallDocument? Overall { get; set; }

    public List<ThemeDocument?>? Themes { get; set; }

    public List<DomainDocument?>? Domains { get; set; }

    public List<ItemDocument?>? Items { get; set; }

    /// <summary>How the bands were made; present on a card with bands, which the rest of the band fields then complete.</summary>
    public BandsDocument? Bands { get; set; }

    /// <summary>Each partner's coverage; on a card with bands.</summary>
    public List<PartnerDocument?>? Partners { get; set; }

    /// <summary>The whole checklist's alpha with its band; on a card with bands.</summary>
    public AlphaDocument? ChecklistAlpha { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>How a card's partner bands were made.</summary>
internal sealed class BandsDocument
{
    /// <summary>tooFewPartners, exact or seededDraws.</summary>
    public string? Method { get; set; }

    public int? Resamples { get; set; }

    public int? Seed { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A low and a high value: a partner band, an alpha band or an uncertain item's range.</summary>
internal sealed class RangeDocument
{
    public double? Low { get; set; }

    public double? High { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>An alpha with its band and its reading.</summary>
internal sealed class AlphaDocument
{
    public double? Alpha { get; set; }

    public RangeDocument? Band { get; set; }

    public int? Items { get; set; }

    public string? Reading { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>One partner's coverage.</summary>
internal sealed class PartnerDocument
{
    public string? Id { get; set; }

    public int? Rated { get; set; }

    public int? Applicable { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>The overall score of a score card file.</summary>
internal sealed class OverallDocument
{
    public double? Score { get; set; }

    public string? Stage { get; set; }

    public double? Coverage { get; set; }

    public double? TargetScore { get; set; }

    public RangeDocument? Band { get; set; }

    public double? StageProbability { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A theme of a score card file.</summary>
internal sealed class ThemeDocument
{
    public string? Code { get; set; }

    public double? Score { get; set; }

    public string? Stage { get; set; }

    public double? TargetScore { get; set; }

    public RangeDocument? Band { get; set; }

    public double? StageProbability { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A domain of a score card file.</summary>
internal sealed class DomainDocument
{
    public string? Code { get; set; }

    public string? Theme { get; set; }

    public bool? Excluded { get; set; }

    public double? Score { get; set; }

    public double? Coverage { get; set; }

    public string? Stage { get; set; }

    public double? Alpha { get; set; }

    public double? TargetScore { get; set; }

    public int? RatedItems { get; set; }

    public int? ApplicableItems { get; set; }

    public RangeDocument? Band { get; set; }

    public double? StageProbability { get; set; }

    public RangeDocument? AlphaBand { get; set; }

    public string? AlphaReading { get; set; }

    public int? AlphaItems { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>An item of a score card file.</summary>
internal sealed class ItemDocument
{
    public string? Id { get; set; }

    public string? Status { get; set; }

    /// <summary>The partners' median level, such as <c>inPlace</c> or <c>planned-underDevelopment</c>.</summary>
    public string? Consensus { get; set; }

    public double? Points { get; set; }

    public string? Agreement { get; set; }

    /// <summary>Whether the item is uncertain; given for items with levels.</summary>
    public bool? Uncertain { get; set; }

    /// <summary>The lowest level a partner gave; given for items with levels.</summary>
    public string? LowestLevel { get; set; }

    /// <summary>The highest level a partner gave; given for items with levels.</summary>
    public string? HighestLevel { get; set; }

    public int? Ratings { get; set; }

    public int? NotApplicableRatings { get; set; }

    public string? Target { get; set; }

    /// <summary>How many ratings carry a target; given with a target.</summary>
    public int? TargetSetters { get; set; }

    public double? Gap { get; set; }

    /// <summary>True where the consensus meeting agreed the consensus; left out otherwise.</summary>
    public bool? AgreedByMeeting { get; set; }

    /// <summary>The rule's median beside an agreed consensus; left out where nothing was agreed.</summary>
    public string? Median { get; set; }

    /// <summary>An uncertain item's domain score with it at its lowest and highest level; on a card with bands.</summary>
    public RangeDocument? DomainRange { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}
