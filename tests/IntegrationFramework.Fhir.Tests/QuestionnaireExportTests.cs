using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace IntegrationFramework.Fhir.Tests;

public sealed class QuestionnaireExportTests
{
    private static readonly Questionnaire Report = QuestionnaireExport.For(Frameworks.ShiftingTheCentreOfGravity2018);

    [Fact]
    public void The_questionnaire_has_a_versioned_canonical_url_and_the_frameworks_title()
    {
        Assert.Equal("urn:integrationframework:fhir:Questionnaire:shifting-the-centre-of-gravity-2018", Report.Url);
        Assert.Equal("1.0.0", Report.Version);
        Assert.Equal("ShiftingTheCentreOfGravity2018", Report.Name);
        Assert.Equal("Shifting the centre of gravity", Report.Title);
        Assert.Equal(PublicationStatus.Active, Report.Status);
        Assert.Equal("urn:integrationframework:fhir:Questionnaire:lga-position-paper|1.0.0", QuestionnaireExport.VersionedCanonical(Frameworks.LgaPositionPaper));
    }

    [Fact]
    public void Themes_and_domains_are_groups_and_every_item_a_choice_question_in_order()
    {
        Assert.Equal(["SO", "SL", "SS"], Report.Item.Select(t => t.LinkId));
        Assert.All(Report.Item, t => Assert.Equal(Questionnaire.QuestionnaireItemType.Group, t.Type));
        var domains = Report.Item.SelectMany(t => t.Item).ToList();
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domains.Select(d => d.Code), domains.Select(d => d.LinkId));
        var questions = domains.SelectMany(d => d.Item).ToList();
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Select(i => i.Id), questions.Select(q => q.LinkId));
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Select(i => i.Text), questions.Select(q => q.Text));
        Assert.All(questions, q => Assert.Equal(Questionnaire.QuestionnaireItemType.Choice, q.Type));
    }

    [Fact]
    public void Each_item_offers_the_five_levels_weighted_by_level_and_not_applicable_without_a_weight()
    {
        var question = Report.Item[0].Item[1].Item[3];
        var options = question.AnswerOption;

        Assert.Equal("PCC.4", question.LinkId);
        Assert.Equal(["notStarted", "planned", "underDevelopment", "inPlace", "embedded", "notApplicable"], options.Select(o => ((Coding)o.Value).Code));
        Assert.All(options, o => Assert.Equal(FhirIdentifiers.ProgressCodeSystem, ((Coding)o.Value).System));
        Assert.Equal([0m, 1m, 2m, 3m, 4m], options.Take(5).Select(o => o.GetExtensionValue<FhirDecimal>(FhirIdentifiers.ItemWeightExtension).Value!.Value));
        Assert.Null(options[5].GetExtension(FhirIdentifiers.ItemWeightExtension));
        Assert.Equal("In place", ((Coding)options[3].Value).Display);
    }

    [Fact]
    public void Each_item_asks_for_an_optional_target_and_evidence()
    {
        var question = Report.Item[0].Item[0].Item[0];

        Assert.Equal(["TRA.1.target", "TRA.1.evidence"], question.Item.Select(i => i.LinkId));
        Assert.Equal(5, question.Item[0].AnswerOption.Count);
        Assert.Equal(Questionnaire.QuestionnaireItemType.Text, question.Item[1].Type);
        Assert.All(question.Item, i => Assert.False(i.Required));
    }

    [Fact]
    public void The_questionnaire_is_valid_FHIR_JSON_that_reads_back_as_itself()
    {
        var json = new FhirJsonSerializer().SerializeToString(QuestionnaireExport.For(Frameworks.LgaPositionPaper), true);

        var ok = new FhirJsonDeserializer(new DeserializerSettings()).TryDeserializeResource(json, out var read, out IEnumerable<CodedException> issues);

        Assert.True(ok, string.Join("; ", issues.Select(i => i.Message)));
        Assert.True(QuestionnaireExport.For(Frameworks.LgaPositionPaper).IsExactly(read!));
    }
}
