namespace IntegrationFramework.Problems;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input cannot be used as it is: an assessment with an error is not scored.</summary>
    Error = 1,

    /// <summary>The input can be used, but something in it was ignored or looks wrong.</summary>
    Warning = 2,
}
