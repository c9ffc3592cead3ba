namespace IntegrationFramework.Problems;

/// <summary>
/// The stable codes of the problems the core's readers and checks report: of assessments, score cards, comparisons,
/// roll-ups, governance arrangements and files. A code never changes meaning. The FHIR package adds its own
/// (<c>FhirProblemCodes</c>).
/// </summary>
public static class ProblemCodes
{
    /// <summary>The assessment names a framework this library does not know.</summary>
    public const string UnknownFramework = "unknown-framework";

    /// <summary>A rating names an item that is not in the framework's checklist.</summary>
    public const string UnknownItem = "unknown-item";

    /// <summary>A rating names an assessor the assessment does not list.</summary>
    public const string UnknownAssessor = "unknown-assessor";

    /// <summary>Two assessors share an identifier.</summary>
    public const string DuplicateAssessor = "duplicate-assessor";

    /// <summary>One assessor rates one item more than once.</summary>
    public const string DuplicateRating = "duplicate-rating";

    /// <summary>A rating's target is below its progress.</summary>
    public const string TargetBelowProgress = "target-below-progress";

    /// <summary>A rating of <c>notApplicable</c> carries a target.</summary>
    public const string TargetWithoutProgress = "target-without-progress";

    /// <summary>The scope excludes a domain that is not in the framework's checklist.</summary>
    public const string UnknownExcludedDomain = "unknown-excluded-domain";

    /// <summary>The scope excludes the same domain twice.</summary>
    public const string DuplicateExcludedDomain = "duplicate-excluded-domain";

    /// <summary>The assessment is dated after today.</summary>
    public const string AssessedInFuture = "assessed-in-future";

    /// <summary>Score cards to be compared or rolled up are for different frameworks.</summary>
    public const string FrameworkMismatch = "framework-mismatch";

    /// <summary>Score cards to be compared are for different footprints.</summary>
    public const string FootprintMismatch = "footprint-mismatch";

    /// <summary>Score cards to be compared or rolled up were scored under different policies.</summary>
    public const string PolicyMismatch = "policy-mismatch";

    /// <summary>The later of two score cards to be compared is dated before the earlier.</summary>
    public const string DatesReversed = "dates-reversed";

    /// <summary>A roll-up was given no child score cards.</summary>
    public const string NoChildren = "no-children";

    /// <summary>Two children of a roll-up are the same footprint.</summary>
    public const string DuplicateChild = "duplicate-child";

    /// <summary>A child of a roll-up is not at a narrower level than the footprint it rolls up into.</summary>
    public const string ChildNotNarrower = "child-not-narrower";

    /// <summary>A child of a roll-up names a different parent footprint.</summary>
    public const string ChildOfAnotherFootprint = "child-of-another-footprint";

    /// <summary>A child of a roll-up weighted by population has no population.</summary>
    public const string ChildWithoutPopulation = "child-without-population";

    /// <summary>A warning: the children of a roll-up have more people between them than the wider footprint it is given.</summary>
    public const string ChildrenOutnumberFootprint = "children-outnumber-footprint";

    /// <summary>The consensus meeting's agreed rating is given twice for one item.</summary>
    public const string DuplicateAgreedRating = "duplicate-agreed-rating";

    /// <summary>An agreed rating is of an item no partner rated: the meeting agrees among the partners' individual ratings.</summary>
    public const string AgreedWithoutRatings = "agreed-without-ratings";

    /// <summary>An agreed rating is dated before the assessment whose individual ratings it settles.</summary>
    public const string AgreedBeforeAssessment = "agreed-before-assessment";

    /// <summary>A score card file lists themes, domains or items other than those of its framework's checklist, in its order.</summary>
    public const string ChecklistMismatch = "checklist-mismatch";

    /// <summary>A required value is missing or blank.</summary>
    public const string MissingValue = "missing-value";

    /// <summary>A value is not one of those allowed (the message lists them).</summary>
    public const string UnknownValue = "unknown-value";

    /// <summary>A level is not system, place or neighbourhood.</summary>
    public const string UnknownLevel = "unknown-level";

    /// <summary>Two partners of a governance arrangement share an id.</summary>
    public const string DuplicatePartner = "duplicate-partner";

