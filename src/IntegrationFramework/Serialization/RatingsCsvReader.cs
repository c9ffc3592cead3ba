using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>Turns the records of a ratings CSV into an <see cref="Assessment"/>, or the problems that prevent it.</summary>
internal sealed class RatingsCsvReader
{
    private static readonly string[] RequiredColumns = ["framework", "footprint_code", "footprint_name", "footprint_level", "assessed_on", "assessor", "assessor_name", "partner", "item", "progress"];
    private readonly ReadOptions options;
    private readonly List<Problem> problems = [];
    private readonly FieldReader fields;
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private int width;

    public RatingsCsvReader(ReadOptions options)
    {
        this.options = options;
        fields = new FieldReader(problems);
    }

    public ReadResult<Assessment> Read(List<Csv.Record> records)
    {
        if (records.Count == 0)
        {
            return Fail(1, ProblemCodes.MissingValue, "The table is empty; it needs a header row and a row for each rating.");
        }

        if (!Header(records[0]))
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var rows = records.Skip(1).ToList();
        if (rows.Count == 0)
        {
            return Fail(2, ProblemCodes.MissingValue, "The table has no ratings; the footprint, date and framework are read from the rating rows, so it needs at least one.");
        }

        if (rows.Count > options.MaxRatings)
        {
            return ReadResult.Failure<Assessment>([options.TooManyRatings(rows.Count, ProblemLocation.InTable(rows[options.MaxRatings].Line))]);
        }

        var first = rows[0];
        var framework = fields.Framework(At(first, "framework"), options.Frameworks);
        var footprint = fields.Footprint(At(first, "footprint_code"), At(first, "footprint_name"), At(first, "footprint_level"), At(first, "population"), At(first, "parent_code"));
        var date = fields.Date(At(first, "assessed_on"), AssessmentFields.AssessedOn);
        var assessors = new List<Assessor>();
        var known = new Dictionary<string, Assessor>(StringComparer.Ordinal);
        var excluded = new List<string>();
        var ratings = new List<Rating>(rows.Count);
        var agreed = new List<AgreedRating>();

        // Where each rating, assessor and agreed rating came from, by line: turned into a SourceMap only for a table
        // whose assessment has problems, which most have not.
        var (ratingLines, assessorLines, agreedLines) = (new List<int>(rows.Count), new List<int>(), new List<int>());
        foreach (var row in rows)
        {
            if (row.Fields.Length != width)
            {
                Error(ProblemLocation.InTable(row.Line), ProblemCodes.InvalidValue, $"Line {row.Line} has {row.Fields.Length} fields; the header has {width}.");
                continue;
            }

            Same(row, "framework", framework?.Id);
            Same(row, "footprint_code", footprint?.Code);
            Same(row, "assessed_on", Field(first, "assessed_on"));
            Scope(row, excluded);
            if (Field(row, "agreed_on") is not null)
            {
                if (Agreed(row) is { } meeting)
                {
                    agreed.Add(meeting);
                    agreedLines.Add(row.Line);
                }

                continue;
            }

            Assessor(row, assessors, known, assessorLines);
            if (Rating(row) is { } rating)
            {
                ratings.Add(rating);
                ratingLines.Add(row.Line);
            }
        }

        if (fields.HasErrors || framework is null || footprint is null || date is null)
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework, footprint, date.Value, assessors.ToEquatableArray(), ratings.ToEquatableArray(), excluded.ToEquatableArray(), agreed.ToEquatableArray());
        var found = assessment.Validate(options.Clock);
        if (!found.IsEmpty)
        {
            var map = new SourceMap(
                (row, property) => ProblemLocation.InTable(row.Line!.Value, property switch { "id" => "assessor", "agreedOn" => "agreed_on", _ => property }),
                other => ProblemLocation.InTable(2, other.JsonPath == "$.assessedOn" ? "assessed_on" : "in_scope"));
            ratingLines.ForEach(line => map.AddRating(ProblemLocation.InTable(line)));
            assessorLines.ForEach(line => map.AddAssessor(ProblemLocation.InTable(line)));
            agreedLines.ForEach(line => map.AddAgreed(ProblemLocation.InTable(line)));
            foreach (var problem in found)
            {
                problems.Add(map.Relocate(problem));
            }
        }

