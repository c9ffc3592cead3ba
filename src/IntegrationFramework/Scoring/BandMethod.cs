namespace IntegrationFramework.Scoring;

/// <summary>How the partner bands of <see cref="Bands"/> were made.</summary>
public enum BandMethod
{
    /// <summary>
    /// Not made: with three partners or fewer there are too few to tell how much a score depends on who rated, and no
    /// band is given.
    /// </summary>
    TooFewPartners = 0,

    /// <summary>Every multiset of the partners, each weighted by its probability: exact, no random numbers (four to eight partners).</summary>
    Exact = 1,

    /// <summary>2,000 multisets drawn from a fixed seed (more than eight partners), so the same assessment always gets the same band.</summary>
    SeededDraws = 2,
}