    /// <summary>A member or budget names a partner the governance arrangement does not list.</summary>
    public const string UnknownPartner = "unknown-partner";

    /// <summary>Two governance bodies share an id.</summary>
    public const string DuplicateBody = "duplicate-body";

    /// <summary>A governance body has no members.</summary>
    public const string BodyWithoutMembers = "body-without-members";


    /// <summary>A function is placed at two levels at once.</summary>
    public const string FunctionAtTwoLevels = "function-at-two-levels";

    /// <summary>A function is placed at the same level twice.</summary>
    public const string DuplicateFunction = "duplicate-function";

    /// <summary>Two budget arrangements share an id.</summary>
    public const string DuplicateBudget = "duplicate-budget";

    /// <summary>A budget has a negative amount.</summary>
    public const string NegativeAmount = "negative-amount";

    /// <summary>A file is not valid JSON (the message gives the line and position).</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>A value in a file has the wrong type, such as a number where a string belongs.</summary>
    public const string WrongType = "wrong-type";

    /// <summary>An object in a file has the same property twice.</summary>
    public const string DuplicateProperty = "duplicate-property";

    /// <summary>A file nests deeper than the limit (32 levels).</summary>
    public const string TooDeep = "too-deep";

    /// <summary>A file is larger than the limit (16 MiB by default).</summary>
    public const string FileTooLarge = "file-too-large";

    /// <summary>A file holds more ratings than the limit (100,000 by default).</summary>
    public const string TooManyRatings = "too-many-ratings";

    /// <summary>A required property is missing from a file.</summary>
    public const string MissingProperty = "missing-property";

    /// <summary>A file's <c>schemaVersion</c> is not one this library reads.</summary>
    public const string UnsupportedSchemaVersion = "unsupported-schema-version";

    /// <summary>A file has a property this library does not know; it is ignored (a warning).</summary>
    public const string UnknownProperty = "unknown-property";

    /// <summary>A value is of the right type but outside what is allowed, such as a population of 0.</summary>
    public const string InvalidValue = "invalid-value";


    /// <summary>A file is empty, or holds only white space.</summary>
    public const string EmptyFile = "empty-file";

    /// <summary>A file is not UTF-8 (UTF-16 or UTF-32 without a byte-order mark, or bytes of another encoding); the message names the byte.</summary>
    public const string NotUtf8 = "not-utf8";

    /// <summary>A file is UTF-16 or UTF-32 with a byte-order mark: it was read, but should be saved as UTF-8 (a warning).</summary>
    public const string OtherEncoding = "other-encoding";

    /// <summary>A file is not text: a zip archive, or bytes with control characters.</summary>
    public const string NotText = "not-text";

    /// <summary>A file holds another kind of thing than the reader reads, such as a score card given as an assessment.</summary>
    public const string WrongKindOfFile = "wrong-kind-of-file";

    /// <summary>A table is separated by semicolons or tabs rather than commas: it was read, but a warning says so.</summary>
    public const string OtherSeparator = "other-separator";

    /// <summary>A row not yet rated (its progress is empty) carries a target or evidence, which is kept but not scored.</summary>
    public const string NotYetRated = "not-yet-rated";

    /// <summary>The same assessor rates the same item differently in two files merged into one assessment.</summary>
    public const string ConflictingRatings = "conflicting-ratings";

    /// <summary>Files merged into one assessment are of different footprints, dates, frameworks or scopes.</summary>
    public const string OtherAssessment = "other-assessment";

    /// <summary>
    /// A signed assessment file's digest no longer matches its content: it was changed after sign-off, and is refused
    /// until it is signed again or its sign-off removed.
    /// </summary>
    public const string ChangedAfterSignOff = "changed-after-sign-off";

    /// <summary>An edition file gives an edition, theme, domain or item id twice, or two items continue one earlier item.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>An edition file lists no edition, or a theme with no domain, or a domain with no item.</summary>
    public const string EmptyGroup = "empty-group";

    /// <summary>An edition file's edition has the id of an edition already known whose checklist differs.</summary>
    public const string EditionClash = "edition-clash";

    /// <summary>An edition file holds more items than an edition file may (10,000).</summary>
    public const string TooManyItems = "too-many-items";
}
