using IntegrationFramework.Sources;

namespace IntegrationFramework.Geography;

/// <summary>
/// A function, service or decision the 2018 report places at a level of place-based working, such as
/// multidisciplinary teams at neighbourhood level or strategic commissioning at system level.
/// </summary>
/// <param name="Id">A stable, lower-case identifier, such as <c>multidisciplinary-teams</c>.</param>
/// <param name="Name">The function's name.</param>
/// <param name="Level">The level at which the report places the function; running it at a wider level works against subsidiarity.</param>
/// <param name="MinimumLevel">
/// The narrowest level with the scale and population cover the function needs, where the report says it needs one
/// (ambulance and specialised services: system level or wider); otherwise <see langword="null"/>.
/// </param>
/// <param name="Description">What the report says of the function, in its words.</param>
/// <param name="Source">Where the report says it.</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "The report's own word for what is placed at a level; the clash is with a keyword of Visual Basic, which this library does not target.")]
public sealed record Function(string Id, string Name, Level Level, Level? MinimumLevel, string Description, SourceReference Source);
