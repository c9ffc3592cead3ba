using System.CommandLine;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Collecting;
using IntegrationFramework.Fhir;
using IntegrationFramework.Intake;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw fhir</c>: the HL7 FHIR R4 bridge.</summary>
internal static class FhirCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = CommonOptions.Framework("The framework: a built-in one or an edition from --framework-file; shifting-the-centre-of-gravity-2018 when left out.");
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

        var responses = new Argument<string[]>("RESPONSE")
        {
            Description = "FHIR JSON files: QuestionnaireResponses or Bundles of them, one response per assessor, from this tool or a generic form filler; '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var footprint = new FootprintOptions(
            "The footprint's level (system, place or neighbourhood), for responses without a subject.",
            "How many people live in the footprint, for responses without a subject.",
            "The date of the assessment, yyyy-MM-dd; when given, a response's authored (when the form was filled) is not the date. When left out, every response's authored must fall on one day.");
        var assessors = new Option<string[]>("--assessor")
        {
            Description = "An assessor whose id or name equals a response's author (its display or reference), as ID, ID:PARTNER or ID:PARTNER:NAME; repeat for each. Only fills what a response lacks.",
            HelpName = "ID[:PARTNER[:NAME]]",
            DefaultValueFactory = _ => [],
        };
        var importOutput = new OutputOption("fhir import", ReportFormat.Json, ReportFormat.Json, ReportFormat.Csv);
        var import = new Command("import", "Read FHIR QuestionnaireResponses (one per assessor, in one file or several) into an assessment file, JSON or ratings CSV. What a generic form filler leaves out comes from --footprint-code, --footprint-name, --level, --date and --assessor.") { responses };
        footprint.AddTo(import);
        import.Options.Add(assessors);
        importOutput.AddTo(import);
        ReadLimits.AddTo(import);
        import.SetAction(parse =>
        {
            if (Context(parse, terminal, footprint, parse.GetValue(assessors) ?? []) is not { } context)
            {
                return Ifw.BadInput;
            }

            var files = new List<InputFile>();
            var inputs = new InputFiles(terminal);
            foreach (var path in parse.GetValue(responses)!)
            {
                if (inputs.File(path) is not { } file)
                {
                    return Ifw.BadInput;
                }

                files.Add(file);
            }

            var result = ResponseImport.Read(files, context, terminal.ReadOptions);
            if (terminal.Problems(result.Problems) || result.Value is not { } assessment)
            {
                return Ifw.BadInput;
            }

            terminal.Write(parse.GetValue(importOutput), importOutput.Format(parse) == ReportFormat.Csv ? RatingsCsv.Serialize(assessment) : AssessmentJson.Serialize(assessment));
            terminal.Error.WriteLine($"Imported {files.Count} {(files.Count == 1 ? "file" : "files")}: {string.Join("; ", AssessorReturn.Of(assessment, [new PartnerFile("responses", assessment)]))}.");
            return Ifw.Done;
        });

        return new Command("fhir", "The HL7 FHIR R4 bridge: export a Questionnaire, import QuestionnaireResponses.") { questionnaire, import };
    }

    /// <summary>The context the options give; null after saying what is wrong.</summary>
    private static ResponseContext? Context(ParseResult parse, Terminal terminal, FootprintOptions footprint, string[] specs)
    {
        Geography.Footprint? place = null;
        if (footprint.Given(parse) is not null && (place = footprint.Footprint(parse, terminal)) is null)
        {
            return null;
        }

        if (!footprint.Date(parse, terminal, out var date))
        {
            return null;
        }

        var listed = new List<Assessments.Assessor>();
        foreach (var spec in specs)
        {
            if (CommonOptions.Assessor(spec) is not { } assessor)
            {
                terminal.Usage(CommonOptions.UnreadableAssessor(spec));
                return null;
            }

            listed.Add(assessor);
        }

        return new ResponseContext { Footprint = place, AssessedOn = date, Assessors = [.. listed] };
    }
}
