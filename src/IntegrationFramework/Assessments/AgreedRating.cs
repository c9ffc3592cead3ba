using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Assessments;

/// <summary>
/// What the consensus meeting agreed for one checklist item, after the partners' individual ratings: the agreed level,
/// optionally an agreed target, why, when and who agreed it. Where an item has one, it is the item's consensus; the
/// rule's median of the individual levels is kept beside it, and agreement and alpha still come from the
/// individual ratings.
/// </summary>
/// <remarks>
/// This is the last step of SCIROCCO's practice of self-assessment — individual ratings, then a consensus workshop that
/// agrees a rating per item. An assessment with agreed ratings is written as <c>schemaVersion</c> 2 of the assessment
/// file, so a reader of version 1 refuses it rather than scoring it differently.
/// </remarks>
public sealed record AgreedRating
{
    /// <summary>Creates an agreed rating.</summary>
    /// <param name="itemId">The checklist item agreed, such as <c>PCC.4</c>.</param>
    /// <param name="progress">The level the meeting agreed: a level, from <see cref="Progress.NotStarted"/> to <see cref="Progress.Embedded"/>.</param>
    /// <param name="rationale">Why the meeting agreed it, in its own words.</param>
    /// <param name="agreedOn">The date of the meeting.</param>
    /// <param name="agreedBy">Who agreed it: the meeting or the partners present, such as "Croydon consensus workshop".</param>
    /// <param name="target">The level the meeting agreed to aim for, if any; at least <paramref name="progress"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="itemId"/>, <paramref name="rationale"/> or <paramref name="agreedBy"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> or <paramref name="target"/> is not a level.</exception>
    public AgreedRating(string itemId, Progress progress, string rationale, LocalDate agreedOn, string agreedBy, Progress? target = null)
    {
        ItemId = itemId;
        Progress = progress;
        Rationale = rationale;
        AgreedOn = agreedOn;
        AgreedBy = agreedBy;
        Target = target;
    }

    /// <summary>The checklist item agreed, such as <c>PCC.4</c>.</summary>
    public string ItemId { get; init => field = Preconditions.NotBlank(value, nameof(ItemId)); }

    /// <summary>The level the meeting agreed; never <see cref="Progress.NotApplicable"/>.</summary>
    public Progress Progress
    {
        get;
        init => field = value.IsLevel()
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Progress), value, $"An agreed rating's progress must be a level, from NotStarted to Embedded; it was {value}.");
    }

    /// <summary>Why the meeting agreed it.</summary>
    public string Rationale { get; init => field = Preconditions.NotBlank(value, nameof(Rationale)); }

    /// <summary>The date of the meeting.</summary>
    public LocalDate AgreedOn { get; init; }

    /// <summary>Who agreed it: the meeting, or the partners present.</summary>
    public string AgreedBy { get; init => field = Preconditions.NotBlank(value, nameof(AgreedBy)); }

    /// <summary>
    /// The level the meeting agreed to aim for, if any: a level, and an assessment reports a problem when it is below
    /// <see cref="Progress"/>. Where present it is the item's target; otherwise the target comes from the individual
    /// ratings, as without an agreed rating.
    /// </summary>
    public Progress? Target { get; init => field = ProgressExtensions.NullOrLevel(value, nameof(Target)); }
}
