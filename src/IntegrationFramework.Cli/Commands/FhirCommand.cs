using System.CommandLine;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Fhir;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw fhir</c>: the HL7 FHIR R4 bridge.</summary>
internal static class FhirCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = CommonOptions.Framework("The framework; shifting-the-centre-of-gravity-2018 when left out.");
        var questionnaireOutput = new OutputOption("fhir questionnaire", ReportFormat.Json);
        var questionnaire = new Command("questionnaire", "Write a framework's checklist as a FHIR R4 Questionnaire (JSON): groups per theme and domain, a choice question per item.") { framework };
        questionnaireOutput.AddTo(questionnaire);
        questionnaire.SetAction(parse =>
        {
            if (CommonOptions.FindFramework(terminal, parse.GetValue(framework) ?? Frameworks.ShiftingTheCentreOfGravity2018.Id) is not { } chosen)
            {
                return Ifw.BadInput;
            }

            terminal.Write(parse.GetValue(questionnaireOutput), new FhirJsonSerializer().SerializeToString(QuestionnaireExport.For(chosen), true));
            return Ifw.Done;
        });

        var response = new Argument<string>("RESPONSE") { Description = "A FHIR JSON file: a QuestionnaireResponse, or a Bundle of them, one per assessor; '-' for standard input." };
        var importOutput = new OutputOption("fhir import", ReportFormat.Json, ReportFormat.Json, ReportFormat.Csv);
        var import = new Command("import", "Read FHIR QuestionnaireResponses (one per assessor) into an assessment file, JSON or ratings CSV.") { response };
        importOutput.AddTo(import);
        ReadLimits.AddTo(import);
        import.SetAction(parse =>
        {
            var path = parse.GetValue(response)!;
            if (new InputFiles(terminal).Bytes(path) is not { } bytes)
            {
                return Ifw.BadInput;
            }

            var result = ResponseImport.Read(bytes, terminal.ReadOptions);
            if (terminal.Problems(InputFiles.Name(path), result.Problems) || result.Value is not { } assessment)
            {
                return Ifw.BadInput;
            }

            terminal.Write(parse.GetValue(importOutput), importOutput.Format(parse) == ReportFormat.Csv ? RatingsCsv.Serialize(assessment) : AssessmentJson.Serialize(assessment));
            return Ifw.Done;
        });

        return new Command("fhir", "The HL7 FHIR R4 bridge: export a Questionnaire, import QuestionnaireResponses.") { questionnaire, import };
    }
}
