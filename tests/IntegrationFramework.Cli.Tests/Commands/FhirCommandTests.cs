using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Fhir;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class FhirCommandTests
{
    [Fact]
    public void Questionnaire_is_the_fhir_questionnaire_of_the_2018_checklist_by_default()
    {
        var run = Run.Ifw("fhir", "questionnaire").Succeeded();

        var questionnaire = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Questionnaire>(run.Output);
        Assert.Equal(QuestionnaireExport.CanonicalUrl(Frameworks.ShiftingTheCentreOfGravity2018), questionnaire.Url);
        Assert.Equal(new FhirJsonSerializer().SerializeToString(QuestionnaireExport.For(Frameworks.ShiftingTheCentreOfGravity2018), true), run.Output.TrimEnd('\n'));
    }

    [Fact]
    public void Questionnaire_of_another_framework_written_to_a_file()
    {
        using var folder = new Folder();

        Run.Ifw("fhir", "questionnaire", "--framework", "lga-position-paper", "-o", folder["lga.json"]).Succeeded();

        var questionnaire = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Questionnaire>(File.ReadAllText(folder["lga.json"]));
        Assert.Equal(QuestionnaireExport.CanonicalUrl(Frameworks.LgaPositionPaper), questionnaire.Url);
    }

    [Fact]
    public void Questionnaire_of_an_unknown_framework_is_refused()
    {
        Run.Ifw("fhir", "questionnaire", "--framework", "lga").Refused();
    }

    [Fact]
    public void Import_reads_a_bundle_of_responses_back_into_the_assessment()
    {
        using var folder = new Folder();
        var path = folder.Write("responses.json", BundleOf(Folder.Croydon()));

        var json = Run.Ifw("fhir", "import", path).Succeeded();
        var csv = Run.Ifw("fhir", "import", path, "--format", "csv").Succeeded();

        // The responses come one per assessor, so the ratings come back grouped by assessor: the same ratings, in another order.
        var imported = AssessmentJson.Read(Encoding.UTF8.GetBytes(json.Output)).Value!;
        Assert.Equal(Folder.Croydon().Ratings.OrderBy(r => r.AssessorId, StringComparer.Ordinal), imported.Ratings);
        Assert.Equal(Scorer.Score(Folder.Croydon()), Scorer.Score(imported));
        Assert.Equal(RatingsCsv.Serialize(imported), csv.Output);
    }

    [Fact]
    public void Import_of_something_that_is_not_fhir_is_refused_with_its_problems()
    {
        using var folder = new Folder();
        var path = folder.Write("patient.json", """{ "resourceType": "Patient", "id": "p1" }""");

        var run = Run.Ifw("fhir", "import", path).Refused();

        Assert.All(run.ErrorLines, line => Assert.StartsWith($"{path}: $", line, StringComparison.Ordinal));
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Import_of_a_missing_file_is_refused()
    {
        var run = Run.Ifw("fhir", "import", "responses.json").Refused();

        Assert.Equal("responses.json: no such file.\n", run.Error);
    }

    private static string BundleOf(Assessments.Assessment assessment)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var response in ResponseExport.For(assessment))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = response });
        }

        return new FhirJsonSerializer().SerializeToString(bundle, true);
    }
}
