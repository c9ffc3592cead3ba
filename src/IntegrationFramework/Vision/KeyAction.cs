using IntegrationFramework.Collections;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Vision;

/// <summary>
/// One of the key actions the 2018 report asks of national leaders, national membership organisations or local
/// partners to make its vision a reality (section 3).
/// </summary>
/// <param name="Id">
/// A stable identifier: <c>NAT.1</c>–<c>NAT.5</c> for national leaders, <c>MEM.1</c>–<c>MEM.2</c> for national
/// membership organisations, <c>LOC.1</c>–<c>LOC.6</c> for local partners, in the report's order.
/// </param>
/// <param name="Audience">Who the action is addressed to.</param>
/// <param name="Who">Who the report says carries the action out, in its words.</param>
/// <param name="Title">The action's heading, in the report's words.</param>
/// <param name="Text">The report's text for the action; <see langword="null"/> where the action is only a list of points.</param>
/// <param name="Points">The points the report lists under the action, in its words; empty where it lists none.</param>
/// <param name="Source">Where the report states it.</param>
public sealed record KeyAction(
    string Id,
    ActionAudience Audience,
    string Who,
    string Title,
    string? Text,
    EquatableArray<string> Points,
    SourceReference Source);
