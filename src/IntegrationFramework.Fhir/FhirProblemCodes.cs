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
}
