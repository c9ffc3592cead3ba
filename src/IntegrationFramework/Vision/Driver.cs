using IntegrationFramework.Sources;

namespace IntegrationFramework.Vision;

/// <summary>One of the seven most effective drivers of integration in the LGA position paper.</summary>
/// <param name="Id">A stable identifier, <c>DRV.1</c> to <c>DRV.7</c>, in the paper's order.</param>
/// <param name="Name">The driver's heading, in the paper's words.</param>
/// <param name="Summary">
/// A summary of the paper's text for the driver, as settled by <c>docs/framework/lga-position-paper.md</c>;
/// <see langword="null"/> where the outline gives none.
/// </param>
/// <param name="Source">Where the paper sets it out.</param>
public sealed record Driver(string Id, string Name, string? Summary, SourceReference Source);
