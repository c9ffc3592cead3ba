using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using NodaTime;

namespace IntegrationFramework.Assessments;

/// <summary>
/// One review of a footprint against a framework's checklist: who assessed, on what date, and each assessor's rating
/// of each item they rated, with any domains left out of scope.
/// </summary>
/// <remarks>
/// <para>
/// An assessment checks itself against its framework when it is created, and keeps what it finds: an unknown item or
/// assessor, an assessor listed twice, an item rated twice by one assessor, a target below its
/// progress or on a <c>notApplicable</c> rating, an excluded domain that does not exist or is listed twice, and an agreed
/// rating of an unknown item, of an item agreed twice or that no partner rated, with a target below its level, or dated
/// before the assessment.
/// <see cref="Validate(IClock?)"/> returns those problems, and with a clock also checks the date is not in the future.
/// Creating an assessment never throws for these; only null arguments throw.
/// </para>
/// <para>
/// An item nobody rates is <em>unrated</em>, not zero. Ratings of excluded domains are kept but not scored.
/// After the consensus meeting, <see cref="AgreedRatings"/> records what it agreed per item.
/// Build assessments in code with <see cref="AssessmentBuilder"/>. Two assessments are equal when all their
/// properties are equal, with ratings and assessors in the same order.
/// </para>
/// </remarks>
public sealed class Assessment : IEquatable<Assessment>
{
    /// <summary>Creates an assessment and checks it against its framework.</summary>
    /// <param name="framework">The framework assessed against.</param>
    /// <param name="footprint">The footprint assessed.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="assessors">The partners who assess.</param>
    /// <param name="ratings">Their ratings, one per assessor per item at most.</param>
    /// <param name="excludedDomains">The codes of domains left out of scope, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="footprint"/>, an assessor or a rating is null.</exception>
    public Assessment(
        Framework framework,
        Footprint footprint,
        LocalDate assessedOn,
        EquatableArray<Assessor> assessors,
        EquatableArray<Rating> ratings,
        EquatableArray<string> excludedDomains = default)
        : this(framework, footprint, assessedOn, assessors, ratings, excludedDomains, [])
    {
    }

    /// <summary>Creates an assessment with what its consensus meeting agreed, and checks it against its framework.</summary>
    /// <param name="framework">The framework assessed against.</param>
    /// <param name="footprint">The footprint assessed.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="assessors">The partners who assess.</param>
    /// <param name="ratings">Their ratings, one per assessor per item at most.</param>
    /// <param name="excludedDomains">The codes of domains left out of scope.</param>
    /// <param name="agreedRatings">The consensus meeting's agreed ratings, one per item at most, each of an item some partner rated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="footprint"/>, an assessor, a rating or an agreed rating is null.</exception>
    public Assessment(
        Framework framework,
        Footprint footprint,
        LocalDate assessedOn,
        EquatableArray<Assessor> assessors,
        EquatableArray<Rating> ratings,
        EquatableArray<string> excludedDomains,
        EquatableArray<AgreedRating> agreedRatings)
        : this(framework, footprint, assessedOn, assessors, ratings, excludedDomains, agreedRatings, [])
    {
    }

    /// <summary>Creates an assessment with what its consensus meeting agreed and the partners' action plan, and checks it against its framework.</summary>
    /// <param name="framework">The framework assessed against.</param>
    /// <param name="footprint">The footprint assessed.</param>
    /// <param name="assessedOn">The date of the assessment.</param>
    /// <param name="assessors">The partners who assess.</param>
    /// <param name="ratings">Their ratings, one per assessor per item at most.</param>
    /// <param name="excludedDomains">The codes of domains left out of scope.</param>
    /// <param name="agreedRatings">What the consensus meeting agreed, one per item at most.</param>
    /// <param name="actions">The partners' actions, each addressing an item of the checklist.</param>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/>, <paramref name="footprint"/>, an assessor, a rating, an agreed rating or an action is null.</exception>
    public Assessment(
        Framework framework,
        Footprint footprint,
        LocalDate assessedOn,
        EquatableArray<Assessor> assessors,
        EquatableArray<Rating> ratings,
        EquatableArray<string> excludedDomains,
        EquatableArray<AgreedRating> agreedRatings,
        EquatableArray<PlannedAction> actions)
    {
        Framework = Preconditions.NotNull(framework);
        Footprint = Preconditions.NotNull(footprint);
        AssessedOn = assessedOn;
        Assessors = Preconditions.NoNulls(assessors);
        Ratings = Preconditions.NoNulls(ratings);
        ExcludedDomains = Preconditions.NoNulls(excludedDomains);
        AgreedRatings = Preconditions.NoNulls(agreedRatings);
        Actions = Preconditions.NoNulls(actions);
        (Problems, Compiled) = AssessmentCheck.Run(this);
    }

    /// <summary>The same assessment, signed off: its checks and compiled ratings are shared, not made again.</summary>
    private Assessment(Assessment assessment, SignOff signOff)
    {
        Framework = assessment.Framework;
        Footprint = assessment.Footprint;
        AssessedOn = assessment.AssessedOn;
        Assessors = assessment.Assessors;
        Ratings = assessment.Ratings;
        ExcludedDomains = assessment.ExcludedDomains;
        AgreedRatings = assessment.AgreedRatings;
        Actions = assessment.Actions;
        (Problems, Compiled) = (assessment.Problems, assessment.Compiled);
        SignOff = signOff;
    }

