namespace IntegrationFramework.Vision;

/// <summary>The three levels into which prevention is often categorised.</summary>
public enum PreventionTier
{
    /// <summary>Reducing the risk that people will develop poor health.</summary>
    Primary = 1,

    /// <summary>Targeted interventions for people at risk of developing illness.</summary>
    Secondary,

    /// <summary>Helping people who already have a life-limiting condition.</summary>
    Tertiary,
}
