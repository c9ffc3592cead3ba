using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationFramework.Dates;
using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Reads and writes NodaTime <see cref="LocalDate"/> and <see cref="LocalDate"/>? as ISO dates (<c>yyyy-MM-dd</c>),
/// for System.Text.Json with or without source generation. Register the factory in the options' converters.
/// </summary>
public sealed class LocalDateConverters : JsonConverterFactory
{
    private static readonly LocalDateConverter Date = new();
    private static readonly NullableLocalDateConverter NullableDate = new();

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(LocalDate) || typeToConvert == typeof(LocalDate?);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => typeToConvert == typeof(LocalDate) ? Date : typeToConvert == typeof(LocalDate?) ? NullableDate : null;

    private static LocalDate Parse(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a date, yyyy-MM-dd, as a string");
        }

        var text = reader.GetString()!;
        return IsoDate.Parse(text) ?? throw new JsonException($"'{text}' is not a date in the form yyyy-MM-dd");
    }

    private static void Write(Utf8JsonWriter writer, LocalDate value) => writer.WriteStringValue(IsoDate.Format(value));

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(ref reader);

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => LocalDateConverters.Write(writer, value);
    }

    private sealed class NullableLocalDateConverter : JsonConverter<LocalDate?>
    {
        public override bool HandleNull => true;

        public override LocalDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => reader.TokenType == JsonTokenType.Null ? null : Parse(ref reader);

        public override void Write(Utf8JsonWriter writer, LocalDate? value, JsonSerializerOptions options)
        {
            if (value is { } date)
            {
                LocalDateConverters.Write(writer, date);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
