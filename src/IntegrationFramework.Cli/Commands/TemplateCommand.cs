using System.CommandLine;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Serialization;
using NodaTime;
using NodaTime.Text;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw template</c>: writes an assessment file with its assessors and every item unrated.</summary>
internal static class TemplateCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = Choices.Framework("The framework to assess against; shifting-the-centre-of-gravity-2018 when left out.");
        var code = new Option<string>("--footprint-code") { Description = "The footprint's code, such as its ONS code.", Required = true, HelpName = "CODE" };
        var name = new Option<string>("--footprint-name") { Description = "The footprint's name.", Required = true, HelpName = "NAME" };
        var level = new Option<string>("--level") { Description = "The footprint's level: system, place or neighbourhood.", Required = true };
        level.AcceptOnlyFromAmong("system", "place", "neighbourhood");
        var population = new Option<int?>("--population") { Description = "How many people live in the footprint.", HelpName = "PEOPLE" };
        var parent = new Option<string?>("--parent") { Description = "The code of the wider footprint it sits in.", HelpName = "CODE" };
        var date = new Option<string?>("--date") { Description = "The date of the assessment, yyyy-MM-dd; today when left out.", HelpName = "DATE" };
        var assessors = new Option<string[]>("--assessor")
        {
            Description = "An assessor, as ID, ID:PARTNER or ID:PARTNER:NAME; repeat for each. ID alone works when it names a kind of partner, such as council or vcse.",
            HelpName = "ID[:PARTNER[:NAME]]",
            DefaultValueFactory = _ => [],
        };
        var output = Choices.Output();
        var command = new Command("template", "Write an assessment file with its assessors listed and every item unrated, ready to add ratings to.")
        {
            framework, code, name, level, population, parent, date, assessors, output,
        };
        command.SetAction(parse =>
        {
            if (Choices.FindFramework(terminal, parse.GetValue(framework) ?? Frameworks.ShiftingTheCentreOfGravity2018.Id) is not { } chosen)
            {
                return Ifw.BadInput;
            }

            if (parse.GetValue(population) is < 1)
            {
                return terminal.Usage("--population must be a positive whole number.");
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(code)) || string.IsNullOrWhiteSpace(parse.GetValue(name)) || parse.GetValue(parent) is { } p && string.IsNullOrWhiteSpace(p))
            {
                return terminal.Usage("--footprint-code, --footprint-name and --parent must not be blank.");
            }

            LocalDate assessedOn;
            if (parse.GetValue(date) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    return terminal.Usage($"--date '{text}' is not a date in the form yyyy-MM-dd.");
                }

                assessedOn = parsed.Value;
            }
            else
            {
                assessedOn = terminal.Clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;
            }

            var listed = new List<Assessor>();
            foreach (var spec in parse.GetValue(assessors) ?? [])
            {
                if (Assessor(spec) is not { } assessor)
                {
                    return terminal.Usage($"--assessor '{spec}' is not ID, ID:PARTNER or ID:PARTNER:NAME with PARTNER one of {Vocabularies.Partner.Allowed}.");
                }

                listed.Add(assessor);
            }

            Vocabularies.Level.TryParse(parse.GetValue(level), out var footprintLevel);
            var footprint = new Footprint(parse.GetValue(code)!, parse.GetValue(name)!, footprintLevel, parse.GetValue(population), parse.GetValue(parent));
            var template = new Assessment(chosen.Id, footprint, assessedOn, listed.ToEquatableArray(), []);
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
