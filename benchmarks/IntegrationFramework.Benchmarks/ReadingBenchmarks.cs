using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir;
using IntegrationFramework.Intake;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Reading the 86 × 5 assessment of <see cref="ScoringBenchmarks"/>: as JSON through the source-generated reader
/// (which checks the file and the assessment), as the same JSON through reflection-based System.Text.Json into the same
/// document types and the same checks, and as five FHIR QuestionnaireResponses (one per assessor) through the bridge.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ThroughputColumn.Config))]
public class ReadingBenchmarks
{
    /// <summary>The assessment read, as <see cref="ScoringBenchmarks"/> scores it (declared first: the fields below use it).</summary>
    private static readonly Assessment Expected = Generate.Full(seed: 2018);

    /// <summary>The assessment file, as UTF-8 JSON.</summary>
    public static readonly byte[] Json = AssessmentJson.SerializeToUtf8Bytes(Expected);

    /// <summary>The same assessment as a ratings table (CSV).</summary>
    public static readonly byte[] Csv = System.Text.Encoding.UTF8.GetBytes(RatingsCsv.Serialize(Expected));

    /// <summary>The one way in, as the command line and the service read a file: its kind told from its content.</summary>
    private static readonly FileIntake Intake = new([.. FileIntake.CoreFormats, new FhirResponseFormat()]);

    /// <summary>The same assessment as a FHIR Bundle of five QuestionnaireResponses.</summary>
    public static readonly byte[] Fhir = System.Text.Encoding.UTF8.GetBytes(new FhirJsonSerializer().SerializeToString(Bundle(Expected), false));

    private static readonly FhirJsonDeserializer FirelyDeserializer = new(new DeserializerSettings());

    [GlobalSetup]
    public void Setup()
    {
        Check.That(SourceGenerated() == Expected, "the source-generated reader");
        Check.That(Reflection() == Expected, "the reflection reader");
        Check.That(AnyFile() == Expected, "the intake");
        Check.That(RatingsTable() == Expected, "the ratings table");
        Check.That(FhirResponses()?.Ratings.Count == Expected.Ratings.Count, "the FHIR bridge");
        Check.That(FhirFirelyParseAlone() is Bundle { Entry.Count: 5 }, "the Firely SDK's parse");
    }

    [Benchmark(Baseline = true, Description = "JSON, reflection")]
    public Assessment? Reflection() => ReflectionReader.Read(Json);

    [Benchmark(Description = "JSON, source-generated (AssessmentJson.Read)")]
    public Assessment? SourceGenerated() => AssessmentJson.Read(Json).Value;

    [Benchmark(Description = "JSON, any file (FileIntake.Read)")]
    public Assessment? AnyFile() => Intake.Read(new InputFile("croydon.json", Json)).Value;

    [Benchmark(Description = "CSV, ratings table (RatingsCsv.Read)")]
    public Assessment? RatingsTable() => RatingsCsv.Read(Csv).Value;

    [Benchmark(Description = "FHIR, 5 QuestionnaireResponses (ResponseImport.Read)")]
    public Assessment? FhirResponses() => ResponseImport.Read(Fhir).Value;

    /// <summary>What the Firely SDK's parse of the Bundle costs on its own, the floor under <see cref="FhirResponses"/>.</summary>
    [Benchmark(Description = "FHIR, the Firely SDK's parse of the Bundle alone")]
    public Resource FhirFirelyParseAlone() => FirelyDeserializer.DeserializeResource(System.Text.Encoding.UTF8.GetString(Fhir));

    private static Bundle Bundle(Assessment assessment)
    {
        var bundle = new Bundle { Type = Hl7.Fhir.Model.Bundle.BundleType.Collection };
        foreach (var response in ResponseExport.For(assessment))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = response });
        }

        return bundle;
    }
}
