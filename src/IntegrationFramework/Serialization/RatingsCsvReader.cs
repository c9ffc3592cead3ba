using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>Turns the records of a ratings CSV into an <see cref="Assessment"/>, or the problems that prevent it.</summary>
internal sealed class RatingsCsvReader(ReadOptions options)
{
    private static readonly string[] RequiredColumns = ["framework", "footprint_code", "footprint_name", "footprint_level", "assessed_on", "assessor", "assessor_name", "partner", "item", "progress"];
    private readonly List<Problem> problems = [];
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);
    private int width;

    public ReadResult<Assessment> Read(List<Csv.Record> records)
    {
        if (records.Count == 0)
        {
            return Fail("line 1", ProblemCodes.MissingValue, "The table is empty; it needs a header row and a row for each rating.");
        }

        if (!Header(records[0]))
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var rows = records.Skip(1).ToList();
        if (rows.Count == 0)
        {
            return Fail("line 2", ProblemCodes.MissingValue, "The table has no ratings; the footprint, date and framework are read from the rating rows, so it needs at least one.");
        }

        if (rows.Count > options.MaxRatings)
        {
            return ReadResult.Failure<Assessment>([options.TooManyRatings(rows.Count, $"line {rows[options.MaxRatings].Line}")]);
        }

        var first = rows[0];
        var framework = Framework(first);
        var footprint = Footprint(first);
        var date = Date(first);
        var assessors = new List<Assessor>();
        var assessorLines = new List<int>();
        var excluded = new List<string>();
        var ratings = new List<Rating>(rows.Count);
        var ratingLines = new List<int>(rows.Count);
        var agreed = new List<AgreedRating>();
        var agreedLines = new List<int>();
        foreach (var row in rows)
        {
            if (row.Fields.Length != width)
            {
                Error($"line {row.Line}", ProblemCodes.InvalidValue, $"Line {row.Line} has {row.Fields.Length} fields; the header has {width}.");
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

            Assessor(row, assessors, assessorLines);
            if (Rating(row) is { } rating)
            {
                ratings.Add(rating);
                ratingLines.Add(row.Line);
            }
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error) || framework is null || footprint is null || date is null)
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework, footprint, date.Value, assessors.ToEquatableArray(), ratings.ToEquatableArray(), excluded.ToEquatableArray(), agreed.ToEquatableArray());
        var ratingPaths = ratingLines.ConvertAll(line => $"line {line}");
        var assessorPaths = assessorLines.ConvertAll(line => $"line {line}");
        foreach (var problem in assessment.Validate(options.Clock))
        {
            problems.Add(ProblemPaths.Relocate(
                problem,
                ratingPaths,
                assessorPaths,
                agreedLines.ConvertAll(line => $"line {line}"),
                path => path == "$.assessedOn" ? "line 2, assessed_on" : "line 2, in_scope",
                (line, property) => $"{line}, {property switch { "id" => "assessor", "agreedOn" => "agreed_on", _ => property }}"));
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
                problems.Add(new(ProblemCodes.UnknownProperty, $"line 1, {name}", $"'{name}' is not a column this library knows; it is ignored.", ProblemSeverity.Warning));
            }
            else if (!columns.TryAdd(name, i))
            {
                Error($"line 1, {name}", ProblemCodes.DuplicateProperty, $"The column '{name}' appears twice; give each column once.");
            }
        }

        foreach (var name in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            Error("line 1", ProblemCodes.MissingProperty, $"The header has no '{name}' column; the columns are {string.Join(", ", RatingsCsv.Columns)}.");
        }

        return !problems.Exists(p => p.Severity == ProblemSeverity.Error);
    }

    private string? Field(Csv.Record row, string column)
        => columns.TryGetValue(column, out var index) && index < row.Fields.Length && row.Fields[index].Length > 0 ? row.Fields[index] : null;

    private Framework? Framework(Csv.Record row)
    {
        if (Text(row, "framework") is not { } id)
        {
            return null;
        }

        if (options.Frameworks.Find(id) is { } framework)
        {
            return framework;
        }

        problems.Add(options.Frameworks.UnknownProblem(id, $"line {row.Line}, framework"));
        return null;
    }

    private string? Text(Csv.Record row, string column)
    {
        var value = Field(row, column);
        if (value is null || string.IsNullOrWhiteSpace(value))
        {
            Error($"line {row.Line}, {column}", ProblemCodes.MissingValue, $"'{column}' is empty; every rating row needs it.");
            return null;
        }

        return value;
    }

    private TEnum? Term<TEnum>(Csv.Record row, string column, Vocabulary<TEnum> vocabulary, bool required = true)
        where TEnum : struct, Enum
    {
        var value = Field(row, column);
        if (value is null)
        {
            if (required)
            {
                Error($"line {row.Line}, {column}", ProblemCodes.MissingValue, $"'{column}' is empty; it needs {vocabulary.What}, one of {vocabulary.Allowed}.");
            }

            return null;
        }

        if (vocabulary.TryParse(value, out var term))
        {
            return term;
        }

        Error($"line {row.Line}, {column}", ProblemCodes.UnknownValue, vocabulary.Unknown(value));
        return null;
    }

    private Footprint? Footprint(Csv.Record row)
    {
        var code = Text(row, "footprint_code");
        var name = Text(row, "footprint_name");
        var level = Term(row, "footprint_level", Vocabularies.Level);
        int? population = null;
        if (Field(row, "population") is { } people)
        {
            if (int.TryParse(people, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                population = value;
            }
            else
            {
                Error($"line {row.Line}, population", ProblemCodes.InvalidValue, $"'{people}' is not a population; write a positive whole number, or leave it empty.");
            }
        }

        var parent = Field(row, "parent_code");
        return code is null || name is null || level is null ? null : new Footprint(code, name, level.Value, population, string.IsNullOrWhiteSpace(parent) ? null : parent);
    }

    private LocalDate? Date(Csv.Record row)
    {
        var text = Text(row, "assessed_on");
        if (text is null)
        {
            return null;
        }

        if (IsoDate.Parse(text) is { } date)
        {
            return date;
        }

        Error($"line {row.Line}, assessed_on", ProblemCodes.InvalidValue, $"'{text}' is not a date in the form yyyy-MM-dd.");
        return null;
    }

    private void Same(Csv.Record row, string column, string? expected)
    {
        if (expected is not null && Field(row, column) is { } value && value != expected)
        {
            Error($"line {row.Line}, {column}", ProblemCodes.InvalidValue, $"'{value}' differs from the first row's '{expected}'; a table holds the ratings of one assessment.");
        }
    }

    private void Assessor(Csv.Record row, List<Assessor> assessors, List<int> lines)
    {
        var id = Text(row, "assessor");
        var name = Text(row, "assessor_name");
        var partner = Term<PartnerKind>(row, "partner", Vocabularies.Partner);
        if (id is null || name is null || partner is null)
        {
            return;
        }

        var known = assessors.Find(a => a.Id == id);
        if (known is null)
        {
            assessors.Add(new Assessor(id, name, partner.Value));
            lines.Add(row.Line);
        }
        else if (known.Name != name || known.Partner != partner)
        {
            Error($"line {row.Line}, assessor_name", ProblemCodes.InvalidValue, $"The assessor '{id}' is '{known.Name}' ({Vocabularies.Partner.NameOf(known.Partner)}) on an earlier row; give one name and partner for each assessor.");
        }
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
                Error($"line {row.Line}, in_scope", ProblemCodes.UnknownValue, $"'{other}' is not true or false.");
                return;
        }
    }

    private Rating? Rating(Csv.Record row)
    {
        var item = Text(row, "item");
        var assessor = Field(row, "assessor");
        if (Field(row, "progress") is null)
        {
            NotYetRated(row, item, assessor);
            return null;
        }

        var progress = Term(row, "progress", Vocabularies.Progress);
        var target = Term(row, "target", Vocabularies.Target, required: false);
        var evidence = Field(row, "evidence");
        if (evidence is not null && string.IsNullOrWhiteSpace(evidence))
        {
            problems.Add(new(ProblemCodes.InvalidValue, $"line {row.Line}, evidence", "The evidence is blank; it is ignored.", ProblemSeverity.Warning));
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
        var item = Text(row, "item");
        var progress = Term(row, "progress", Vocabularies.Target);
        var target = Term(row, "target", Vocabularies.Target, required: false);
        var rationale = Text(row, "rationale");
        var agreedBy = Text(row, "agreed_by");
        var text = Field(row, "agreed_on")!;
        var agreedOn = IsoDate.Parse(text);
        if (agreedOn is null)
        {
            Error($"line {row.Line}, agreed_on", ProblemCodes.InvalidValue, $"'{text}' is not a date in the form yyyy-MM-dd.");
        }

        foreach (var column in (string[])["assessor", "assessor_name", "partner", "evidence"])
        {
            if (Field(row, column) is not null)
            {
                Error($"line {row.Line}, {column}", ProblemCodes.InvalidValue, $"A row with agreed_on is the consensus meeting's agreed rating, not a partner's: leave '{column}' empty (put why in rationale).");
            }
        }

        return item is null || progress is null || (Field(row, "target") is not null && target is null) || rationale is null || agreedBy is null || agreedOn is null
            ? null
            : new AgreedRating(item, progress.Value, rationale, agreedOn.Value, agreedBy, target);
    }

    /// <summary>A row with an empty progress, as a template writes it: no rating; a target or evidence on it is kept but not scored.</summary>
    private void NotYetRated(Csv.Record row, string? item, string? assessor)
    {
        if (UnratedRow.Warning($"line {row.Line}, progress", item, assessor ?? string.Empty, Field(row, "target") is not null, !string.IsNullOrWhiteSpace(Field(row, "evidence"))) is { } warning)
        {
            problems.Add(warning);
        }
    }

    private void Error(string path, string code, string message) => problems.Add(new(code, path, message));

    private static ReadResult<Assessment> Fail(string path, string code, string message) => ReadResult.Failure<Assessment>([new Problem(code, path, message)]);
}
