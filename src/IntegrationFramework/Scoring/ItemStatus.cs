namespace IntegrationFramework.Scoring;

/// <summary>Whether and how an item counts in its domain's score.</summary>
public enum ItemStatus
{
    /// <summary>
    /// Nobody rated the item. It is left out of the scores (or counted as not started, when the policy says so), and
    /// it lowers coverage. The status of a <see langword="default"/> <see cref="ItemScore"/>.
    /// </summary>
    Unrated = 0,

    /// <summary>At least one assessor rated the item and it is applicable: it is scored.</summary>
    Rated = 1,

    /// <summary>More than half of the item's ratings say <c>notApplicable</c>: it leaves every score and coverage.</summary>
    NotApplicable = 3,

    /// <summary>The item's domain is out of the assessment's scope: its ratings are kept but not scored.</summary>
    Excluded = 4,
}