        return ReadResult.Of(assessment, problems.ToEquatableArray());
    }

    private bool Header(Csv.Record header)
    {
        width = header.Fields.Length;
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i];
            if (!RatingsCsv.Columns.Contains(name) && !RatingsCsv.AgreedColumns.Contains(name))
            {
                problems.Add(new(ProblemCodes.UnknownProperty, ProblemLocation.InTable(1, name), $"'{name}' is not a column this library knows; it is ignored.", ProblemSeverity.Warning));
            }
            else if (!columns.TryAdd(name, i))
            {
                Error(ProblemLocation.InTable(1, name), ProblemCodes.DuplicateProperty, $"The column '{name}' appears twice; give each column once.");
            }
        }

        foreach (var name in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            Error(ProblemLocation.InTable(1), ProblemCodes.MissingProperty, $"The header has no '{name}' column; the columns are {string.Join(", ", RatingsCsv.Columns)}.");
        }

        return !fields.HasErrors;
    }

    /// <summary>A column's value on a row; null when the column is missing or the value empty.</summary>
    private string? Field(Csv.Record row, string column)
        => columns.TryGetValue(column, out var index) && index < row.Fields.Length && row.Fields[index].Length > 0 ? Csv.Unguard(row.Fields[index]) : null;

    /// <summary>A column's value on a row, where it is and what it is called, for the field reader.</summary>
    private Field At(Csv.Record row, string column) => new(Field(row, column), ProblemLocation.InTable(row.Line, column), column);

    private void Same(Csv.Record row, string column, string? expected)
    {
        if (expected is not null && Field(row, column) is { } value && value != expected)
        {
            Error(ProblemLocation.InTable(row.Line, column), ProblemCodes.InvalidValue, $"'{value}' differs from the first row's '{expected}'; a table holds the ratings of one assessment.");
        }
    }

    private void Assessor(Csv.Record row, List<Assessor> assessors, Dictionary<string, Assessor> known, List<int> lines)
    {
        // Most rows name an assessor an earlier row named, alike: checked without making another.
        if (Field(row, "assessor") is { } id && known.TryGetValue(id, out var earlier)
            && Field(row, "assessor_name") == earlier.Name && Field(row, "partner") == Vocabularies.Partner.NameOf(earlier.Partner))
        {
            return;
        }

        if (fields.Assessor(At(row, "assessor"), At(row, "assessor_name"), At(row, "partner")) is not { } assessor)
        {
            return;
        }

        if (known.TryGetValue(assessor.Id, out var other))
        {
            Error(ProblemLocation.InTable(row.Line, "assessor_name"), ProblemCodes.InvalidValue, $"The assessor '{assessor.Id}' is '{other.Name}' ({Vocabularies.Partner.NameOf(other.Partner)}) on an earlier row; give one name and partner for each assessor.");
            return;
        }

        known.Add(assessor.Id, assessor);
        assessors.Add(assessor);
        lines.Add(row.Line);
    }

    private void Scope(Csv.Record row, List<string> excluded)
    {
        switch (Field(row, "in_scope"))
        {
            case null or "true":
                return;
            case "false":
                var domain = Field(row, "domain") ?? Field(row, "item")?.Split('.')[0];
                if (domain is not null && !excluded.Contains(domain))
                {
                    excluded.Add(domain);
                }

                return;
            case var other:
                Error(ProblemLocation.InTable(row.Line, "in_scope"), ProblemCodes.UnknownValue, $"'{other}' is not true or false.");
                return;
        }
    }

    private Rating? Rating(Csv.Record row)
    {
        var item = fields.Text(At(row, "item"), AssessmentFields.Item);
        var assessor = Field(row, "assessor");
        if (Field(row, "progress") is null)
        {
            NotYetRated(row, item, assessor);
            return null;
        }

        var progress = fields.Term(At(row, "progress"), Vocabularies.Progress);
        var target = fields.OptionalTerm(At(row, "target"), Vocabularies.Target);
        var evidence = Field(row, "evidence");
        if (evidence is not null && string.IsNullOrWhiteSpace(evidence))
        {
            problems.Add(new(ProblemCodes.InvalidValue, ProblemLocation.InTable(row.Line, "evidence"), AssessmentFields.Blank, ProblemSeverity.Warning));
            evidence = null;
        }

        var targetGiven = Field(row, "target") is not null;
        return item is null || string.IsNullOrWhiteSpace(assessor) || progress is null || (targetGiven && target is null)
            ? null
            : new Rating(item, assessor, progress.Value, target, evidence);
    }

    /// <summary>
    /// A row of the consensus meeting (its <c>agreed_on</c> filled in): the agreed level and target, why, when and by
    /// whom; no partner's columns.
    /// </summary>
    private AgreedRating? Agreed(Csv.Record row)
    {
        var item = fields.Text(At(row, "item"), AssessmentFields.AgreedItem);
        var progress = fields.Term(At(row, "progress"), Vocabularies.Target);
        var target = fields.OptionalTerm(At(row, "target"), Vocabularies.Target);
        var rationale = fields.Text(At(row, "rationale"), AssessmentFields.Rationale);
        var agreedBy = fields.Text(At(row, "agreed_by"), AssessmentFields.AgreedBy);
        var agreedOn = fields.Date(At(row, "agreed_on"), AssessmentFields.AgreedOn);
        foreach (var column in (string[])["assessor", "assessor_name", "partner", "evidence"])
        {
            if (Field(row, column) is not null)
            {
                Error(ProblemLocation.InTable(row.Line, column), ProblemCodes.InvalidValue, $"A row with agreed_on is the consensus meeting's agreed rating, not a partner's: leave '{column}' empty (put why in rationale).");
            }
        }

        return item is null || progress is null || (Field(row, "target") is not null && target is null) || rationale is null || agreedBy is null || agreedOn is null
            ? null
            : new AgreedRating(item, progress.Value, rationale, agreedOn.Value, agreedBy, target);
    }

    /// <summary>A row with an empty progress, as a template writes it: no rating; a target or evidence on it is kept but not scored.</summary>
    private void NotYetRated(Csv.Record row, string? item, string? assessor)
    {
        if (UnratedRow.Warning(ProblemLocation.InTable(row.Line, "progress"), item, assessor ?? string.Empty, Field(row, "target") is not null, !string.IsNullOrWhiteSpace(Field(row, "evidence"))) is { } warning)
        {
            problems.Add(warning);
        }
    }

    private void Error(ProblemLocation location, string code, string message) => problems.Add(new(code, location, message));

    private static ReadResult<Assessment> Fail(int line, string code, string message) => ReadResult.Failure<Assessment>([new Problem(code, ProblemLocation.InTable(line), message)]);
}
