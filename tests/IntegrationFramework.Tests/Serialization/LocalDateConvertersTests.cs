using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

public sealed partial class LocalDateConvertersTests
{
    public sealed class Dated
    {
        public LocalDate On { get; set; }

        public LocalDate? Until { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(LocalDateConverters)])]
    [JsonSerializable(typeof(Dated))]
    internal sealed partial class Context : JsonSerializerContext;

    [Fact]
    public void A_date_and_a_nullable_date_are_written_as_ISO_dates_under_source_generation()
    {
        var json = JsonSerializer.Serialize(new Dated { On = new LocalDate(2018, 10, 1), Until = new LocalDate(2027, 3, 31) }, Context.Default.Dated);

        Assert.Equal("""{"on":"2018-10-01","until":"2027-03-31"}""", json);
    }

    [Fact]
    public void A_missing_nullable_date_is_written_as_null_and_read_back_as_null()
    {
        var json = JsonSerializer.Serialize(new Dated { On = new LocalDate(2018, 10, 1) }, Context.Default.Dated);

        Assert.Equal("""{"on":"2018-10-01","until":null}""", json);
        var read = JsonSerializer.Deserialize(json, Context.Default.Dated)!;
        Assert.Null(read.Until);
        Assert.Equal(new LocalDate(2018, 10, 1), read.On);
    }

    [Fact]
    public void Dates_are_read_back_exactly()
    {
        var read = JsonSerializer.Deserialize("""{"on":"2016-02-29","until":"2030-12-31"}""", Context.Default.Dated)!;

        Assert.Equal(new LocalDate(2016, 2, 29), read.On);
        Assert.Equal(new LocalDate(2030, 12, 31), read.Until);
    }

    [Theory]
    [InlineData("""{"on":"2017-02-29"}""", "'2017-02-29' is not a date in the form yyyy-MM-dd")]
    [InlineData("""{"on":"01/10/2018"}""", "'01/10/2018' is not a date in the form yyyy-MM-dd")]
    [InlineData("""{"until":20181001}""", "expected a date, yyyy-MM-dd, as a string")]
    public void Anything_but_an_ISO_date_is_refused(string json, string message)
        => Assert.Equal(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.Default.Dated)).Message);

    [Fact]
    public void The_factory_converts_only_dates()
    {
        var factory = new LocalDateConverters();

        Assert.True(factory.CanConvert(typeof(LocalDate)));
        Assert.True(factory.CanConvert(typeof(LocalDate?)));
        Assert.False(factory.CanConvert(typeof(LocalDateTime)));
        Assert.Null(factory.CreateConverter(typeof(string), JsonSerializerOptions.Default));
    }
}
