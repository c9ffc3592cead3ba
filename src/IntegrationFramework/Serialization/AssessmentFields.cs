namespace IntegrationFramework.Serialization;

/// <summary>
/// What each field of an assessment holds, in the words every reader's "'x' is required: …" message uses, whatever the
/// format calls the field.
/// </summary>
internal static class AssessmentFields
{
    public const string AssessedOn = "the date of the assessment, yyyy-MM-dd";

    public const string Item = "the id of the item rated, such as PCC.4";

    public const string AgreedItem = "the id of the item agreed, such as PCC.4";

    public const string Assessor = "the id of the assessor who rates it";

    public const string Rationale = "why the meeting agreed it";

    public const string AgreedOn = "the date of the meeting, yyyy-MM-dd";

    public const string AgreedBy = "who agreed it, such as the meeting's name";

    public const string Blank = "The evidence is blank; it is ignored.";
}
