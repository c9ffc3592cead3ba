using NodaTime;

namespace IntegrationFramework.Serialization.Documents;

// The shape of a comparison file (ComparisonJson): written, never read.

/// <summary>A comparison file (written only).</summary>
internal sealed class ComparisonDocument
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

    public double? EarlierCoverage { get; set; }

    public double? LaterCoverage { get; set; }

    public string? EarlierStatus { get; set; }

    public string? LaterStatus { get; set; }
}
