using IntegrationFramework.Fhir;
using IntegrationFramework.Intake;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>The library's one way in, as the service reads files: assessment JSON, ratings CSV, workbooks and FHIR responses, with the default limits.</summary>
internal static class ServiceIntake
{
    public static FileIntake Instance { get; } = new([.. FileIntake.CoreFormats, new WorkbookFormat(), new FhirResponseFormat()]);
}

