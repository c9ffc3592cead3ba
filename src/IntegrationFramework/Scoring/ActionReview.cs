using IntegrationFramework.Assessments;

namespace IntegrationFramework.Scoring;

/// <summary>
/// What became of one action of the earlier review's plan: the action as the earlier review recorded it, its status in
/// the later review when the later plan lists it again (the same item and action), and how its item and its item's
/// domain moved between the reviews.
/// </summary>
/// <remarks>Made by <see cref="ReviewComparison.Of"/>, one for each action of the earlier review, in its order.</remarks>
public sealed record ActionReview
{
    internal ActionReview(PlannedAction action, ActionStatus? laterStatus, ScoreChange item, ScoreChange domain)
    {
        Action = action;
        LaterStatus = laterStatus;
        Item = item;
        Domain = domain;
    }

    /// <summary>The action, as the earlier review recorded it (its status then included).</summary>
    public PlannedAction Action { get; }

    /// <summary>Its status in the later review, when the later plan lists the same action; <see langword="null"/> otherwise.</summary>
    public ActionStatus? LaterStatus { get; }

    /// <summary>The change in the action's item's points between the reviews.</summary>
    public ScoreChange Item { get; }

    /// <summary>
    /// The change in the item's domain, with its band and whether it is beyond partner disagreement (items have no band
    /// of their own: one item's median moves with one partner).
    /// </summary>
    public ScoreChange Domain { get; }
}
