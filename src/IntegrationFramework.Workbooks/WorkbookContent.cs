using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// Turns the sheets of an assessor's workbook into an assessment: the cover and the domain sheets are found by what
/// they hold, the columns of a domain sheet by their headings.
/// </summary>
internal sealed class WorkbookContent(ReadOptions options, List<Problem> problems)
{
    private static readonly string[] Levels = ["0", "1", "2", "3", "4"];

    public ReadResult<Assessment> Read(List<WorkbookSheet> sheets)
    {
        var coverKey = WorkbookLayout.Normalise(WorkbookLayout.AssessorId);
        var cover = sheets.Find(s => s.Rows.Exists(r => WorkbookSheet.Text(r.Cells, 0) is { } a && WorkbookLayout.Normalise(a) == coverKey));
        if (cover is null)
        {
            return Fail(WorkbookProblemCodes.NotAnAssessorWorkbook, "$", $"The workbook has no cover sheet (a sheet with '{WorkbookLayout.AssessorId}' in column A); fill in a workbook that ifw template wrote, or save the ratings as a ratings table (CSV).");
        }

        var values = new Dictionary<string, (string? Text, string Place)>(StringComparer.Ordinal);
        foreach (var (number, cells) in cover.Rows)
        {
            if (WorkbookSheet.Text(cells, 0) is { } label)
            {
                values.TryAdd(WorkbookLayout.Normalise(label), (WorkbookSheet.Text(cells, 1), WorkbookLayout.Place(cover.Name, 1, number)));
            }
        }

        (string? Text, string Place) Value(string label)
            => values.TryGetValue(WorkbookLayout.Normalise(label), out var found) ? found : (null, WorkbookLayout.Place(cover.Name, 1, 1));

        string? Required(string label, string what)
        {
            var (text, place) = Value(label);
            if (text is null)
            {
                Error(ProblemCodes.MissingValue, place, $"'{label}' is empty on the cover; it needs {what}. Do not change the cover: write a new workbook with ifw template.");
            }

            return text;
        }

        var framework = Framework(Required(WorkbookLayout.Framework, "the framework's id"), Value(WorkbookLayout.Framework).Place, Value(WorkbookLayout.FrameworkVersion));
        var footprint = Footprint(
            Required(WorkbookLayout.FootprintCode, "the footprint's code"),
            Required(WorkbookLayout.FootprintName, "the footprint's name"),
            Term(Required(WorkbookLayout.FootprintLevel, "the footprint's level"), Value(WorkbookLayout.FootprintLevel).Place, Vocabularies.Level),
            Value(WorkbookLayout.Population),
            Value(WorkbookLayout.ParentCode).Text);
        var date = Date(Required(WorkbookLayout.AssessedOn, "the date of the assessment"), Value(WorkbookLayout.AssessedOn).Place);
        var assessorId = Required(WorkbookLayout.AssessorId, "the assessor's id");
        var assessorName = Required(WorkbookLayout.AssessorName, "the assessor's name");
        var partner = Term(Required(WorkbookLayout.Partner, "the kind of partner"), Value(WorkbookLayout.Partner).Place, Vocabularies.Partner);
        var excluded = Scope(Value(WorkbookLayout.OutOfScope).Text);

        var ratings = new List<Rating>();
        var ratingPlaces = new List<string>();
        var domainSheets = 0;
        if (framework is not null && assessorId is not null)
        {
            foreach (var sheet in sheets.Where(s => s != cover))
            {
                domainSheets += DomainSheet(sheet, framework.Checklist, assessorId, ratings, ratingPlaces) ? 1 : 0;
            }

            if (domainSheets == 0)
            {
                Error(WorkbookProblemCodes.NotAnAssessorWorkbook, "$", "The workbook has no sheet of items (a sheet with the headings Item and Progress); fill in a workbook that ifw template wrote.");
            }
        }

        if (ratings.Count > options.MaxRatings)
        {
            problems.Add(options.TooManyRatings(ratings.Count, ratingPlaces[options.MaxRatings]));
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error) || framework is null || footprint is null || date is null || assessorId is null || assessorName is null || partner is null)
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework, footprint, date.Value, [new Assessor(assessorId, assessorName, partner.Value)], ratings.ToEquatableArray(), excluded.ToEquatableArray());
        var assessorPlace = Value(WorkbookLayout.AssessorId).Place;
        foreach (var problem in assessment.Validate(options.Clock))
        {
            problems.Add(ProblemPaths.Relocate(
                problem,
                ratingPlaces,
                [assessorPlace],
                path => path == "$.assessedOn" ? Value(WorkbookLayout.AssessedOn).Place : path.StartsWith("$.scope", StringComparison.Ordinal) ? Value(WorkbookLayout.OutOfScope).Place : path,
                (place, _) => place));
        }

        var all = problems.ToEquatableArray();
        return all.Any(p => p.Severity == ProblemSeverity.Error) ? ReadResult.Failure<Assessment>(all) : ReadResult.Success(assessment, all);
    }

    private Framework? Framework(string? id, string place, (string? Text, string Place) version)
    {
        if (id is null)
        {
            return null;
        }

        if (options.Frameworks.Find(id) is not { } framework)
        {
            problems.Add(options.Frameworks.UnknownProblem(id, place));
            return null;
        }

        if (version.Text is { } written && written != framework.Version)
        {
            Error(ProblemCodes.InvalidValue, version.Place, $"The workbook was written for version {written} of {framework.Id}; this library's is {framework.Version}. Write a new workbook with ifw template --from, which carries the ratings over.");
            return null;
        }

        return framework;
    }

    private Footprint? Footprint(string? code, string? name, Level? level, (string? Text, string Place) population, string? parent)
    {
        int? people = null;
        if (population.Text is { } text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= int.MaxValue && value == Math.Floor(value))
            {
                people = (int)value;
            }
            else
            {
                Error(ProblemCodes.InvalidValue, population.Place, $"'{text}' is not a population; it is a positive whole number, or empty.");
                return null;
            }
        }

        return code is null || name is null || level is null ? null : new Footprint(code, name, level.Value, people, parent);
    }

    private LocalDate? Date(string? text, string place)
    {
        if (text is null)
        {
            return null;
        }

        if (IsoDate.Parse(text) is { } date)
        {
            return date;
        }

        // A date a spreadsheet program turned into a serial number: days since 1899-12-30.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466)
        {
            return new LocalDate(1899, 12, 30).PlusDays(serial);
        }

        Error(ProblemCodes.InvalidValue, place, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }

    private TEnum? Term<TEnum>(string? text, string place, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (vocabulary.TryParse(text, out var value))
        {
            return value;
        }

        Error(ProblemCodes.UnknownValue, place, vocabulary.Unknown(text));
        return null;
    }

    private static List<string> Scope(string? text)
        => text is null || WorkbookLayout.Normalise(text) == "none"
            ? []
            : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Reads the ratings of a sheet of items; false when the sheet has no Item and Progress headings.</summary>
    private bool DomainSheet(WorkbookSheet sheet, Checklist checklist, string assessorId, List<Rating> ratings, List<string> places)
    {
        var header = sheet.Rows.FindIndex(r => Column(r.Cells, WorkbookLayout.ItemHeading) >= 0 && Column(r.Cells, WorkbookLayout.ProgressHeading) >= 0);
        if (header < 0)
        {
            return false;
        }

        var headings = sheet.Rows[header].Cells;
        int item = Column(headings, WorkbookLayout.ItemHeading), progress = Column(headings, WorkbookLayout.ProgressHeading);
        int target = Column(headings, WorkbookLayout.TargetHeading), evidence = Column(headings, WorkbookLayout.EvidenceHeading);
        foreach (var (number, cells) in sheet.Rows.Skip(header + 1))
        {
            var id = WorkbookSheet.Text(cells, item);
            var progressText = WorkbookSheet.Text(cells, progress);
            var targetText = WorkbookSheet.Text(cells, target);
            var evidenceText = WorkbookSheet.Raw(cells, evidence);
            var place = WorkbookLayout.Place(sheet.Name, progress, number);
            if (id is null)
            {
                if (progressText is not null || targetText is not null || evidenceText is not null)
                {
                    problems.Add(new(ProblemCodes.MissingValue, WorkbookLayout.Place(sheet.Name, item, number), "The row has a rating but no item id; it is left out. Do not change the item ids.", ProblemSeverity.Warning));
                }

                continue;
            }

            if (checklist.FindItem(id) is null)
            {
                Error(ProblemCodes.UnknownItem, WorkbookLayout.Place(sheet.Name, item, number), $"'{id}' is not an item of the checklist; do not change the item ids.");
                continue;
            }

            if (progressText is null)
            {
                if (UnratedRow.Warning(place, id, null, targetText is not null, evidenceText is not null, "workbook", "Choose") is { } warning)
                {
                    problems.Add(warning);
                }

                continue;
            }

            var level = Level(progressText, place, Vocabularies.Progress, "a progress level");
            Progress? aim = targetText is null ? null : Level(targetText, WorkbookLayout.Place(sheet.Name, target, number), Vocabularies.Target, "a target level");
            if (level is null || (targetText is not null && aim is null))
            {
                continue;
            }

            ratings.Add(new Rating(id, assessorId, level.Value, aim, evidenceText));
            places.Add(place);
        }

        return true;
    }

    private static int Column(Dictionary<int, string> cells, string heading)
    {
        foreach (var (column, text) in cells)
        {
            if (WorkbookLayout.Normalise(text) == heading)
            {
                return column;
            }
        }

        return -1;
    }

    /// <summary>A level as a person typed or chose it: the label in any case and spacing, the file name, or 0 to 4.</summary>
    private Progress? Level(string text, string place, Vocabulary<Progress> vocabulary, string what)
    {
        var normalised = WorkbookLayout.Normalise(text);
        foreach (var (progress, label, _) in WorkbookLayout.Scale)
        {
            if (vocabulary.Values.Contains(progress) && (WorkbookLayout.Normalise(label) == normalised || WorkbookLayout.Normalise(progress.ToFileName()) == normalised))
            {
                return progress;
            }
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 4 && number == Math.Floor(number))
        {
            return (Progress)(int)number;
        }

        var labels = string.Join(", ", WorkbookLayout.Scale.Where(s => vocabulary.Values.Contains(s.Progress)).Select(s => s.Label));
        Error(ProblemCodes.UnknownValue, place, $"'{text}' is not {what}; choose one of {labels} (or type 0 to 4).");
        return null;
    }

    private void Error(string code, string place, string message) => problems.Add(new(code, place, message));

    private ReadResult<Assessment> Fail(string code, string place, string message)
    {
        Error(code, place, message);
        return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
    }
}
