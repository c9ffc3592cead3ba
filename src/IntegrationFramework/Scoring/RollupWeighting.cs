namespace IntegrationFramework.Scoring;

/// <summary>
/// How a roll-up weights its children. Weighting a partnership's progress by its residents is a choice, not a fact
/// about the ratings: a neighbourhood of 60,000 people then counts twice one of 30,000, although each partnership's
/// ratings say as much about its own work. Both are offered; population is the default, and then every child must have
/// a population.
/// </summary>
public enum RollupWeighting
{
    /// <summary>Each child counts by its population; a child without one is a problem (<see cref="Problems.ProblemCodes.ChildWithoutPopulation"/>).</summary>
    Population = 0,

    /// <summary>Each child counts the same, whatever its population.</summary>
    Equal = 1,
}
