using System.CommandLine;
using IntegrationFramework.Assessments;
using IntegrationFramework.Dates;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Commands;

/// <summary>
/// <c>ifw sign</c>: records that the partners signed an assessment off — the date, who signed, and the digest of what
/// they signed — so that every command refuses the file once it is changed.
/// </summary>
internal static class SignCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "The assessment to sign off: an assessment file (JSON, ratings CSV, a workbook, FHIR responses) or a folder of partners' files, merged." };
        var by = new Option<string[]>("--by")
        {
            Description = "Who signs, as NAME:ROLE:ORGANISATION, such as \"Jane Smith:Chief executive:Croydon Council\"; once per signatory.",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
            HelpName = "NAME:ROLE:ORGANISATION",
        };
        var date = new Option<string?>("--date") { Description = "The date of the sign-off, yyyy-MM-dd; today in England when left out.", HelpName = "yyyy-MM-dd" };
        var output = new OutputOption("sign", ReportFormat.Json);
        var command = new Command("sign", "Sign an assessment off: write it with a signOff recording the date, the signatories and the SHA-256 digest of the rest of the file in the JSON Canonicalization Scheme (RFC 8785). Every command then refuses the file if it is changed. The digest proves the file is what was signed, not who signed.") { file, by, date };
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var signatories = new List<Signatory>();
            foreach (var given in parse.GetValue(by)!)
            {
                var parts = given.Split(':', StringSplitOptions.TrimEntries);
                if (parts.Length != 3 || parts.Any(string.IsNullOrEmpty))
                {
                    return terminal.Usage($"--by '{given}' is not NAME:ROLE:ORGANISATION: give the signatory's name, role and organisation, separated by colons, such as \"Jane Smith:Chief executive:Croydon Council\".");
                }

                signatories.Add(new Signatory(parts[0], parts[1], parts[2]));
            }

            var today = terminal.Today;
            var on = today;
            if (parse.GetValue(date) is { } text)
            {
                if (IsoDate.Parse(text) is not { } parsed)
                {
                    return terminal.Usage($"--date '{text}' is not a date, yyyy-MM-dd.");
                }

                on = parsed;
            }

            if (on > today)
            {
                return terminal.Usage($"--date {IsoDate.Format(on)} is after today ({IsoDate.Format(today)} in England): an assessment is signed off on or before the day it is signed.");
            }

            if (Read(terminal, parse.GetValue(file)!) is not { } assessment)
            {
                return Ifw.BadInput;
            }

            if (on < assessment.AssessedOn)
            {
                return terminal.Usage($"--date {IsoDate.Format(on)} is before the assessment ({IsoDate.Format(assessment.AssessedOn)}): an assessment is signed off after it is made.");
            }

            terminal.Write(parse.GetValue(output), AssessmentJson.Sign(assessment, on, signatories));
            return Ifw.Done;
        });
        return command;
    }

    /// <summary>
    /// The assessment to sign: a file or folder as every command reads it, except that a sign-off the file already has
    /// is set aside first — it is replaced, so a file changed since its last sign-off can be signed again — and the
    /// command says so.
    /// </summary>
    private static Assessments.Assessment? Read(Terminal terminal, string path)
    {
        System.Text.Json.Nodes.JsonObject? root = null;
        try
        {
            root = File.Exists(path) ? System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(path)) as System.Text.Json.Nodes.JsonObject : null;
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON (a workbook, a table): read as every command reads it.
        }

        if (root is null || !root.Remove("signOff"))
        {
            return new InputFiles(terminal).Assessment(path);
        }

        terminal.Error.WriteLine($"{path}: its earlier sign-off is replaced.");
        var read = terminal.Intake.Read(new Intake.InputFile(path, System.Text.Encoding.UTF8.GetBytes(root.ToJsonString())));
        terminal.Problems(read.Problems);
        return read.Value;
    }
}