    /// <summary>The framework assessed against.</summary>
    public Framework Framework { get; }

    /// <summary>The footprint assessed.</summary>
    public Footprint Footprint { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The partners who assess, in the order given.</summary>
    public EquatableArray<Assessor> Assessors { get; }

    /// <summary>The ratings, in the order given.</summary>
    public EquatableArray<Rating> Ratings { get; }

    /// <summary>The codes of domains left out of scope: their ratings are kept but not scored.</summary>
    public EquatableArray<string> ExcludedDomains { get; }

    /// <summary>
    /// What the consensus meeting agreed, item by item, in the order given: where an item has an agreed rating, it is
    /// the item's consensus (and its target, when it gives one). Empty before the meeting.
    /// </summary>
    public EquatableArray<AgreedRating> AgreedRatings { get; }

    /// <summary>The partners' action plan: what they will do about which items, who owns each and when it is due.</summary>
    public EquatableArray<PlannedAction> Actions { get; }

    /// <summary>
    /// Who signed the assessment off, when, and the digest of what they signed (<see cref="Assessments.SignOff"/>), as
    /// its file records it; <see langword="null"/> when it was not signed. A changed assessment is not what was signed,
    /// so building on this one, merging it or writing it again (<see cref="Serialization.AssessmentJson.Serialize"/>)
    /// leaves the sign-off behind; only <see cref="Serialization.AssessmentJson.Sign"/> writes one. Two assessments alike
    /// but for a sign-off are not equal.
    /// </summary>
    public SignOff? SignOff { get; }

    /// <summary>The problems found when the assessment was created, in the order of their paths.</summary>
    internal EquatableArray<Problem> Problems { get; }

    /// <summary>The ratings resolved against the checklist, for scoring; empty when there are problems.</summary>
    internal CompiledRatings Compiled { get; }

    /// <summary>
    /// The assessment's problems: those found against its framework when it was created and, when
    /// <paramref name="clock"/> is given, a date after today in England (Europe/London) by that clock.
    /// </summary>
    /// <param name="clock">The clock that says what today is; <see langword="null"/> to skip the date check.</param>
    /// <returns>The problems, in the order of their paths; empty when the assessment is valid.</returns>
    public EquatableArray<Problem> Validate(IClock? clock = null)
    {
        if (clock is null)
        {
            return Problems;
        }

        // England's date is UTC's, or in summer (BST) from 23:00 UTC the day after, never before: so a date up to UTC's
        // is never in the future, and only a later one needs the time zone database (which costs some 80 ms to load).
        var now = clock.GetCurrentInstant();
        if (AssessedOn <= now.InUtc().Date)
        {
            return Problems;
        }

        var today = now.InZone(England.Zone).Date;
        if (AssessedOn <= today)
        {
            return Problems;
        }

        Problem future = new(
            ProblemCodes.AssessedInFuture,
            "$.assessedOn",
            $"The assessment is dated {IsoDate.Format(AssessedOn)}, after today ({IsoDate.Format(today)} in England); date it on or before today.");
        // In path order: the date comes before the assessors, the scope and the ratings.
        return Problems.Prepend(future).ToEquatableArray();
    }

    /// <inheritdoc/>
    public bool Equals(Assessment? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Framework.Equals(other.Framework)
                    && Footprint.Equals(other.Footprint)
                    && AssessedOn == other.AssessedOn
                    && Assessors.Equals(other.Assessors)
                    && Ratings.Equals(other.Ratings)
                    && ExcludedDomains.Equals(other.ExcludedDomains)
                    && AgreedRatings.Equals(other.AgreedRatings)
                    && Actions.Equals(other.Actions)
                    && Equals(SignOff, other.SignOff)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Framework, Footprint, AssessedOn, Assessors, Ratings, ExcludedDomains, AgreedRatings), Actions, SignOff);

    /// <summary>Whether two assessments are equal.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Assessment? left, Assessment? right) => Equals(left, right);

    /// <summary>Whether two assessments differ.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Assessment? left, Assessment? right) => !Equals(left, right);

    /// <summary>The footprint, date, framework and size of the assessment.</summary>
    /// <returns>For example <c>Croydon (E09000008, place) on 2018-10-01 against shifting-the-centre-of-gravity-2018: 3 assessors, 258 ratings</c>.</returns>
    public override string ToString()
        => $"{Footprint} on {IsoDate.Format(AssessedOn)} against {Framework.Id}: {Assessors.Count} assessors, {Ratings.Count} ratings";

    /// <summary>This assessment with <paramref name="signOff"/> recorded: for the file reader, which checks its digest first.</summary>
    internal Assessment WithSignOff(SignOff signOff) => new(this, signOff);

    /// <summary>England's time zone, loaded from the time zone database the first time a date needs it.</summary>
    private static class England
    {
        public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/London"];
    }
}
