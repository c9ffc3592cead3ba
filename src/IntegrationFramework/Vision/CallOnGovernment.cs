using IntegrationFramework.Sources;

namespace IntegrationFramework.Vision;

/// <summary>One of the eleven things the LGA position paper calls on the Government to do.</summary>
/// <param name="Id">A stable identifier, <c>CALL.1</c> to <c>CALL.11</c>, in the paper's order.</param>
/// <param name="Text">The call, as settled by <c>docs/framework/lga-position-paper.md</c>.</param>
/// <param name="Source">Where the paper makes it.</param>
public sealed record CallOnGovernment(string Id, string Text, SourceReference Source);
