using System.Text.Json.Nodes;
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
    private static readonly JsonSchema EditionSchema = Load("framework.schema.json");

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

    [Fact]
    public void The_written_catalogue_and_each_built_in_edition_alone_validate_as_edition_files()
    {
        AssertValid(EditionSchema, CatalogueJson.Serialize(Frameworks.All));
        foreach (var framework in Frameworks.All)
        {
            var written = CatalogueJson.Serialize([framework]);
            AssertValid(EditionSchema, written);
            AssertValid(EditionSchema, JsonNode.Parse(written)!["frameworks"]![0]!.ToJsonString());
        }
    }

    [Fact]
    public void A_local_edition_at_the_root_validates_with_its_source_as_text_or_as_an_object_and_derived_with_same_as_a_string_or_null()
    {
        var local = EditionFileTests.Local();
        AssertValid(EditionSchema, local.ToJsonString());

        local["source"] = new JsonObject { ["title"] = "Our checklist", ["publisher"] = "Our council", ["year"] = 2026, ["url"] = "https://example.org/checklist" };
        AssertValid(EditionSchema, local.ToJsonString());
        AssertValid(EditionSchema, new JsonObject { ["frameworks"] = new JsonArray(local.DeepClone()) }.ToJsonString());

        local["derivedFrom"] = new JsonObject { ["id"] = "shifting-the-centre-of-gravity-2018", ["version"] = "1.0.0" };
        EditionFileTests.Items(local, 0)[1]!["sameAs"] = "TRA.2";
        EditionFileTests.Items(local, 1)[0]!["sameAs"] = null;
        AssertValid(EditionSchema, local.ToJsonString());
        Assert.Empty(CatalogueJson.Parse(local.ToJsonString()).Problems);

        var derived = Assert.Single(CatalogueJson.Parse(local.ToJsonString()).Value!);
        AssertValid(EditionSchema, CatalogueJson.Serialize([derived]));
    }

    [Theory]
    [InlineData("no id")]
    [InlineData("an id with a space")]
    [InlineData("a blank version")]
    [InlineData("no source")]
    [InlineData("no themes")]
    [InlineData("empty themes")]
    [InlineData("a theme code with a full stop")]
    [InlineData("a theme with no domains")]
    [InlineData("a domain with empty items")]
    [InlineData("a blank domain name")]
    [InlineData("a bad item id")]
    [InlineData("an item's text a number")]
    [InlineData("page 0")]
    [InlineData("page as text")]
    [InlineData("year 12")]
    [InlineData("url not a url")]
    [InlineData("same-as without derived-from")]
    [InlineData("same-as null without derived-from")]
    [InlineData("frameworks empty")]
    [InlineData("frameworks and an id at the root")]
    public void The_edition_schema_refuses_what_the_reader_refuses(string broken)
    {
        var edition = EditionFileTests.Local();
        var item = EditionFileTests.Items(edition, 0)[0]!.AsObject();
        JsonNode file = edition;
        switch (broken)
        {
            case "no id": edition.Remove("id"); break;
            case "an id with a space": edition["id"] = "our place"; break;
            case "a blank version": edition["version"] = " "; break;
            case "no source": edition.Remove("source"); break;
            case "no themes": edition.Remove("themes"); break;
            case "empty themes": edition["themes"] = new JsonArray(); break;
            case "a theme code with a full stop": edition["themes"]![0]!["code"] = "OUR.1"; break;
            case "a theme with no domains": edition["themes"]![0]!.AsObject().Remove("domains"); break;
            case "a domain with empty items": edition["themes"]![0]!["domains"]![1]!["items"] = new JsonArray(); break;
            case "a blank domain name": edition["themes"]![0]!["domains"]![1]!["name"] = ""; break;
            case "a bad item id": item["id"] = "TRA-1"; break;
            case "an item's text a number": item["text"] = 5; break;
            case "page 0": item["page"] = 0; break;
            case "page as text": item["page"] = "12"; break;
            case "year 12": edition["source"] = new JsonObject { ["year"] = 12 }; break;
            case "url not a url": edition["source"] = new JsonObject { ["url"] = "not a url" }; break;
            case "same-as without derived-from": item["sameAs"] = "TRA.1"; break;
            case "same-as null without derived-from": item["sameAs"] = null; break;
            case "frameworks empty": file = new JsonObject { ["frameworks"] = new JsonArray() }; break;
            case "frameworks and an id at the root": file = new JsonObject { ["frameworks"] = new JsonArray(edition), ["id"] = "our-place-2026" }; break;
            default: throw new ArgumentOutOfRangeException(nameof(broken));
        }

        var json = file.ToJsonString();

        Assert.Null(CatalogueJson.Parse(json).Value);
        Assert.NotEmpty(EditionSchema.Validate(json));
    }
}
