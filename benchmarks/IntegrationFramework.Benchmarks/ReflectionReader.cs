using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationFramework.Assessments;
using IntegrationFramework.Serialization;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// The assessment file read through reflection-based System.Text.Json into the library's own document types, with the
/// source-generated context's options (naming, depth, duplicate properties, converters) and reflection in place of its
/// generated metadata, then checked by the same reader: what the library would do without source generation.
/// </summary>
internal static class ReflectionReader
{
    private static readonly JsonSerializerOptions Options =
        new(IntegrationFrameworkJsonContext.Default.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static Assessment? Read(byte[] json)
    {
        var document = JsonSerializer.Deserialize<AssessmentDocument>(json, Options);
        // The benchmark's files are unsigned: there is no sign-off whose digest to check.
        return new AssessmentReader(ReadOptions.Default).Read(document!, actualDigest: null).Value;
    }
}
