namespace IntegrationFramework.Assessments;

/// <summary>Where an action of the plan stands.</summary>
public enum ActionStatus
{
    /// <summary>Agreed and not yet done.</summary>
    Open = 0,

    /// <summary>Done.</summary>
    Done = 1,

    /// <summary>Dropped: the partners decided not to do it.</summary>
    Dropped = 2,
}
