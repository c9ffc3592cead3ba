using System.Collections.Immutable;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Assessments;

/// <summary>
/// Builds an <see cref="Assessment"/> step by step in application code. The builder is immutable: every method
/// returns a new builder and leaves the one it was called on unchanged, so a half-built assessment can be shared,
/// branched and reused safely.
/// </summary>
/// <example>
/// <code>
/// Assessment assessment = AssessmentBuilder
///     .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2018, 10, 1))
///     .WithAssessor("council", "Croydon Council", PartnerKind.Council)
///     .WithAssessor("ccg", "Croydon CCG", PartnerKind.ClinicalCommissioningGroup)
///     .Rate("TRA.1", "council", Progress.InPlace, target: Progress.Embedded)
///     .Rate("TRA.1", "ccg", Progress.UnderDevelopment)
///     .Build();
/// </code>
/// </example>
public sealed class AssessmentBuilder
{
    private readonly Framework framework;
    private readonly Footprint footprint;
    private readonly LocalDate assessedOn;
    private readonly ImmutableList<Assessor> assessors;
    private readonly ImmutableList<Rating> ratings;
    private readonly ImmutableList<string> excludedDomains;
    private readonly ImmutableList<AgreedRating> agreedRatings;
    private readonly ImmutableList<PlannedAction> actions;

    private AssessmentBuilder(
        Framework framework,
        Footprint footprint,
        LocalDate assessedOn,
        ImmutableList<Assessor> assessors,
        ImmutableList<Rating> ratings,
        ImmutableList<string> excludedDomains,
        ImmutableList<AgreedRating> agreedRatings,
        ImmutableList<PlannedAction> actions)
    {
        this.framework = framework;
        this.footprint = footprint;
        this.assessedOn = assessedOn;
        this.assessors = assessors;
        this.ratings = ratings;
        this.excludedDomains = excludedDomains;
        this.agreedRatings = agreedRatings;
        this.actions = actions;
    }

    /// <summary>Starts an assessment of <paramref name="footprint"/> against <paramref name="framework"/>, with no assessors or ratings.</summary>
    /// <param name="framework">The framework to assess against.</param>
    /// <param name="footprint">The footprint assessed.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> or <paramref name="footprint"/> is null.</exception>
    public static AssessmentBuilder For(Framework framework, Footprint footprint, LocalDate assessedOn)
        => new(Preconditions.NotNull(framework), Preconditions.NotNull(footprint), assessedOn, [], [], [], [], []);

    /// <summary>Starts from an existing assessment, to change it.</summary>
    /// <param name="assessment">The assessment to start from.</param>
    /// <returns>A builder holding the assessment's data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static AssessmentBuilder From(Assessment assessment)
    {
        Preconditions.NotNull(assessment);
        return new(
            assessment.Framework,
            assessment.Footprint,
            assessment.AssessedOn,
            [.. assessment.Assessors],
            [.. assessment.Ratings],
            [.. assessment.ExcludedDomains],
            [.. assessment.AgreedRatings],
            [.. assessment.Actions]);
    }

    /// <summary>Adds an assessor, or replaces the assessor with the same id.</summary>
    /// <param name="id">A short identifier, unique within the assessment.</param>
    /// <param name="name">A name a person recognises.</param>
    /// <param name="partner">The kind of partner the assessor speaks for.</param>
    /// <returns>A new builder with the assessor.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partner"/> is not a member of <see cref="PartnerKind"/>.</exception>
    public AssessmentBuilder WithAssessor(string id, string name, PartnerKind partner) => WithAssessor(new Assessor(id, name, partner));

    /// <summary>Adds an assessor, or replaces the assessor with the same id.</summary>
    /// <param name="assessor">The assessor.</param>
    /// <returns>A new builder with the assessor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessor"/> is null.</exception>
    public AssessmentBuilder WithAssessor(Assessor assessor)
    {
        Preconditions.NotNull(assessor);
        var index = assessors.FindIndex(a => a.Id == assessor.Id);
        return With(assessors: index < 0 ? assessors.Add(assessor) : assessors.SetItem(index, assessor));
    }

    /// <summary>
    /// Records an assessor's rating of an item, replacing any rating the same assessor gave the same item.
    /// </summary>
    /// <param name="itemId">The checklist item, such as <c>PCC.4</c>.</param>
    /// <param name="assessorId">The id of an assessor of this assessment.</param>
    /// <param name="progress">The progress the assessor sees, or <see cref="Progress.NotApplicable"/>.</param>
    /// <param name="target">The level the assessor aims for, if any.</param>
    /// <param name="evidence">What the rating rests on, if given.</param>
    /// <returns>A new builder with the rating.</returns>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> or <paramref name="target"/> is out of range.</exception>
    public AssessmentBuilder Rate(string itemId, string assessorId, Progress progress, Progress? target = null, string? evidence = null)
        => WithRating(new Rating(itemId, assessorId, progress, target, evidence));

