namespace IntegrationFramework.Scoring;

/// <summary>
/// How closely the assessors of an item agree: the spread between the highest and the lowest level they give
/// (ignoring <c>notApplicable</c>). Files spell the members <c>agreement</c>, <c>partial</c> and <c>split</c>.
/// </summary>
public enum Agreement
{
    /// <summary>A spread of at most one level: the assessors agree ("agreement" in files).</summary>
    Full = 1,

    /// <summary>A spread of two levels: partial agreement.</summary>
    Partial = 2,

    /// <summary>A spread of three or four levels: the assessors are split, and need a consensus discussion.</summary>
    Split = 3,
}
