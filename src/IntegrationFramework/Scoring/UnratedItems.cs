namespace IntegrationFramework.Scoring;

/// <summary>How a scoring policy treats an applicable item nobody rated.</summary>
public enum UnratedItems
{
    /// <summary>Unrated items are missing: they leave the scores, and lower coverage. The standard rule.</summary>
    Missing = 1,

    /// <summary>Unrated items count as <c>notStarted</c> (0 points); they still lower coverage.</summary>
    NotStarted = 2,
}
