using System.CommandLine;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Data;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw template</c>: writes an assessment file with its assessors and every item unrated.</summary>
internal static class TemplateCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = CommonOptions.Framework("The framework to assess against; shifting-the-centre-of-gravity-2018 when left out.");
        var footprint = new FootprintOptions(
            "The footprint's level: system, place or neighbourhood.",
            "How many people live in the footprint.",
            "The date of the assessment, yyyy-MM-dd; today in England when left out.");
        var assessors = new Option<string[]>("--assessor")
        {
            Description = "An assessor, as ID, ID:PARTNER or ID:PARTNER:NAME; repeat for each. ID alone works when it names a kind of partner, such as council or vcse.",
            HelpName = "ID[:PARTNER[:NAME]]",
            DefaultValueFactory = _ => [],
        };
        var output = new OutputOption("template", ReportFormat.Json);
        var command = new Command("template", "Write an assessment file with its assessors listed and every item unrated, ready to add ratings to.") { framework };
        footprint.AddTo(command);
        command.Options.Add(assessors);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            if (CommonOptions.FindFramework(terminal, parse.GetValue(framework) ?? Frameworks.ShiftingTheCentreOfGravity2018.Id) is not { } chosen)
            {
                return Ifw.BadInput;
            }

            if (footprint.Footprint(parse, terminal) is not { } place || !footprint.Date(parse, terminal, out var date))
            {
                return Ifw.BadInput;
            }

            var assessedOn = date ?? terminal.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
            var listed = new List<Assessor>();
            foreach (var spec in parse.GetValue(assessors) ?? [])
            {
                if (Assessor(spec) is not { } assessor)
                {
                    return terminal.Usage($"--assessor '{spec}' is not ID, ID:PARTNER or ID:PARTNER:NAME with PARTNER one of {Vocabularies.Partner.Allowed}.");
                }

                listed.Add(assessor);
            }

            var template = new Assessment(chosen, place, assessedOn, listed.ToEquatableArray(), []);
            if (terminal.Problems("template", template.Validate(terminal.Clock)))
            {
                return Ifw.BadInput;
            }

            terminal.Write(parse.GetValue(output), AssessmentJson.Serialize(template));
            terminal.Error.WriteLine($"Every item of {chosen.Id} is unrated ({chosen.Checklist.Items.Count} items). Add a rating for each item and assessor, such as {{ \"item\": \"{chosen.Checklist.Items[0].Id}\", \"assessor\": \"{(listed.Count > 0 ? listed[0].Id : "council")}\", \"progress\": \"inPlace\" }}.");
            return Ifw.Done;
        });
        return command;
    }

    /// <summary>Reads <c>ID</c>, <c>ID:PARTNER</c> or <c>ID:PARTNER:NAME</c>.</summary>
    private static Assessor? Assessor(string spec)
    {
        var parts = spec.Split(':', 3);
        var id = parts[0];
        var partnerName = parts.Length > 1 ? parts[1] : id;
        if (string.IsNullOrWhiteSpace(id) || !Vocabularies.Partner.TryParse(partnerName, out var partner))
        {
            return null;
        }

        var name = parts.Length > 2 && !string.IsNullOrWhiteSpace(parts[2]) ? parts[2] : PartnerKinds.Describe(partner).Name;
        return new Assessor(id, name, partner);
    }
}
