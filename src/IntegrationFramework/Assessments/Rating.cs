using IntegrationFramework.Guards;

namespace IntegrationFramework.Assessments;

/// <summary>
/// One assessor's view of one checklist item: the progress they see, optionally the progress they aim for, and
/// optionally the evidence behind it.
/// </summary>
public sealed record Rating
{
    /// <summary>Creates a rating.</summary>
    /// <param name="itemId">The checklist item rated, such as <c>PCC.4</c>.</param>
    /// <param name="assessorId">The <see cref="Assessor.Id"/> of the assessor who rates it.</param>
    /// <param name="progress">The progress the assessor sees, or <see cref="Progress.NotApplicable"/>.</param>
    /// <param name="target">The level the assessor aims for, if any; a level, never <see cref="Progress.NotApplicable"/>.</param>
    /// <param name="evidence">What the rating rests on, in the assessor's words, if given.</param>
    /// <exception cref="ArgumentException"><paramref name="itemId"/>, <paramref name="assessorId"/> or <paramref name="evidence"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> or <paramref name="target"/> is out of range.</exception>
    public Rating(string itemId, string assessorId, Progress progress, Progress? target = null, string? evidence = null)
    {
        ItemId = itemId;
        AssessorId = assessorId;
        Progress = progress;
        Target = target;
        Evidence = evidence;
    }

    /// <summary>The checklist item rated, such as <c>PCC.4</c>.</summary>
    public string ItemId { get; init => field = Preconditions.NotBlank(value, nameof(ItemId)); }

    /// <summary>The <see cref="Assessor.Id"/> of the assessor who gives the rating.</summary>
    public string AssessorId { get; init => field = Preconditions.NotBlank(value, nameof(AssessorId)); }

    /// <summary>The progress the assessor sees, or <see cref="Progress.NotApplicable"/>.</summary>
    public Progress Progress { get; init => field = Preconditions.Defined(value, nameof(Progress)); }

    /// <summary>
    /// The level the assessor aims for, if any. It is a level (never <see cref="Progress.NotApplicable"/>), and an
    /// assessment reports a problem when it is below <see cref="Progress"/>.
    /// </summary>
    public Progress? Target { get; init => field = ProgressExtensions.NullOrLevel(value, nameof(Target)); }

    /// <summary>What the rating rests on, in the assessor's words; <see langword="null"/> when none is given.</summary>
    public string? Evidence { get; init => field = Preconditions.NullOrNotBlank(value, nameof(Evidence)); }
}
