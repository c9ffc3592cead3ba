using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IntegrationFramework.Assessments;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// The assessment file read through reflection-based System.Text.Json into the library's own document types, with the
/// options of the source-generated context, then checked by the same reader: what the library would do without source
/// generation.
/// </summary>
internal static class ReflectionReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
        Converters = { new LocalDateConverters() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static Assessment? Read(byte[] json)
    {
        var document = JsonSerializer.Deserialize<AssessmentDocument>(json, Options);
        return new AssessmentReader(ReadOptions.Default).Read(document!).Value;
    }
}
