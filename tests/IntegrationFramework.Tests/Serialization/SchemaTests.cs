using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>The published JSON Schemas (schemas/) accept what the library writes and agree with its vocabularies.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema AssessmentSchema = Load("assessment.schema.json");
    private static readonly JsonSchema ScoreCardSchema = Load("score-card.schema.json");

    private static JsonSchema Load(string name)
        => JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", name))).GetAwaiter().GetResult();

    private static void AssertValid(JsonSchema schema, string json)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Written_assessments_and_score_cards_of_every_size_validate()
    {
        var random = new Random(7);
        for (var i = 0; i < 60; i++)
        {
            var assessment = AssessmentGenerators.Build(random, Frameworks.All[i % 2], 1 + (i % 5), i * 2, 20, excluding: i % 3 == 0, agreeing: false);
            AssertValid(AssessmentSchema, AssessmentJson.Serialize(assessment));
            AssertValid(ScoreCardSchema, ScoreCardJson.Serialize(Scorer.Score(assessment)));
        }
    }

    [Fact]
    public void Written_score_cards_with_bands_validate_whatever_the_number_of_partners()
    {
        var random = new Random(25);
        for (var partners = 1; partners <= 10; partners++)
        {
            var assessment = AssessmentGenerators.Build(random, Frameworks.All[partners % 2], partners, 30 + (partners * 7), 15, excluding: partners % 3 == 0, agreeing: false);
            var json = ScoreCardJson.Serialize(Scorer.ScoreWithBands(assessment));
            AssertValid(ScoreCardSchema, json);
            Assert.Contains("\"checklistAlpha\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Written_assessments_with_agreed_ratings_and_their_cards_validate_and_as_version_1_they_do_not()
    {
        var random = new Random(11);
        for (var i = 0; i < 30; i++)
        {
            var assessment = AssessmentGenerators.WithAgreed(random, AssessmentGenerators.Build(random, Frameworks.All[i % 2], 1 + (i % 5), 40 + (i * 2), 20, excluding: i % 3 == 0, agreeing: false), 50);
            Assert.NotEmpty(assessment.AgreedRatings);
            var json = AssessmentJson.Serialize(assessment);
            AssertValid(AssessmentSchema, json);
            AssertValid(ScoreCardSchema, ScoreCardJson.Serialize(Scorer.Score(assessment)));
            Assert.NotEmpty(AssessmentSchema.Validate(json.Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void A_roll_up_card_validates()
    {
        var children = Enumerable.Range(0, 3).Select(i => Scorer.Score(AssessmentGenerators.Build(new Random(i), Frameworks.ShiftingTheCentreOfGravity2018, 3, 70, 10, false, false) is var a
            ? new Assessment(a.Framework, new Footprint($"N{i}", $"Neighbourhood {i}", Level.Neighbourhood, 1000 * (i + 1)), a.AssessedOn, a.Assessors, a.Ratings)
            : null!));

        AssertValid(ScoreCardSchema, ScoreCardJson.Serialize(Rollup.Combine(new Footprint("P", "Place", Level.Place), children).Card));
    }

    [Fact]
    public void A_signed_assessment_validates_and_a_sign_off_the_reader_refuses_does_not()
    {
        var random = new Random(29);
        var assessment = AssessmentGenerators.Build(random, Frameworks.ShiftingTheCentreOfGravity2018, 4, 60, 10, excluding: false, agreeing: false);
        var signed = AssessmentJson.Sign(assessment, assessment.AssessedOn.PlusDays(30), [new Signatory("Jane Smith", "Chief executive", "Croydon Council"), new Signatory("Sam Patel", "Section 151 officer", "Croydon Council")]);

        AssertValid(AssessmentSchema, signed);
        Assert.NotEmpty(AssessmentSchema.Validate(signed.Replace("\"digest\": \"sha256:", "\"digest\": \"md5:", StringComparison.Ordinal)));
        Assert.NotEmpty(AssessmentSchema.Validate(signed.Replace("\"role\": \"Chief executive\"", "\"role\": \" \"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("\"progress\": \"inPlace\"", "\"progress\": \"InPlace\"")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 3")]
    [InlineData("\"level\": \"place\"", "\"level\": \"county\"")]
    [InlineData("\"item\": \"TRA.1\"", "\"item\": \"tra-1\"")]
    [InlineData("\"assessedOn\": \"2018-10-01\"", "\"assessedOn\": \"1 October 2018\"")]
    public void The_assessment_schema_refuses_what_the_reader_refuses(string from, string to)
    {
        var json = AssessmentJson.Serialize(new Assessment(
            Frameworks.ShiftingTheCentreOfGravity2018,
            new Footprint("E09000008", "Croydon", Level.Place),
            new NodaTime.LocalDate(2018, 10, 1),
            [new Assessor("council", "Croydon Council", PartnerKind.Council)],
            [new Rating("TRA.1", "council", Progress.InPlace)]));

        Assert.NotEmpty(AssessmentSchema.Validate(json.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_schemas_enumerations_are_the_librarys_vocabularies()
    {
        var assessment = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "assessment.schema.json")));
        var card = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "score-card.schema.json")));
        static string[] Enum(JObject schema, string path) => [.. schema.SelectToken(path)!.Values<string>().Select(v => v!)];

        Assert.Equal(Vocabularies.Level.Allowed.Split(", "), Enum(assessment, "definitions.footprint.properties.level.enum"));
        Assert.Equal(Vocabularies.Partner.Allowed.Split(", "), Enum(assessment, "definitions.assessor.properties.partner.enum"));
        // Null is a template's row not yet rated.
        Assert.Equal([.. Vocabularies.Progress.Allowed.Split(", "), null], assessment.SelectToken("definitions.rating.properties.progress.enum")!.Select(v => v.Type == JTokenType.Null ? null : (string?)v));
        Assert.Equal(Vocabularies.Target.Allowed.Split(", "), Enum(assessment, "definitions.rating.properties.target.enum"));
        Assert.Equal(Vocabularies.Target.Allowed.Split(", "), Enum(assessment, "definitions.agreedRating.properties.progress.enum"));
        Assert.Equal(Vocabularies.Target.Allowed.Split(", "), Enum(assessment, "definitions.agreedRating.properties.target.enum"));
        Assert.Equal(MedianLevel.FileNames, Enum(card, "definitions.median.enum"));
        Assert.Equal(Vocabularies.Target.Allowed.Split(", "), Enum(card, "properties.items.items.properties.lowestLevel.enum"));
        Assert.Equal(Vocabularies.Target.Allowed.Split(", "), Enum(card, "properties.items.items.properties.highestLevel.enum"));
        Assert.Equal(Vocabularies.Stage.Allowed.Split(", "), Enum(card, "properties.overall.properties.stage.enum"));
        Assert.Equal(Vocabularies.Status.Allowed.Split(", "), Enum(card, "properties.items.items.properties.status.enum"));
        Assert.Equal(Vocabularies.Agreement.Allowed.Split(", "), Enum(card, "properties.items.items.properties.agreement.enum"));
    }

    [Theory]
    [InlineData("2018-02-30")]
    [InlineData("2018-13-01")]
    [InlineData("2019-02-29")]
    public void Every_date_of_the_schemas_is_a_date_that_exists_as_a_validator_with_formats_checks_it(string impossible)
    {
        var assessment = AssessmentGenerators.WithAgreed(new Random(5), AssessmentGenerators.Build(new Random(5), Frameworks.ShiftingTheCentreOfGravity2018, 3, 60, 20, excluding: false, agreeing: false), 50);
        var json = AssessmentJson.Serialize(assessment);
        var card = ScoreCardJson.Serialize(Scorer.Score(assessment));
        var date = $"\"{IntegrationFramework.Dates.IsoDate.Format(assessment.AssessedOn)}\"";
        var agreedOn = $"\"agreedOn\": \"{IntegrationFramework.Dates.IsoDate.Format(assessment.AgreedRatings[0].AgreedOn)}\"";

        // The library refuses such a date; the schemas say so too, so that Ajv with its formats, NJsonSchema and the
        // like refuse it before the library sees the file.
        Assert.False(AssessmentJson.Parse(json.Replace($"\"assessedOn\": {date}", $"\"assessedOn\": \"{impossible}\"", StringComparison.Ordinal)).Succeeded);
        Assert.Contains(AssessmentSchema.Validate(json.Replace($"\"assessedOn\": {date}", $"\"assessedOn\": \"{impossible}\"", StringComparison.Ordinal)), e => e.Path == "#/assessedOn");
        Assert.Contains(AssessmentSchema.Validate(json.Replace(agreedOn, $"\"agreedOn\": \"{impossible}\"", StringComparison.Ordinal)), e => e.ToString().Contains("DateExpected: #/agreedRatings[0].agreedOn", StringComparison.Ordinal));
        Assert.Contains(ScoreCardSchema.Validate(card.Replace($"\"assessedOn\": {date}", $"\"assessedOn\": \"{impossible}\"", StringComparison.Ordinal)), e => e.Path == "#/assessedOn");
    }

    [Fact]
    public void Every_date_property_of_the_schemas_says_it_is_a_date()
    {
        foreach (var name in (string[])["assessment.schema.json", "score-card.schema.json"])
        {
            var schema = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", name)));
            var dates = schema.Descendants().OfType<JProperty>().Where(p => p.Value is JObject { } o && o["type"]?.ToString() == "string" && (p.Name.EndsWith("On", StringComparison.Ordinal) || o["pattern"]?.ToString() == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")).ToList();
            Assert.Equal(name == "assessment.schema.json" ? ["assessedOn", "due", "date", "agreedOn"] : ["assessedOn"], dates.Select(p => p.Name));
            Assert.All(dates, p => Assert.Equal("date", p.Value["format"]?.ToString()));
        }
    }
}
