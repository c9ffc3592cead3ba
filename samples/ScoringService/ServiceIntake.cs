using IntegrationFramework.Checklists;
using IntegrationFramework.Fhir;
using IntegrationFramework.Intake;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// The library's one way in, as the service reads files: assessment JSON, ratings CSV, workbooks and FHIR responses,
/// with the default limits, each file's framework resolved against the service's catalogue — the built-in editions and
/// those of the edition files it was started with (<see cref="EditionFolder"/>). Built once at start-up; immutable.
/// </summary>
internal sealed class ServiceIntake
{
    /// <summary>The intake of the formats the service reads, with the built-in editions only.</summary>
    public static ServiceIntake BuiltIn { get; } = new(global::IntegrationFramework.Frameworks.BuiltIn);

    /// <summary>Creates the intake that reads with <paramref name="frameworks"/>.</summary>
    public ServiceIntake(FrameworkCatalogue frameworks)
    {
        Frameworks = frameworks;
        Files = new FileIntake([.. FileIntake.CoreFormats, new WorkbookFormat(), new FhirResponseFormat()], ReadOptions.Default with { Frameworks = frameworks });
    }

    /// <summary>Every framework the service knows: what <c>/frameworks</c> lists and every file is read against.</summary>
    public FrameworkCatalogue Frameworks { get; }

    /// <summary>The intake every endpoint reads the files it is sent with.</summary>
    public FileIntake Files { get; }

    /// <summary>The limits and checks, and the catalogue, every file is read with.</summary>
    public ReadOptions Options => Files.Options;
}
