using System.Text.Json.Serialization;

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
[JsonSerializable(typeof(TrendDocument))]
internal sealed partial class IntegrationFrameworkJsonContext : JsonSerializerContext;
