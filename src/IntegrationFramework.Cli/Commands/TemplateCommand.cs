using System.CommandLine;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collecting;
using IntegrationFramework.Collections;
using IntegrationFramework.Reports;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli.Commands;

/// <summary>
/// <c>ifw template</c>: writes a form ready to fill in, as an assessment file (JSON), a ratings table (CSV) or one
/// workbook per assessor: every item for every assessor, unrated, or pre-filled from an existing assessment.
/// </summary>
internal static class TemplateCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = CommonOptions.Framework("The framework to assess against: a built-in one or an edition from --framework-file; shifting-the-centre-of-gravity-2018 when left out.");
        var footprint = new FootprintOptions(
            "The footprint's level: system, place or neighbourhood.",
            "How many people live in the footprint.",
            "The date of the assessment, yyyy-MM-dd; today in England when left out (with --from, the file's date).");
        var assessors = new Option<string[]>("--assessor")
        {
            Description = "An assessor, as ID, ID:PARTNER or ID:PARTNER:NAME; repeat for each. ID alone works when it names a kind of partner, such as council or vcse. With --from, the assessors of the file to write for (all when left out).",
            HelpName = "ID[:PARTNER[:NAME]]",
            DefaultValueFactory = _ => [],
        };
        var from = new Option<string?>("--from")
        {
            Description = "Start from this assessment (a file, or a folder of partner files): its footprint, scope, assessors and ratings pre-fill the form; next year's review with --date, or a partner's workbook with what they said.",
            HelpName = "FILE",
        };
        var outputDir = new Option<string?>("--output-dir")
        {
            Description = "Write one workbook per assessor into this folder, each named FOOTPRINTCODE-ASSESSORID.xlsx.",
            HelpName = "DIR",
        };
        var output = new OutputOption("template", workbooks: true, ReportFormat.Json, ReportFormat.Json, ReportFormat.Csv);
        var command = new Command("template", "Write a form ready to fill in: an assessment file (JSON), a ratings table (CSV) or a workbook (.xlsx) per assessor, with every item listed for every assessor and nothing rated yet, or pre-filled --from an assessment.") { framework };
        footprint.AddTo(command);
        command.Options.Add(assessors);
        command.Options.Add(from);
        command.Options.Add(outputDir);
        output.AddTo(command);
        ReadLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var template = parse.GetValue(from) is { } source
                ? FromFile(parse, terminal, source, framework, footprint, parse.GetValue(assessors) ?? [])
                : Blank(parse, terminal, framework, footprint, parse.GetValue(assessors) ?? []);
            if (template is null)
            {
                return Ifw.BadInput;
            }

            if (terminal.Problems("template", template.Validate(terminal.Clock)))
            {
                return Ifw.BadInput;
            }

            return Write(parse, terminal, template, output, parse.GetValue(outputDir));
        });
        return command;
    }

    private static int Write(ParseResult parse, Terminal terminal, Assessment template, OutputOption output, string? folder)
    {
        var path = parse.GetValue(output);
        var items = template.Framework.Checklist.Items.Count;
        if (folder is not null)
        {
            if (path is not null)
            {
                return terminal.Usage("give either -o FILE or --output-dir DIR, not both.");
            }

            if (output.FormatOption is { } format && parse.GetValue(format) is { } named && named != OutputOption.WorkbookName)
            {
                return terminal.Usage($"--output-dir writes workbooks (xlsx), but --format is {named}; leave --format out, or write one file with -o.");
            }

            return Workbooks(terminal, template, folder, parse.GetValue(output.Force));
        }

        if (output.IsWorkbook(parse))
        {
            if (path is null or Targets.Standard)
            {
                return terminal.Usage("a workbook is not written to standard output; give -o FILE.xlsx, or --output-dir DIR for one workbook per assessor.");
            }

            if (template.Assessors.Count != 1)
            {
                return terminal.Usage(template.Assessors.IsEmpty
                    ? "a workbook is one assessor's; give --assessor ID[:PARTNER[:NAME]]."
                    : $"-o {path} writes one workbook, but there are {template.Assessors.Count} assessors ({string.Join(", ", template.Assessors.Select(a => a.Id))}); give --output-dir DIR for one workbook each, or one --assessor.");
            }

            terminal.Write(path, AssessorWorkbook.ToBytes(template, template.Assessors[0].Id));
            terminal.Error.WriteLine($"{template.Assessors[0].Name}: {Filled(template, template.Assessors[0])} of {items} items rated. Fill in Progress for each item, send the workbook back, and merge the returns with ifw merge.");
            return Ifw.Done;
        }

        if (output.Format(parse) == ReportFormat.Csv)
        {
            if (template.Assessors.IsEmpty)
            {
                return terminal.Usage("a ratings table needs at least one assessor, whose rows it lists; give --assessor ID[:PARTNER[:NAME]].");
            }

            terminal.Write(path, AssessmentTemplate.ToCsv(template));
            if (!template.Actions.IsEmpty)
            {
                terminal.Error.WriteLine($"A ratings table holds no actions: the {template.Actions.Count} open {(template.Actions.Count == 1 ? "action" : "actions")} of the earlier review are carried into a JSON template only (--format json).");
            }
        }
        else
        {
            terminal.Write(path, AssessmentTemplate.ToJson(template));
            if (!template.Actions.IsEmpty)
            {
                terminal.Error.WriteLine($"{template.Actions.Count} open {(template.Actions.Count == 1 ? "action is" : "actions are")} carried over: {string.Join(", ", template.Actions.Select(a => a.ItemId).Distinct())}.");
            }
        }

        terminal.Error.WriteLine(template.Assessors.IsEmpty
            ? $"No assessors yet; add them with --assessor, and every item of {template.Framework.Id} ({items} items) is listed for each."
            : $"Every item of {template.Framework.Id} ({items} items) is listed for each of {template.Assessors.Count} {(template.Assessors.Count == 1 ? "assessor" : "assessors")}; {template.Ratings.Count} rated. Fill in progress where it is empty ({Vocabularies.Progress.Allowed}).");
        return Ifw.Done;
    }

    private static int Workbooks(Terminal terminal, Assessment template, string folder, bool force)
    {
        if (template.Assessors.IsEmpty)
        {
            return terminal.Usage("--output-dir writes a workbook per assessor, and there are none; give --assessor ID[:PARTNER[:NAME]] for each.");
        }

        if (File.Exists(folder))
        {
            return terminal.Usage($"--output-dir {folder} is a file; give a folder (it is made when missing).");
        }

        Directory.CreateDirectory(folder);
        var targets = template.Assessors.Select(a => (Assessor: a, Path: Path.Combine(folder, $"{Safe(template.Footprint.Code)}-{Safe(a.Id)}{OutputOption.WorkbookExtension}"))).ToList();
        foreach (var (_, target) in targets)
        {
            if (Targets.Refusal(target, [], force) is { } refusal)
            {
                return terminal.Usage(refusal);
            }
        }

        foreach (var (assessor, target) in targets)
        {
            terminal.Write(target, AssessorWorkbook.ToBytes(template, assessor.Id));
        }

        terminal.Error.WriteLine($"Wrote {targets.Count} workbooks, one per assessor. Send each partner theirs; merge the returns with ifw merge {Path.Combine(folder, "*.xlsx")} -o assessment.json.");
        return Ifw.Done;
    }

    /// <summary>"2 new items (LOC.1, LOC.2), unrated" or "no new item".</summary>
    private static string Items(EquatableArray<string> ids, string what, string then)
        => ids.Count switch
        {
            0 => $"no {what}",
            1 => $"1 {what} ({ids[0]}), {then}",
            _ => $"{ids.Count} {what}s ({string.Join(", ", ids.Take(12))}{(ids.Count > 12 ? $" and {ids.Count - 12} more" : string.Empty)}), {then}",
        };

    /// <summary>A code or id as part of a file name: characters a file name cannot hold become '_'.</summary>
    private static string Safe(string text)
        => string.Concat(text.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c));

    private static int Filled(Assessment template, Assessor assessor) => template.Ratings.Count(r => r.AssessorId == assessor.Id);

    private static Assessment? Blank(ParseResult parse, Terminal terminal, Option<string?> framework, FootprintOptions footprint, string[] specs)
    {
        if (CommonOptions.FindFramework(terminal, parse.GetValue(framework) ?? Frameworks.ShiftingTheCentreOfGravity2018.Id) is not { } chosen)
        {
            return null;
        }

        if (footprint.Footprint(parse, terminal) is not { } place || !footprint.Date(parse, terminal, out var date))
        {
            return null;
        }

        var listed = new List<Assessor>();
        foreach (var spec in specs)
        {
            if (CommonOptions.Assessor(spec) is not { } assessor)
            {
                terminal.Usage(CommonOptions.UnreadableAssessor(spec));
                return null;
            }

            listed.Add(assessor);
        }

        return new Assessment(chosen, place, date ?? terminal.Today, listed.ToEquatableArray(), []);
    }

    private static Assessment? FromFile(ParseResult parse, Terminal terminal, string source, Option<string?> framework, FootprintOptions footprint, string[] specs)
    {
        if (footprint.Given(parse) is { } given)
        {
            terminal.Usage($"{given} cannot be given with --from, which takes the footprint from its file; leave it out.");
            return null;
        }

        if (!footprint.Date(parse, terminal, out var date) || new InputFiles(terminal).Assessment([source]) is not { } earlier)
        {
            return null;
        }

        if (parse.GetValue(framework) is { } id && id != earlier.Framework.Id)
        {
            if (CommonOptions.FindFramework(terminal, id) is not { } edition)
            {
                return null;
            }

            if (EditionContinuation.Between(earlier.Framework, edition) is not { } continuation)
            {
                terminal.Usage($"--framework {id} does not derive from {earlier.Framework.Id} {earlier.Framework.Version}, the framework of {source}, so its ratings cannot be carried into it; give an edition whose derivedFrom names {earlier.Framework.Id}, or leave --framework out.");
                return null;
            }

            earlier = AssessmentTemplate.Carry(earlier, continuation);
            terminal.Error.WriteLine($"Carried into {edition.Id} {edition.Version} from {continuation.Earlier.Id} {continuation.Earlier.Version}: {Items(continuation.NewItems, "new item", "unrated")}; {Items(continuation.DroppedItems, "dropped item", continuation.DroppedItems.Count == 1 ? "its ratings and actions left behind" : "their ratings and actions left behind")}.");
        }

        var chosen = new List<Assessor>();
        foreach (var spec in specs)
        {
            var known = earlier.Assessors.FirstOrDefault(a => a.Id == spec.Split(':', 2)[0]);
            if ((known ?? CommonOptions.Assessor(spec)) is not { } assessor)
            {
                terminal.Usage(CommonOptions.UnreadableAssessor(spec));
                return null;
            }

            chosen.Add(assessor);
        }

        var assessors = chosen.Count > 0 ? chosen.ToEquatableArray() : earlier.Assessors;
        var ratings = earlier.Ratings.Where(r => assessors.Any(a => a.Id == r.AssessorId)).ToEquatableArray();

        // Next year's review takes the actions still open; those done or dropped stay in last year's file.
        var open = earlier.Actions.Where(a => a.Status == ActionStatus.Open).ToEquatableArray();
        return new Assessment(earlier.Framework, earlier.Footprint, date ?? earlier.AssessedOn, assessors, ratings, earlier.ExcludedDomains, [], open);
    }
}
