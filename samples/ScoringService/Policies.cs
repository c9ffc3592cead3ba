using IntegrationFramework.Scoring;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>The scoring policy <c>?policy=</c> names.</summary>
internal static class Policies
{
    /// <summary>The named policy, <see cref="ScoringPolicy.Standard"/> when none is named; null for an unknown name.</summary>
    public static ScoringPolicy? Find(string? policy) => ScoringPolicy.Find(policy ?? ScoringPolicy.StandardId);

    public static IResult Unknown(string? policy)
        => ProblemResults.Status(StatusCodes.Status400BadRequest, "Unknown policy", $"'{policy}' is not a scoring policy; use one of {string.Join(", ", ScoringPolicy.Named.Select(p => p.Id))}.");
}
