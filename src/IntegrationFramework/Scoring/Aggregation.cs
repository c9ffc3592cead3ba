namespace IntegrationFramework.Scoring;

/// <summary>How a scoring policy combines item points into domain scores, domain scores into theme scores, and theme scores into the overall score.</summary>
public enum Aggregation
{
    /// <summary>The weighted mean (weights 1 unless the policy says otherwise). The standard rule.</summary>
    Mean = 1,

    /// <summary>The lowest value: a domain is as strong as its weakest item, a theme as its weakest domain. Weights do not apply.</summary>
    WeakestLink = 2,
}
