using System.Globalization;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Peers;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Intake;

/// <summary>
/// Reads a table of domain scores, as <see cref="DomainScoresCsv"/> writes it, as the cards of peers: one per footprint,
/// date, framework and policy, with its domain scores. Only the columns peers need are read (framework, policy,
/// footprint_code, footprint_name, footprint_level, population, assessed_on, domain, score); others are ignored. Where
/// the table has a <c>scope</c> column, only its <c>domain</c> rows are read; a table without one (as written before
/// the overall and theme rows) is read as all domain rows.
/// </summary>
internal static class PeersTable
{
    /// <summary>The columns a table of domain scores needs to be read as peers.</summary>
    private static readonly string[] PeerColumns = ["framework", "policy", "footprint_code", "footprint_name", "footprint_level", "assessed_on", "domain", "score"];

    public static ReadResult<IReadOnlyList<PeerCard>> Read(ReadOnlySpan<byte> bytes, ReadOptions options)
    {
        if (bytes.Length > options.MaxBytes)
        {
            return Fail([options.TooLarge(bytes.Length)]);
        }

        var text = FileKinds.ReadText(bytes, "a table of domain scores is CSV with a header row, as a score card is written as CSV");
        if (text.Value is not { } utf8)
        {
            return Fail(text.Problems);
        }

        var csv = System.Text.Encoding.UTF8.GetString(utf8);
        var (records, error, errorLine) = Csv.Parse(csv, Csv.SeparatorOf(csv));
        if (error is not null)
        {
            return Fail([new Problem(ProblemCodes.InvalidValue, ProblemLocation.InTable(errorLine), error)]);
        }

        var problems = new List<Problem>(text.Problems);
        if (records.Count == 0)
        {
            return Fail([new Problem(ProblemCodes.MissingValue, ProblemLocation.InTable(1), "The table is empty; it needs a header row and a row for each domain score.")]);
        }

        var header = records[0].Fields.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        foreach (var column in PeerColumns.Where(c => !header.ContainsKey(c)))
        {
            problems.Add(new Problem(ProblemCodes.MissingProperty, ProblemLocation.InTable(1), $"The header has no '{column}' column; a table of domain scores has {string.Join(", ", DomainScoresCsv.Columns)}."));
        }

        var fields = new FieldReader(problems);
        if (fields.HasErrors)
        {
            return Fail([.. problems]);
        }

        var cards = new List<(string Key, Footprint Footprint, string Framework, string Policy, LocalDate Date, List<PeerDomainScore> Domains)>();
        foreach (var record in records.Skip(1))
        {
            string? Value(string column) => header.TryGetValue(column, out var i) && i < record.Fields.Length && record.Fields[i].Length > 0 ? Csv.Unguard(record.Fields[i]) : null;
            Field At(string column) => new(Value(column), ProblemLocation.InTable(record.Line, column), column);
            if (record.Fields.Length != records[0].Fields.Length)
            {
                problems.Add(new Problem(ProblemCodes.InvalidValue, ProblemLocation.InTable(record.Line), $"Line {record.Line} has {record.Fields.Length} fields; the header has {records[0].Fields.Length}."));
                continue;
            }

            if (header.ContainsKey("scope") && Value("scope") != DomainScoresCsv.DomainScope)
            {
                continue;
            }

            var count = problems.Count;
            var footprint = fields.Footprint(At("footprint_code"), At("footprint_name"), At("footprint_level"), At("population"), new Field(null, ProblemLocation.InTable(record.Line), "parent_code"));
            var date = fields.Date(At("assessed_on"), "the date the card was assessed, yyyy-MM-dd");
            var score = Score(At("score"), problems);
            if (problems.Count > count || footprint is null || date is null)
            {
                continue;
            }

            var key = string.Join('\u001f', Value("framework"), Value("policy"), footprint.Code, Value("assessed_on"));
            var index = cards.FindIndex(c => c.Key == key);
            if (index < 0)
            {
                cards.Add((key, footprint, Value("framework") ?? string.Empty, Value("policy") ?? string.Empty, date.Value, []));
                index = cards.Count - 1;
            }

            cards[index].Domains.Add(new PeerDomainScore(Value("domain") ?? string.Empty, score));
        }

        EquatableArray<Problem> found = [.. problems];
        return ReadResult.HasError(found)
            ? Fail(found)
            : ReadResult.Success<IReadOnlyList<PeerCard>>([.. cards.Select(c => new PeerCard(c.Footprint, c.Framework, c.Policy, c.Date, c.Domains.ToEquatableArray()))], found);
    }

    /// <summary>A domain's score, 0 to 100, or none when the cell is empty.</summary>
    private static double? Score(Field field, List<Problem> problems)
    {
        if (field.Value is not { } number)
        {
            return null;
        }

        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100)
        {
            return value;
        }

        problems.Add(new Problem(ProblemCodes.InvalidValue, field.Location, $"'{number}' is not a score from 0 to 100."));
        return null;
    }

    private static ReadResult<IReadOnlyList<PeerCard>> Fail(EquatableArray<Problem> problems) => ReadResult.Failure<IReadOnlyList<PeerCard>>(problems);
}
