using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Assessments;

/// <summary>
/// One action of the partners' improvement plan: the checklist item it addresses, what is to be done, who owns it, when
/// it is due and where it stands, with an optional note.
/// </summary>
/// <remarks>
/// The Data Security and Protection Toolkit asks for an improvement plan with an owner for each outcome not met; an
/// assessment's actions are that plan, kept in its file (<c>actions</c>) so that next year's review can say what became
/// of each. An action does not change any score.
/// </remarks>
public sealed record PlannedAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="itemId">The checklist item it addresses, such as <c>GOV.3</c>.</param>
    /// <param name="action">What is to be done, in the partners' words.</param>
    /// <param name="owner">Who owns it: an assessor's id, or a person's or a body's name.</param>
    /// <param name="due">When it is due.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="note">A note, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="itemId"/>, <paramref name="action"/> or <paramref name="owner"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a member of <see cref="ActionStatus"/>.</exception>
    public PlannedAction(string itemId, string action, string owner, LocalDate due, ActionStatus status = ActionStatus.Open, string? note = null)
    {
        ItemId = itemId;
        Action = action;
        Owner = owner;
        Due = due;
        Status = status;
        Note = note;
    }

    /// <summary>The checklist item it addresses.</summary>
    public string ItemId { get; init => field = Preconditions.NotBlank(value, nameof(ItemId)); }

    /// <summary>What is to be done.</summary>
    public string Action { get; init => field = Preconditions.NotBlank(value, nameof(Action)); }

    /// <summary>Who owns it: an assessor's id, or a name.</summary>
    public string Owner { get; init => field = Preconditions.NotBlank(value, nameof(Owner)); }

    /// <summary>When it is due.</summary>
    public LocalDate Due { get; init; }

    /// <summary>Where it stands.</summary>
    public ActionStatus Status
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Status), value, "An action is open, done or dropped.");
    }

    /// <summary>A note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the action is open and its due date is before <paramref name="today"/>.</summary>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdue(LocalDate today) => Status == ActionStatus.Open && Due < today;
}
