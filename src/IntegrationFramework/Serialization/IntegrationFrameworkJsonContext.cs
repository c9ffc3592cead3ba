using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata for the assessment and score card files: camelCase names, missing
/// values left out, dates as <c>yyyy-MM-dd</c>, duplicate properties refused, nesting limited to 32 levels.
/// No reflection is used, so it works under trimming and Native AOT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    MaxDepth = 32,
    WriteIndented = true,
    Converters = [typeof(LocalDateConverters)])]
[JsonSerializable(typeof(AssessmentDocument))]
[JsonSerializable(typeof(ScoreCardDocument))]
[JsonSerializable(typeof(ComparisonDocument))]
[JsonSerializable(typeof(CatalogueDocument))]
[JsonSerializable(typeof(CatalogueSourceDocument))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class IntegrationFrameworkJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context files are written with: as <see cref="Default"/>, but with letters and punctuation such as ’, £ and '
    /// left as they are rather than escaped as <c>\u2019</c>, so that people can read and edit the files. The files are
    /// data, not HTML or script: the reports escape text where they put it into a page.
    /// </summary>
    public static IntegrationFrameworkJsonContext Writing => Relaxed.Context;

    /// <summary>Made on first use, once <see cref="Default"/> exists: the order of static fields across partial files is not defined.</summary>
    private static class Relaxed
    {
        public static readonly IntegrationFrameworkJsonContext Context = new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
