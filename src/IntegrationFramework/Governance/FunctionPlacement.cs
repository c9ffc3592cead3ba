using IntegrationFramework.Geography;

namespace IntegrationFramework.Governance;

/// <summary>Where an arrangement carries out a function the 2018 report places at a level.</summary>
/// <param name="Function">One of <see cref="ShiftingTheCentreOfGravity.Functions"/>, such as <c>report.Function("multidisciplinary-teams")</c>.</param>
/// <param name="Level">The level at which the arrangement carries it out.</param>
public sealed record FunctionPlacement(Function Function, Level Level);
