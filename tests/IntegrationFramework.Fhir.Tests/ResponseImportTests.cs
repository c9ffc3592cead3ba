using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Intake;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Fhir.Tests;

public sealed class ResponseImportTests
{
    private static readonly Assessment Croydon = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 386_710, "QWE"), new LocalDate(2018, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("vcse", "Croydon Voluntary Action", PartnerKind.Vcse)
        .WithAssessor("carers", "Carers' forum", PartnerKind.Carers)
        .Rate("TRA.1", "council", Progress.InPlace, Progress.Embedded, "Alliance agreement, 10 years.")
        .Rate("TRA.1", "vcse", Progress.NotApplicable)
        .Rate("INF.2", "vcse", Progress.Planned)
        .Excluding("INF")
        .Build();

    private static List<QuestionnaireResponse> Responses() => [.. ResponseExport.For(Croydon)];

    private static Problem Single(IEnumerable<QuestionnaireResponse> responses)
    {
        var result = ResponseImport.ToAssessment(responses);
        Assert.Null(result.Value);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void An_assessment_is_written_as_one_response_per_assessor_even_one_who_rates_nothing()
    {
        var responses = Responses();

        Assert.Equal(3, responses.Count);
        Assert.All(responses, r => Assert.Equal("urn:integrationframework:fhir:Questionnaire:shifting-the-centre-of-gravity-2018|1.0.0", r.Questionnaire));
        Assert.Equal(["council", "vcse", "carers"], responses.Select(r => r.Author!.Identifier!.Value));
        Assert.Equal("2018-10-01", responses[0].Authored);
        Assert.Equal("E09000008", responses[0].Subject!.Identifier!.Value);
        Assert.Empty(responses[2].Item);
        Assert.Equal(["SO"], responses[0].Item.Select(i => i.LinkId));
        Assert.Equal("TRA.1", responses[0].Item[0].Item[0].Item[0].LinkId);
    }

    [Fact]
    public void The_responses_read_back_as_the_assessment()
    {
        var result = ResponseImport.ToAssessment(Responses());

        Assert.Empty(result.Problems);
        Assert.Equal(Croydon, result.Value);
    }

    [Fact]
    public void A_bundle_of_responses_in_a_file_reads_back_and_scores_identically()
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        bundle.Entry.AddRange(Responses().Select(r => new Bundle.EntryComponent { Resource = r }));
        var json = new FhirJsonSerializer().SerializeToString(bundle, true);

        var result = ResponseImport.Read(Encoding.UTF8.GetBytes(json));

        Assert.Empty(result.Problems);
        Assert.Equal(Scorer.Score(Croydon), Scorer.Score(result.Value!));
        Assert.Equal(Croydon, new FileIntake([new FhirResponseFormat()]).Read("croydon.json", new MemoryStream(Encoding.UTF8.GetBytes(json))).Value);
    }

    [Fact]
    public void An_unknown_link_id_is_a_problem_at_its_path()
    {
        var responses = Responses();
        responses[0].Item[0].Item[0].Item[0].LinkId = "TRA.99";

        Assert.Equal(
            new Problem(ProblemCodes.UnknownItem, "$[0].item[0].item[0].item[0].linkId", "The linkId 'TRA.99' is not in the shifting-the-centre-of-gravity-2018 Questionnaire; its linkIds are theme and domain codes and item ids such as TRA.1."),
            Single(responses));
    }

    [Theory]
    [InlineData("urn:integrationframework:fhir:CodeSystem:progress", "inplace")]
    [InlineData("http://snomed.info/sct", "inPlace")]
    public void An_answer_outside_the_options_is_a_problem(string system, string code)
    {
        var responses = Responses();
        responses[0].Item[0].Item[0].Item[0].Answer[0].Value = new Coding(system, code);

        var problem = Single(responses);

        Assert.Equal(ProblemCodes.UnknownValue, problem.Code);
        Assert.Equal("$[0].item[0].item[0].item[0].answer[0].value", problem.Path);
        Assert.Equal($"The answer {system}#{code} is not one of the question's options; answer with a code of urn:integrationframework:fhir:CodeSystem:progress: notStarted, planned, underDevelopment, inPlace, embedded, notApplicable.", problem.Message);
    }

    [Fact]
    public void A_target_of_not_applicable_and_a_text_answer_are_outside_the_options()
    {
        var responses = Responses();
        responses[0].Item[0].Item[0].Item[0].Answer[0].Item[0].Answer[0].Value = QuestionnaireExport.ProgressCoding(Progress.NotApplicable);
        responses[1].Item[0].Item[0].Item[0].Answer[0].Value = new FhirString("in place");

        var result = ResponseImport.ToAssessment(responses);

        Assert.Equal(
            ["$[0].item[0].item[0].item[0].answer[0].item[0].answer[0].value", "$[1].item[0].item[0].item[0].answer[0].value"],
            result.Problems.Select(p => p.Path));
        Assert.EndsWith("notStarted, planned, underDevelopment, inPlace, embedded.", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_to_another_version_or_questionnaire_is_a_problem()
    {
        var older = Responses();
        older[1].Questionnaire = "urn:integrationframework:fhir:Questionnaire:shifting-the-centre-of-gravity-2018|0.9.0";
        var other = Responses();
        other[0].Questionnaire = "http://example.org/Questionnaire/phq-9|1.0.0";
        var unversioned = Responses();
        unversioned[2].Questionnaire = "urn:integrationframework:fhir:Questionnaire:shifting-the-centre-of-gravity-2018";

        Assert.Equal(
            new Problem(FhirProblemCodes.OtherQuestionnaireVersion, "$[1].questionnaire", "The response answers version 0.9.0 of the Questionnaire; this library's is 1.0.0. Collect responses to the current Questionnaire."),
            Single(older));
        Assert.Equal(ProblemCodes.UnknownFramework, Single(other).Code);
        // Generic form fillers may write the Questionnaire's url alone: read as the current version, with a warning.
        var read = ResponseImport.ToAssessment(unversioned);
        Assert.True(read.Succeeded);
        Assert.Equal(
            new Problem(FhirProblemCodes.OtherQuestionnaireVersion, "$[2].questionnaire", "The response does not say which version of the Questionnaire it answers; it is read as version 1.0.0, this library's (urn:integrationframework:fhir:Questionnaire:shifting-the-centre-of-gravity-2018|1.0.0).", ProblemSeverity.Warning),
            Assert.Single(read.Problems));
    }

    [Fact]
    public void Responses_that_disagree_on_footprint_date_or_scope_are_problems()
    {
        var responses = Responses();
        responses[1].Subject!.Display = "Croydon and Sutton";
        responses[2].Authored = "2019-10-01";
        responses[2].Extension.Clear();

        Assert.Equal(
            [(ProblemCodes.FootprintMismatch, "$[1].subject"), (FhirProblemCodes.ResponsesOnDifferentDays, "$[2].authored"), (ProblemCodes.InvalidValue, "$[2].extension")],
            ResponseImport.ToAssessment(responses).Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Missing_subject_author_and_date_are_problems_and_validation_problems_point_at_responses()
    {
        var responses = Responses();
        responses[0].Subject = null;
        responses[0].Author = null;
        responses[0].Authored = null;

        Assert.Equal(["$[0].authored", "$[0].subject", "$[0].author"], ResponseImport.ToAssessment(responses).Problems.Select(p => p.Path));

        var duplicated = Responses();
        duplicated[2].Author!.Identifier!.Value = "council";
        Assert.Equal(new Problem(ProblemCodes.DuplicateAssessor, "$[2].author.id", "The assessor id 'council' is used more than once; give each assessor its own id."), Single(duplicated));
    }

    [Fact]
    public void A_response_entered_in_error_is_refused_and_one_in_progress_is_a_warning()
    {
        var error = Responses();
        error[0].Status = QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError;
        var progress = Responses();
        progress[0].Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress;

        Assert.Equal("The response was entered in error; leave it out.", Single(error).Message);
        var result = ResponseImport.ToAssessment(progress);
        Assert.Equal(Croydon, result.Value);
        Assert.Equal(ProblemSeverity.Warning, Assert.Single(result.Problems).Severity);
    }

    [Theory]
    [InlineData("{", ProblemCodes.InvalidJson, "The file is not valid JSON (line 1, position 2)")]
    [InlineData("", ProblemCodes.EmptyFile, "The file is empty; FHIR JSON is a JSON object with a resourceType, as a form filler exports it.")]
    [InlineData("""{"schemaVersion":1,"framework":"lga-position-paper"}""", ProblemCodes.WrongKindOfFile, "The file is an assessment file, not FHIR; the FHIR bridge reads QuestionnaireResponses (or a Bundle of them) as a FHIR form filler exports them.")]
    [InlineData("""{"name":"x","items":[1,2,3]}""", ProblemCodes.WrongKindOfFile, "The file is JSON without a resourceType, not FHIR; a FHIR QuestionnaireResponse is a JSON object with \"resourceType\": \"QuestionnaireResponse\".")]
    [InlineData("""{"resourceType":"Questionnaire","status":"active","item":[{"linkId":"1","type":"string"}]}""", ProblemCodes.WrongKindOfFile, "The file is a FHIR Questionnaire, not a QuestionnaireResponse or a Bundle of them; export the responses to the checklist's Questionnaire.")]
    [InlineData("""{"resourceType":"QuestionnaireResponse","status":"done"}""", FhirProblemCodes.InvalidFhir, "Value 'done' is not a correct code")]
    [InlineData("""{"resourceType":"Patient","active":true}""", ProblemCodes.WrongKindOfFile, "The file is a FHIR Patient, not a QuestionnaireResponse or a Bundle of them; export the responses to the checklist's Questionnaire.")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","active":true}}]}""", ProblemCodes.WrongType, "The Bundle holds a Patient; it may hold only QuestionnaireResponses.")]
    public void Files_that_are_not_responses_give_problems(string json, string code, string message)
    {
        var problem = Assert.Single(ResponseImport.Read(Encoding.UTF8.GetBytes(json)).Problems);

        Assert.Equal(code, problem.Code);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_saved_as_utf16_with_a_byte_order_mark_is_read_with_a_warning()
    {
        var utf8 = Encoding.UTF8.GetBytes("""{"resourceType":"QuestionnaireResponse","status":"done"}""");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Convert(Encoding.UTF8, Encoding.Unicode, utf8)).ToArray();

        var problems = ResponseImport.Read(utf16).Problems;

        Assert.Equal([FhirProblemCodes.InvalidFhir, ProblemCodes.OtherEncoding], problems.Select(p => p.Code));
        Assert.Equal(ResponseImport.Read(utf8).Problems, problems.Take(1));
    }

    [Fact]
    public void No_responses_and_files_over_the_size_limit_are_refused()
    {
        Assert.Equal("There are no responses; give one QuestionnaireResponse per assessor.", Single([]).Message);
        Assert.Equal(ProblemCodes.FileTooLarge, Assert.Single(ResponseImport.Read(new byte[100], options: new ReadOptions { MaxBytes = 10 }).Problems).Code);
    }
}
