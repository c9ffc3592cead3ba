using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Fhir;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Reading the 86 × 5 assessment of <see cref="ScoringBenchmarks"/>: as JSON through the source-generated reader
/// (which checks the file and the assessment), as the same JSON through reflection-based System.Text.Json into the same
/// document types and the same checks, and as five FHIR QuestionnaireResponses (one per assessor) through the bridge.
/// And, in a category of their own with their own baseline, edition files of the 2018 checklist's size: the 2018 edition
/// written out under another id, and the sample local edition derived from it, read as such and through the intake.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ThroughputColumn.Config))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ReadingBenchmarks
{
    /// <summary>The category of the assessment readers, whose baseline is the reflection reader.</summary>
    private const string AssessmentCategory = "assessment";

    /// <summary>The category of the edition readers, whose baseline is the 2018 edition under another id.</summary>
    private const string EditionCategory = "edition";

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
        Check.That(Editions.Copy2018.Length == Editions.Original2018.Length - Frameworks.ShiftingTheCentreOfGravity2018.Id.Length + Editions.Copy2018Id.Length, "the 2018 edition's bytes but for its id");
        Check.That(Edition(EditionCopy2018(), Editions.Copy2018Id) == 86, "the 2018 edition under another id");
        Check.That(Edition(EditionLocal(), Editions.LocalId) == 87, "the sample local edition (the 2018 items and one local one)");
        var intake = EditionLocalIntake();
        Check.That(intake.Problems.IsEmpty && intake.Value?.Find(Editions.LocalId)?.Checklist.Items.Count == 87, "the sample local edition through the intake");
    }

    [Benchmark(Baseline = true, Description = "JSON, reflection")]
    [BenchmarkCategory(AssessmentCategory)]
    public Assessment? Reflection() => ReflectionReader.Read(Json);

    [Benchmark(Description = "JSON, source-generated (AssessmentJson.Read)")]
    [BenchmarkCategory(AssessmentCategory)]
    public Assessment? SourceGenerated() => AssessmentJson.Read(Json).Value;

    [Benchmark(Description = "JSON, any file (FileIntake.Read)")]
    [BenchmarkCategory(AssessmentCategory)]
    public Assessment? AnyFile() => Intake.Read(new InputFile("croydon.json", Json)).Value;

    [Benchmark(Description = "CSV, ratings table (RatingsCsv.Read)")]
    [BenchmarkCategory(AssessmentCategory)]
    public Assessment? RatingsTable() => RatingsCsv.Read(Csv).Value;

    [Benchmark(Description = "FHIR, 5 QuestionnaireResponses (ResponseImport.Read)")]
    [BenchmarkCategory(AssessmentCategory)]
    public Assessment? FhirResponses() => ResponseImport.Read(Fhir).Value;

    /// <summary>What the Firely SDK's parse of the Bundle costs on its own, the floor under <see cref="FhirResponses"/>.</summary>
    [Benchmark(Description = "FHIR, the Firely SDK's parse of the Bundle alone")]
    [BenchmarkCategory(AssessmentCategory)]
    public Resource FhirFirelyParseAlone() => FirelyDeserializer.DeserializeResource(System.Text.Encoding.UTF8.GetString(Fhir));

    /// <summary>The 2018 edition written out under another id: read as a local edition, not matched to the built-in one.</summary>
    [Benchmark(Baseline = true, Description = "edition, 2018 under another id (CatalogueJson.Read)")]
    [BenchmarkCategory(EditionCategory)]
    public ReadResult<IReadOnlyList<Framework>> EditionCopy2018() => CatalogueJson.Read(Editions.Copy2018);

    /// <summary>The sample local edition, derived from the 2018 edition.</summary>
    [Benchmark(Description = "edition, samples/…/our-place-2026.json (CatalogueJson.Read)")]
    [BenchmarkCategory(EditionCategory)]
    public ReadResult<IReadOnlyList<Framework>> EditionLocal() => CatalogueJson.Read(Editions.Local);

    /// <summary>The same file as the command line reads it: into the catalogue the partners' files are read with.</summary>
    [Benchmark(Description = "edition, our-place-2026.json (FileIntake.ReadEditions)")]
    [BenchmarkCategory(EditionCategory)]
    public ReadResult<FrameworkCatalogue> EditionLocalIntake() => FileIntake.Default.ReadEditions([new InputFile("our-place-2026.json", Editions.Local)]);

    /// <summary>The number of items of the one edition <paramref name="read"/> holds, if it holds <paramref name="id"/> and no problem; else -1.</summary>
    private static int Edition(ReadResult<IReadOnlyList<Framework>> read, string id)
        => read is { Problems.IsEmpty: true, Value: [var edition] } && edition.Id == id ? edition.Checklist.Items.Count : -1;

    private static Bundle Bundle(Assessment assessment)
    {
        var bundle = new Bundle { Type = Hl7.Fhir.Model.Bundle.BundleType.Collection };
        foreach (var response in ResponseExport.For(assessment))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = response });
        }

        return bundle;
    }

    /// <summary>
    /// The edition files, apart from the fields above so that reading the sample from the repository touches only the
    /// edition benchmarks.
    /// </summary>
    public static class Editions
    {
        /// <summary>The id the 2018 edition is written out under, so that it reads as a local edition.</summary>
        public const string Copy2018Id = "our-2018-copy";

        /// <summary>The id of the sample local edition.</summary>
        public const string LocalId = "our-place-2026";

        /// <summary>The 2018 edition's file, as <c>ifw catalogue --format json</c> writes it.</summary>
        public static readonly byte[] Original2018 = CatalogueJson.SerializeToUtf8Bytes([Frameworks.ShiftingTheCentreOfGravity2018]);

        /// <summary>The same file with its id changed, and nothing else.</summary>
        public static readonly byte[] Copy2018 = WithId(Original2018, Copy2018Id);

        /// <summary>The sample local edition, <c>samples/data/editions/our-place-2026.json</c>, as in the repository.</summary>
        public static readonly byte[] Local = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", "data", "editions", "our-place-2026.json"));

        private static byte[] WithId(byte[] catalogue, string id)
        {
            var root = JsonNode.Parse(catalogue)!;
            root["frameworks"]![0]!["id"] = id;
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(catalogue.Length);
            // Written as the library writes the catalogue (indented, non-ASCII unescaped), so only the id differs.
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                root.WriteTo(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>The folder holding IntegrationFramework.sln, above where the benchmark runs or the current folder.</summary>
        private static string RepositoryRoot()
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            {
                for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                {
                    if (File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
                    {
                        return folder.FullName;
                    }
                }
            }

            throw new InvalidOperationException("The edition benchmarks read samples/data/editions/our-place-2026.json: run them from inside the repository (no IntegrationFramework.sln above it).");
        }
    }
}
