using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Intake;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace IntegrationFramework.Tests.Serialization;

public sealed class AssessmentJsonTests
{
    // The example of DESIGN.md, with its evidence written out.
    private const string Design = """
        {
          "schemaVersion": 1,
          "framework": "shifting-the-centre-of-gravity-2018",
          "footprint": { "code": "E09000008", "name": "Croydon", "level": "place", "population": 386710 },
          "assessedOn": "2018-10-01",
          "assessors": [ { "id": "council", "name": "Croydon Council", "partner": "council" } ],
          "scope": { "excludedDomains": [] },
          "ratings": [
            { "item": "TRA.1", "assessor": "council", "progress": "inPlace", "target": "embedded", "evidence": "Alliance agreement." }
          ]
        }
        """;

    private static readonly Assessment Expected = new(
        Frameworks.ShiftingTheCentreOfGravity2018,
        new Footprint("E09000008", "Croydon", Level.Place, 386_710),
        new LocalDate(2018, 10, 1),
        [new Assessor("council", "Croydon Council", PartnerKind.Council)],
        [new Rating("TRA.1", "council", Progress.InPlace, Progress.Embedded, "Alliance agreement.")]);

    private static Problem Single(string json, ReadOptions? options = null)
    {
        var result = AssessmentJson.Parse(json, options);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    private static string Design_with(string from, string to)
    {
        Assert.Contains(from, Design, StringComparison.Ordinal);
        return Design.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_design_example_reads_as_the_assessment_it_describes()
    {
        var result = AssessmentJson.Parse(Design);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        Assert.Equal(Expected, result.Value);
    }

    [Fact]
    public void An_assessment_is_written_in_the_designs_shape()
    {
        var json = AssessmentJson.Serialize(Expected);

        Assert.Equal(
            """
            {
              "schemaVersion": 1,
              "framework": "shifting-the-centre-of-gravity-2018",
              "footprint": {
                "code": "E09000008",
                "name": "Croydon",
                "level": "place",
                "population": 386710
              },
              "assessedOn": "2018-10-01",
              "assessors": [
                {
                  "id": "council",
                  "name": "Croydon Council",
                  "partner": "council"
                }
              ],
              "scope": {
                "excludedDomains": []
              },
              "ratings": [
                {
                  "item": "TRA.1",
                  "assessor": "council",
                  "progress": "inPlace",
                  "target": "embedded",
                  "evidence": "Alliance agreement."
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            json.ReplaceLineEndings("\n"));
        Assert.Equal(json, Encoding.UTF8.GetString(AssessmentJson.SerializeToUtf8Bytes(Expected)));
    }

    [Fact]
    public void Text_is_written_readably_with_only_quotes_backslashes_and_control_characters_escaped()
    {
        const string evidence = "Carers' forum: ‘The Union’ – £500,000 <pooled> & \"signed\"\\\n\u0001";
        var assessment = AssessmentBuilder.From(Expected).WithoutRating("TRA.1", "council").Rate("TRA.1", "council", Progress.InPlace, evidence: evidence).Build();

        var json = AssessmentJson.Serialize(assessment);

        Assert.Contains(@"""evidence"": ""Carers' forum: ‘The Union’ – £500,000 <pooled> & \""signed\""\\\n\u0001""", json, StringComparison.Ordinal);
        Assert.Equal(evidence, AssessmentJson.Parse(json).Value!.Ratings[0].Evidence);
    }

    [Fact]
    public void Invalid_JSON_gives_its_line_and_position()
    {
        var problem = Single("{\n  \"schemaVersion\": 1,\n  \"framework\" \"x\"\n}");

        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Equal("$", problem.Path);
        Assert.StartsWith("The file is not valid JSON (line 3, position 15): ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_property_is_named_with_what_it_holds()
    {
        var result = AssessmentJson.Parse("""{ "schemaVersion": 1, "framework": "lga-position-paper", "footprint": { "code": "X", "level": "place" }, "ratings": [] }""");

        Assert.Equal(
            [
                new Problem(ProblemCodes.MissingProperty, "$.footprint.name", "'name' is required: the footprint's name."),
                new Problem(ProblemCodes.MissingProperty, "$.assessedOn", "'assessedOn' is required: the date of the assessment, yyyy-MM-dd."),
                new Problem(ProblemCodes.MissingProperty, "$.assessors", "'assessors' is required: the partners who assess, [] when there are none yet."),
            ],
            result.Problems);
    }

    [Theory]
    [InlineData("\"population\": 386710", "\"population\": \"many\"", "$.footprint.population", "expected a positive whole number of people, such as 386710; it was the string 'many'")]
    [InlineData("\"progress\": \"inPlace\"", "\"progress\": 3", "$.ratings[0].progress", "a string")]
    [InlineData("\"assessors\": [", "\"assessors\": 7, \"x\": [", "$.assessors", "an array")]
    [InlineData("\"assessedOn\": \"2018-10-01\"", "\"assessedOn\": 20181001", "$.assessedOn", "expected a date, yyyy-MM-dd, as a string")]
    public void A_wrong_type_names_the_path_and_what_was_expected(string from, string to, string path, string expected)
    {
        // An unknown property beside it is a warning of its own; the one error is the wrong type.
        var problem = Assert.Single(AssessmentJson.Parse(Design_with(from, to)).Problems, p => p.Severity == ProblemSeverity.Error);

        Assert.Equal(ProblemCodes.WrongType, problem.Code);
        Assert.Equal(path, problem.Path);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_a_problem()
    {
        var problem = Single(Design_with("2018-10-01", "2018-13-01"));

        Assert.Equal(new Problem(ProblemCodes.InvalidValue, "$.assessedOn", "'2018-13-01' is not a date in the form yyyy-MM-dd; write it as, for example, 2018-10-01."), problem);
    }

    [Theory]
    [InlineData("\"progress\": \"inPlace\"", "\"progress\": \"InPlace\"", "$.ratings[0].progress", "'InPlace' is not a progress value; use one of notStarted, planned, underDevelopment, inPlace, embedded, notApplicable.")]
    [InlineData("\"target\": \"embedded\"", "\"target\": \"notApplicable\"", "$.ratings[0].target", "'notApplicable' is not a target level; use one of notStarted, planned, underDevelopment, inPlace, embedded.")]
    [InlineData("\"level\": \"place\"", "\"level\": \"borough\"", "$.footprint.level", "'borough' is not a level; use one of system, place, neighbourhood.")]
    [InlineData("\"partner\": \"council\"", "\"partner\": \"nhs\"", "$.assessors[0].partner", "'nhs' is not a kind of partner; use one of council, upperTierCouncil, unitaryCouncil, publicHealth, clinicalCommissioningGroup, integratedCareBoard, nhsTrust, nhsFoundationTrust, primaryCare, primaryCareNetwork, ambulanceService, vcse, independentSector, housing, police, fireAndRescue, transport, education, business, peopleWhoUseServices, carers, community.")]
    public void An_unknown_value_lists_the_allowed_ones(string from, string to, string path, string message)
        => Assert.Equal(new Problem(ProblemCodes.UnknownValue, path, message), Single(Design_with(from, to)));

    [Fact]
    public void An_unsupported_schema_version_is_a_problem()
        => Assert.Equal(
            new Problem(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", "schemaVersion 3 is not supported; this library reads versions 1 and 2."),
            Single(Design_with("\"schemaVersion\": 1", "\"schemaVersion\": 3")));

    [Fact]
    public void Unknown_frameworks_items_and_assessors_come_back_with_their_paths()
    {
        Assert.Equal(
            new Problem(ProblemCodes.UnknownFramework, "$.framework", "The framework 'stcog' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper."),
            Single(Design_with("shifting-the-centre-of-gravity-2018", "stcog")));
        Assert.Equal(
            new Problem(ProblemCodes.UnknownItem, "$.ratings[0].item", "Item 'TRA.8' is not in the shifting-the-centre-of-gravity-2018 checklist; domain TRA has items TRA.1 to TRA.7."),
            Single(Design_with("\"TRA.1\"", "\"TRA.8\"")));
        Assert.Equal("$.ratings[0].assessor", Single(Design_with("\"assessor\": \"council\"", "\"assessor\": \"ccg\"")).Path);
    }

    [Fact]
    public void Every_validation_problem_of_an_assessment_comes_back_from_a_file()
    {
        var json = Design_with(
            "{ \"item\": \"TRA.1\", \"assessor\": \"council\", \"progress\": \"inPlace\", \"target\": \"embedded\", \"evidence\": \"Alliance agreement.\" }",
            """
            { "item": "TRA.1", "assessor": "council", "progress": "inPlace", "target": "planned" },
            { "item": "TRA.1", "assessor": "council", "progress": "planned" },
            { "item": "TRA.2", "assessor": "council", "progress": "notApplicable", "target": "planned" }
            """).Replace("\"excludedDomains\": []", "\"excludedDomains\": [\"IT\"]", StringComparison.Ordinal);

        var result = AssessmentJson.Parse(json, new ReadOptions { Clock = new FakeClock(Instant.FromUtc(2018, 1, 1, 0, 0)) });

        Assert.Null(result.Value);
        Assert.Equal(
            [ProblemCodes.AssessedInFuture, ProblemCodes.UnknownExcludedDomain, ProblemCodes.TargetBelowProgress, ProblemCodes.DuplicateRating, ProblemCodes.TargetWithoutProgress],
            result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Unknown_properties_are_warnings_and_the_assessment_is_still_read()
    {
        var result = AssessmentJson.Parse(Design_with("\"evidence\": \"Alliance agreement.\"", "\"evidence\": \"Alliance agreement.\", \"comment\": \"check\"").Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"tool\": { \"name\": \"x\" },", StringComparison.Ordinal));

        Assert.Equal(Expected, result.Value);
        Assert.Equal(
            [
                new Problem(ProblemCodes.UnknownProperty, "$.tool", "'tool' is not a property this library knows; it is ignored.", ProblemSeverity.Warning),
                new Problem(ProblemCodes.UnknownProperty, "$.ratings[0].comment", "'comment' is not a property this library knows; it is ignored.", ProblemSeverity.Warning),
            ],
            result.Warnings);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_duplicated_property_is_a_problem()
    {
        var problem = Single(Design_with("\"framework\":", "\"framework\": \"x\", \"framework\":"));

        Assert.Equal(ProblemCodes.DuplicateProperty, problem.Code);
        Assert.Equal("$.framework", problem.Path);
        Assert.StartsWith("'framework' appears twice in one object (line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused_before_parsing()
    {
        var problem = Single(Design, new ReadOptions { MaxBytes = 100 });

        Assert.Equal(ProblemCodes.FileTooLarge, problem.Code);
        Assert.StartsWith("The file is ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(" bytes; the limit is 100 bytes, which ReadOptions.MaxBytes raises.", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ProblemCodes.FileTooLarge, Assert.Single(FileIntake.Default.With(new ReadOptions { MaxBytes = 200 }).Read("big.json", new MemoryStream(new byte[300])).Problems).Code);
        Assert.Equal(16L * 1024 * 1024, ReadOptions.Default.MaxBytes);
    }

    [Fact]
    public void Nesting_deeper_than_32_levels_is_refused()
    {
        var deep = Design_with("\"scope\": { \"excludedDomains\": [] }", $"\"scope\": {{ \"deep\": {new string('[', 40)}{new string(']', 40)} }}");

        var problem = Single(deep);

        Assert.Equal(ProblemCodes.TooDeep, problem.Code);
        Assert.StartsWith("The file nests more than 32 levels deep", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_ratings_than_the_limit_are_refused()
    {
        var ratings = string.Join(",", Enumerable.Repeat("{ \"item\": \"TRA.1\", \"assessor\": \"council\", \"progress\": \"planned\" }", 4));
        var json = Design_with(Design[Design.IndexOf("\"ratings\": [", StringComparison.Ordinal)..Design.LastIndexOf(']')], $"\"ratings\": [{ratings}");

        Assert.Equal(
            new Problem(ProblemCodes.TooManyRatings, "$.ratings", "The file holds 4 ratings; the limit is 3, which ReadOptions.MaxRatings raises."),
            Single(json, new ReadOptions { MaxRatings = 3 }));
        Assert.Equal(100_000, ReadOptions.Default.MaxRatings);
    }

    [Theory]
    [InlineData("null", ProblemCodes.WrongType, "The file holds null; an assessment file is a JSON object.")]
    [InlineData("[]", ProblemCodes.WrongType, "The file holds an array; an assessment file is a JSON object.")]
    [InlineData("", ProblemCodes.EmptyFile, "The file is empty; an assessment file is a JSON object with schemaVersion, framework, footprint, assessors and ratings.")]
    [InlineData(" \r\n", ProblemCodes.EmptyFile, "The file is empty; an assessment file is a JSON object with schemaVersion, framework, footprint, assessors and ratings.")]
    public void A_file_that_is_not_an_object_is_a_problem(string json, string code, string message)
    {
        var problem = Single(json);

        Assert.Equal(code, problem.Code);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_values_and_null_entries_are_problems_and_blank_evidence_a_warning()
    {
        var json = Design_with("\"name\": \"Croydon Council\"", "\"name\": \" \"").Replace("\"evidence\": \"Alliance agreement.\"", "\"evidence\": \"\"", StringComparison.Ordinal).Replace("\"ratings\": [", "\"ratings\": [ null,", StringComparison.Ordinal);

        var result = AssessmentJson.Parse(json);

        Assert.Equal(
            [
                ("invalid-value", "$.assessors[0].name", ProblemSeverity.Error),
                ("wrong-type", "$.ratings[0]", ProblemSeverity.Error),
                ("invalid-value", "$.ratings[1].evidence", ProblemSeverity.Warning),
            ],
            result.Problems.Select(p => (p.Code, p.Path, p.Severity)));
    }

    [Fact]
    public void A_byte_order_mark_and_a_stream_are_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Design)).ToArray();

        Assert.Equal(Expected, AssessmentJson.Read(bytes).Value);
        Assert.Equal(Expected, FileIntake.Default.Read("design.json", new MemoryStream(bytes)).Value);
        using var written = new MemoryStream();
        AssessmentJson.Write(Expected, written);
        Assert.Equal(Expected, AssessmentJson.Read(written.ToArray()).Value);
    }

    [Fact]
    public void A_population_must_be_a_positive_whole_number()
    {
        // One rule and one wording for every format's population (FieldReader.Population).
        Assert.Equal("'0' is not a population; give a positive whole number of people, such as 386710, or leave it out.", Single(Design_with("386710", "0")).Message);
        Assert.Equal(ProblemCodes.InvalidValue, Single(Design_with("386710", "3000000000")).Code);
        Assert.Equal("'1.5' is not a population; give a positive whole number of people, such as 386710, or leave it out.", Single(Design_with("386710", "1.5")).Message);
    }

    [Fact]
    public void A_file_of_an_edition_the_caller_built_reads_and_scores_through_the_callers_catalogue()
    {
        var document = Frameworks.ShiftingTheCentreOfGravity2018.Document;
        var source = new IntegrationFramework.Sources.SourceReference(document, "Our local edition");
        var checklist = new IntegrationFramework.Checklists.Checklist([new("OUT", "Outcomes", [new("OUT", "Outcomes", "OUT", null, [new("OUT", 1, "A shared outcome.", source)], source)], source)]);
        var local = new IntegrationFramework.Checklists.Framework("our-local-edition", "0.1.0", document, checklist);
        var json = Design_with("shifting-the-centre-of-gravity-2018", "our-local-edition").Replace("TRA.1", "OUT.1", StringComparison.Ordinal);

        var unknown = AssessmentJson.Parse(json);
        var read = AssessmentJson.Parse(json, new ReadOptions { Frameworks = new IntegrationFramework.Checklists.FrameworkCatalogue([local, .. Frameworks.All]) });

        Assert.Equal(
            "The framework 'our-local-edition' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper.",
            Assert.Single(unknown.Problems).Message);
        Assert.Empty(read.Problems);
        Assert.Same(local, read.Value!.Framework);
        Assert.Equal(75, IntegrationFramework.Scoring.Scorer.Score(read.Value).Overall.Score);
    }
}
