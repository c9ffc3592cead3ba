namespace IntegrationFramework.Fhir;

/// <summary>
/// The stable codes of problems only the FHIR bridge reports, beside the core's <c>ProblemCodes</c>. A code never
/// changes meaning.
/// </summary>
public static class FhirProblemCodes
{
    /// <summary>A FHIR QuestionnaireResponse answers another version of the framework's Questionnaire.</summary>
    public const string OtherQuestionnaireVersion = "other-questionnaire-version";

    /// <summary>A FHIR resource breaks the FHIR specification (the message says how).</summary>
    public const string InvalidFhir = "invalid-fhir";

    /// <summary>A response has no <c>subject</c> (the footprint), and none was given with the responses.</summary>
    public const string ResponseWithoutFootprint = "response-without-footprint";

    /// <summary>A response has no <c>authored</c> date, and no date was given with the responses.</summary>
    public const string ResponseWithoutDate = "response-without-date";

    /// <summary>Responses were authored on different days, and no date was given with them to be the assessment's.</summary>
    public const string ResponsesOnDifferentDays = "responses-on-different-days";

    /// <summary>A response has no author, and the assessor who filled it cannot be told from what was given.</summary>
    public const string ResponseWithoutAuthor = "response-without-author";

    /// <summary>A response's author names no assessor given with the responses.</summary>
    public const string UnknownAuthor = "unknown-author";

    /// <summary>A response's author, with this project's identifier, differs from the assessor of that id given with the responses.</summary>
    public const string AuthorContradictsAssessor = "author-contradicts-assessor";
}