    /// <summary>Records a rating, replacing any rating the same assessor gave the same item.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>A new builder with the rating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rating"/> is null.</exception>
    public AssessmentBuilder WithRating(Rating rating)
    {
        Preconditions.NotNull(rating);
        var index = ratings.FindIndex(r => r.ItemId == rating.ItemId && r.AssessorId == rating.AssessorId);
        return With(ratings: index < 0 ? ratings.Add(rating) : ratings.SetItem(index, rating));
    }

    /// <summary>Removes an assessor's rating of an item, if there is one, leaving the item unrated by that assessor.</summary>
    /// <param name="itemId">The checklist item.</param>
    /// <param name="assessorId">The assessor's id.</param>
    /// <returns>A new builder without the rating.</returns>
    public AssessmentBuilder WithoutRating(string itemId, string assessorId)
        => With(ratings: ratings.RemoveAll(r => r.ItemId == itemId && r.AssessorId == assessorId));

    /// <summary>
    /// Records what the consensus meeting agreed for an item, replacing anything agreed for it before. The item's
    /// consensus becomes <paramref name="progress"/>, and its target <paramref name="target"/> when given.
    /// </summary>
    /// <param name="itemId">The checklist item, such as <c>PCC.4</c>; some partner must have rated it.</param>
    /// <param name="progress">The agreed level.</param>
    /// <param name="rationale">Why the meeting agreed it.</param>
    /// <param name="agreedOn">The date of the meeting, on or after the assessment's.</param>
    /// <param name="agreedBy">Who agreed it.</param>
    /// <param name="target">The agreed target, if any.</param>
    /// <returns>A new builder with the agreed rating.</returns>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> or <paramref name="target"/> is not a level.</exception>
    public AssessmentBuilder Agree(string itemId, Progress progress, string rationale, LocalDate agreedOn, string agreedBy, Progress? target = null)
        => WithAgreedRating(new AgreedRating(itemId, progress, rationale, agreedOn, agreedBy, target));

    /// <summary>Records an agreed rating, replacing anything agreed for the same item before.</summary>
    /// <param name="agreed">The agreed rating.</param>
    /// <returns>A new builder with the agreed rating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreed"/> is null.</exception>
    public AssessmentBuilder WithAgreedRating(AgreedRating agreed)
    {
        Preconditions.NotNull(agreed);
        var index = agreedRatings.FindIndex(a => a.ItemId == agreed.ItemId);
        return With(agreedRatings: index < 0 ? agreedRatings.Add(agreed) : agreedRatings.SetItem(index, agreed));
    }

    /// <summary>Adds an action to the partners' plan, after those already there.</summary>
    /// <param name="action">The action.</param>
    /// <returns>A new builder with the action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public AssessmentBuilder WithAction(PlannedAction action) => With(actions: actions.Add(Preconditions.NotNull(action)));

    /// <summary>Leaves a domain out of scope: its ratings are kept but not scored.</summary>
    /// <param name="domainCode">The domain's code, such as <c>INF</c>.</param>
    /// <returns>A new builder with the domain excluded; the same when it is already excluded.</returns>
    /// <exception cref="ArgumentException"><paramref name="domainCode"/> is blank.</exception>
    public AssessmentBuilder Excluding(string domainCode)
    {
        Preconditions.NotBlank(domainCode);
        return excludedDomains.Contains(domainCode) ? this : With(excludedDomains: excludedDomains.Add(domainCode));
    }

    /// <summary>Changes the footprint assessed.</summary>
    /// <param name="footprint">The footprint.</param>
    /// <returns>A new builder with the footprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="footprint"/> is null.</exception>
    public AssessmentBuilder WithFootprint(Footprint footprint) => new(framework, Preconditions.NotNull(footprint), assessedOn, assessors, ratings, excludedDomains, agreedRatings, actions);

    /// <summary>Changes the date of the assessment.</summary>
    /// <param name="date">The new date.</param>
    /// <returns>A new builder with the date.</returns>
    public AssessmentBuilder AssessedOn(LocalDate date) => new(framework, footprint, date, assessors, ratings, excludedDomains, agreedRatings, actions);

    /// <summary>Creates the assessment, which checks itself against its framework (see <see cref="Assessment.Validate"/>).</summary>
    /// <returns>The assessment.</returns>
    public Assessment Build()
        => new(framework, footprint, assessedOn, new EquatableArray<Assessor>([.. assessors]), new EquatableArray<Rating>([.. ratings]), new EquatableArray<string>([.. excludedDomains]), new EquatableArray<AgreedRating>([.. agreedRatings]), new EquatableArray<PlannedAction>([.. actions]));

    private AssessmentBuilder With(
        ImmutableList<Assessor>? assessors = null,
        ImmutableList<Rating>? ratings = null,
        ImmutableList<string>? excludedDomains = null,
        ImmutableList<AgreedRating>? agreedRatings = null,
        ImmutableList<PlannedAction>? actions = null)
        => new(framework, footprint, assessedOn, assessors ?? this.assessors, ratings ?? this.ratings, excludedDomains ?? this.excludedDomains, agreedRatings ?? this.agreedRatings, actions ?? this.actions);
}
