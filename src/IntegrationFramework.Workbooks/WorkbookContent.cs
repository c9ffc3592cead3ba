using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
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
    /// <summary>Where each rating is, in order, for the limit on ratings.</summary>
    private readonly List<ProblemLocation> places = [];

    public ReadResult<Assessment> Read(List<WorkbookSheet> sheets)
    {
        var coverKey = WorkbookLayout.Normalise(WorkbookLayout.AssessorId);
        var cover = sheets.Find(s => s.Rows.Exists(r => WorkbookSheet.Text(r.Cells, 0) is { } a && WorkbookLayout.Normalise(a) == coverKey));
        if (cover is null)
        {
            return Fail(WorkbookProblemCodes.NotAnAssessorWorkbook, ProblemLocation.Whole, $"The workbook has no cover sheet (a sheet with '{WorkbookLayout.AssessorId}' in column A); fill in an assessor's workbook written as a template of the assessment, or save the ratings as a ratings table (CSV).");
        }

        var values = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var (number, cells) in cover.Rows)
        {
            if (WorkbookSheet.Text(cells, 0) is { } label)
            {
                values.TryAdd(WorkbookLayout.Normalise(label), new(WorkbookSheet.Text(cells, 1), WorkbookLayout.Place(cover.Name, 1, number), label.Trim()));
            }
        }

        // A label missing from the cover is read as an empty value beside where the labels start.
        Field Value(string label)
            => values.TryGetValue(WorkbookLayout.Normalise(label), out var found) ? found : new(null, WorkbookLayout.Place(cover.Name, 1, 1), label);

        var fields = new FieldReader(problems);
        var framework = Framework(fields.Framework(Value(WorkbookLayout.Framework), options.Frameworks), Value(WorkbookLayout.FrameworkVersion));
        var footprint = fields.Footprint(Value(WorkbookLayout.FootprintCode), Value(WorkbookLayout.FootprintName), Value(WorkbookLayout.FootprintLevel), Value(WorkbookLayout.Population), Value(WorkbookLayout.ParentCode));
        var date = fields.Date(Serial(Value(WorkbookLayout.AssessedOn)), "the date of the assessment, yyyy-MM-dd");
        var assessor = fields.Assessor(Value(WorkbookLayout.AssessorId), Value(WorkbookLayout.AssessorName), Value(WorkbookLayout.Partner));
        var excluded = Scope(Value(WorkbookLayout.OutOfScope).Value);

        var ratings = new List<Rating>();
        var map = new SourceMap(
            (place, _) => place,
            other => other.JsonPath == "$.assessedOn" ? Value(WorkbookLayout.AssessedOn).Location
                : other.JsonPath?.StartsWith("$.scope", StringComparison.Ordinal) == true ? Value(WorkbookLayout.OutOfScope).Location
                : other);
        var domainSheets = 0;
        if (framework is not null && assessor is not null)
        {
            foreach (var sheet in sheets.Where(s => s != cover))
            {
                domainSheets += DomainSheet(sheet, framework.Checklist, assessor.Id, ratings, map) ? 1 : 0;
            }

            if (domainSheets == 0)
            {
                Error(WorkbookProblemCodes.NotAnAssessorWorkbook, ProblemLocation.Whole, "The workbook has no sheet of items (a sheet with the headings Item and Progress); fill in an assessor's workbook written as a template of the assessment.");
            }
        }

        if (ratings.Count > options.MaxRatings)
        {
            problems.Add(options.TooManyRatings(ratings.Count, places[options.MaxRatings]));
        }

        if (fields.HasErrors || framework is null || footprint is null || date is null || assessor is null)
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework, footprint, date.Value, [assessor], ratings.ToEquatableArray(), excluded.ToEquatableArray());
        map.AddAssessor(Value(WorkbookLayout.AssessorId).Location);
        foreach (var problem in assessment.Validate(options.Clock))
        {
            problems.Add(map.Relocate(problem));
        }

        var all = problems.ToEquatableArray();
        return all.Any(p => p.Severity == ProblemSeverity.Error) ? ReadResult.Failure<Assessment>(all) : ReadResult.Success(assessment, all);
    }

    /// <summary>The framework the cover names, when the workbook was written for its version.</summary>
    private Framework? Framework(Framework? framework, Field version)
    {
        if (framework is not null && version.Value is { } written && written != framework.Version)
        {
            Error(WorkbookProblemCodes.OtherFrameworkVersion, version.Location, $"The workbook was written for version {written} of {framework.Id}; this library's is {framework.Version}. Write a new workbook from the assessment as a template, which carries the ratings over.");
            return null;
        }

        return framework;
    }

    /// <summary>A date as a spreadsheet program may have turned it into a serial number (days since 1899-12-30), written yyyy-MM-dd.</summary>
    private static Field Serial(Field date)
        => date.Value is { } text && IsoDate.Parse(text) is null
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466
                ? date with { Value = IsoDate.Format(new LocalDate(1899, 12, 30).PlusDays(serial)) }
                : date;

    private static List<string> Scope(string? text)
        => text is null || WorkbookLayout.Normalise(text) == "none"
            ? []
            : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Reads the ratings of a sheet of items; false when the sheet has no Item and Progress headings.</summary>
    private bool DomainSheet(WorkbookSheet sheet, Checklist checklist, string assessorId, List<Rating> ratings, SourceMap map)
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
            map.AddRating(place);
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
    private Progress? Level(string text, ProblemLocation place, Vocabulary<Progress> vocabulary, string what)
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

    private void Error(string code, ProblemLocation place, string message) => problems.Add(new(code, place, message));

    private ReadResult<Assessment> Fail(string code, ProblemLocation place, string message)
    {
        Error(code, place, message);
        return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
    }
}
