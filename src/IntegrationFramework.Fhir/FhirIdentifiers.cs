namespace IntegrationFramework.Fhir;

/// <summary>
/// The URIs the bridge gives its Questionnaires, code systems, identifiers and extensions. They are URNs in this
/// library's own namespace: stable names, not addresses to resolve.
/// </summary>
public static class FhirIdentifiers
{
    /// <summary>The start of every URI the bridge defines.</summary>
    public const string Base = "urn:integrationframework:fhir:";

    /// <summary>The start of a framework Questionnaire's canonical URL; the framework's id follows.</summary>
    public const string QuestionnaireBase = Base + "Questionnaire:";

    /// <summary>The code system of progress values: <c>notStarted</c> … <c>embedded</c>, <c>notApplicable</c>.</summary>
    public const string ProgressCodeSystem = Base + "CodeSystem:progress";

    /// <summary>The identifier system of footprint codes, on a response's subject.</summary>
    public const string FootprintSystem = Base + "footprint";

    /// <summary>The identifier system of assessor ids, on a response's author.</summary>
    public const string AssessorSystem = Base + "assessor";

    /// <summary>The extension carrying a footprint's level (<c>valueCode</c>: system, place, neighbourhood), on the subject.</summary>
    public const string FootprintLevelExtension = Base + "StructureDefinition:footprint-level";

    /// <summary>The extension carrying a footprint's population (<c>valueInteger</c>), on the subject.</summary>
    public const string FootprintPopulationExtension = Base + "StructureDefinition:footprint-population";

    /// <summary>The extension carrying the code of a footprint's parent (<c>valueString</c>), on the subject.</summary>
    public const string FootprintParentExtension = Base + "StructureDefinition:footprint-parent";

    /// <summary>The extension carrying an assessor's kind of partner (<c>valueCode</c>, such as <c>council</c>), on the author.</summary>
    public const string PartnerKindExtension = Base + "StructureDefinition:partner-kind";

    /// <summary>The extension naming a domain left out of scope (<c>valueCode</c>, repeated), on a response.</summary>
    public const string ExcludedDomainExtension = Base + "StructureDefinition:excluded-domain";

    /// <summary>
    /// The extension that marks a response as the consensus meeting's agreed ratings rather than a partner's, carrying the
    /// date of the assessment they settle (<c>valueDate</c>); the response's <c>authored</c> is the meeting's date, its
    /// author's display who agreed, each answer the agreed level, and the evidence question the rationale.
    /// </summary>
    public const string ConsensusMeetingExtension = Base + "StructureDefinition:consensus-meeting";

    /// <summary>The core extension that gives an answer option its numeric weight: the progress level.</summary>
    public const string ItemWeightExtension = "http://hl7.org/fhir/StructureDefinition/itemWeight";

    /// <summary>The suffix of the linkId of an item's target question, nested under the item: <c>TRA.1.target</c>.</summary>
    public const string TargetSuffix = ".target";

    /// <summary>The suffix of the linkId of an item's evidence question, nested under the item: <c>TRA.1.evidence</c>.</summary>
    public const string EvidenceSuffix = ".evidence";
}
