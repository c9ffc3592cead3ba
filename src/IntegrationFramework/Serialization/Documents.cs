using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

#pragma warning disable CA2227, CA1002 // The file shapes are plain, settable data for the serializer.

namespace IntegrationFramework.Serialization;

// The shapes of the two file formats, exactly as DESIGN.md gives them. Enumerations are strings here, so that the
// mapping to the domain types can name a bad value and list the allowed ones; unknown properties land in Unknown and
// are reported as warnings.

/// <summary>An assessment file (schemaVersion 1).</summary>
internal sealed class AssessmentDocument
{
    public int? SchemaVersion { get; set; }

    public string? Framework { get; set; }

    public FootprintDocument? Footprint { get; set; }

    public LocalDate? AssessedOn { get; set; }

    public List<AssessorDocument?>? Assessors { get; set; }

    public ScopeDocument? Scope { get; set; }

    public List<RatingDocument?>? Ratings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A footprint, in both formats.</summary>
internal sealed class FootprintDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Level { get; set; }

    public long? Population { get; set; }

    public string? ParentCode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>An assessor of an assessment file.</summary>
internal sealed class AssessorDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Partner { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The scope of an assessment file.</summary>
internal sealed class ScopeDocument
{
    public List<string?>? ExcludedDomains { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A rating of an assessment file.</summary>
internal sealed class RatingDocument
{
    public string? Item { get; set; }

    public string? Assessor { get; set; }

    public string? Progress { get; set; }

    public string? Target { get; set; }

    public string? Evidence { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A score card file.</summary>
internal sealed class ScoreCardDocument
{
    public string? Framework { get; set; }

    public string? Policy { get; set; }

    public FootprintDocument? Footprint { get; set; }

    public LocalDate? AssessedOn { get; set; }

    public OverallDocument? Overall { get; set; }

    public List<ThemeDocument?>? Themes { get; set; }

    public List<DomainDocument?>? Domains { get; set; }

    public List<ItemDocument?>? Items { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The overall score of a score card file.</summary>
internal sealed class OverallDocument
{
    public double? Score { get; set; }

    public string? Stage { get; set; }

    public double? Coverage { get; set; }

    public double? TargetScore { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A theme of a score card file.</summary>
internal sealed class ThemeDocument
{
    public string? Code { get; set; }

    public double? Score { get; set; }

    public string? Stage { get; set; }

    public double? TargetScore { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
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

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>An item of a score card file.</summary>
internal sealed class ItemDocument
{
    public string? Id { get; set; }

    public string? Status { get; set; }

    public string? Consensus { get; set; }

    public double? Points { get; set; }

    public string? Agreement { get; set; }

    public int? Ratings { get; set; }

    public int? NotApplicableRatings { get; set; }

    public string? Target { get; set; }

    public int? Gap { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>A comparison file (written only).</summary>
internal sealed class TrendDocument
{
    public string? Framework { get; set; }

    public string? Policy { get; set; }

    public FootprintDocument? Footprint { get; set; }

    public LocalDate? Earlier { get; set; }

    public LocalDate? Later { get; set; }

    public string? Period { get; set; }

    public double? Years { get; set; }

    public ChangeDocument? Overall { get; set; }

    public List<ChangeDocument>? Themes { get; set; }

    public List<ChangeDocument>? Domains { get; set; }

    public List<ChangeDocument>? Items { get; set; }
}

/// <summary>One change of a comparison file.</summary>
internal sealed class ChangeDocument
{
    public string? Code { get; set; }

    public double? Earlier { get; set; }

    public double? Later { get; set; }

    public double? Change { get; set; }

    public double? PerYear { get; set; }
}
