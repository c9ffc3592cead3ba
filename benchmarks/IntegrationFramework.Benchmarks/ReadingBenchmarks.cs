using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir;
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
    /// <summary>The assessment file, as UTF-8 JSON.</summary>
    public static readonly byte[] Json = AssessmentJson.SerializeToUtf8Bytes(Generate.Full(seed: 2018));

    /// <summary>The same assessment as a FHIR Bundle of five QuestionnaireResponses.</summary>
    public static readonly byte[] Fhir = System.Text.Encoding.UTF8.GetBytes(new FhirJsonSerializer().SerializeToString(Bundle(Generate.Full(seed: 2018)), false));

    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
        Converters = { new LocalDateConverters() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    [GlobalSetup]
    public void Setup()
    {
        var expected = Generate.Full(seed: 2018);
        Check.That(SourceGenerated() == expected, "the source-generated reader");
        Check.That(Reflection() == expected, "the reflection reader");
        Check.That(FhirResponses()?.Ratings.Count == expected.Ratings.Count, "the FHIR bridge");
    }

    [Benchmark(Baseline = true, Description = "JSON, reflection")]
    public Assessment? Reflection()
    {
        var document = JsonSerializer.Deserialize<AssessmentDocument>(Json, ReflectionOptions);
        return new AssessmentReader(ReadOptions.Default).Read(document!).Value;
    }

    [Benchmark(Description = "JSON, source-generated (AssessmentJson.Read)")]
    public Assessment? SourceGenerated() => AssessmentJson.Read(Json).Value;

    [Benchmark(Description = "FHIR, 5 QuestionnaireResponses (ResponseImport.Read)")]
    public Assessment? FhirResponses() => ResponseImport.Read(Fhir).Value;

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
