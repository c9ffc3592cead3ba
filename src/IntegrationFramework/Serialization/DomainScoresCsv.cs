using System.Globalization;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Geography;
using IntegrationFramework.Peers;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Score cards as a table in tidy long form for researchers: one row per domain score, with the footprint, date,
/// framework and policy on every row, in UTF-8 CSV (RFC 4180). Write the cards of many footprints or years into one
/// table to compare them.
/// </summary>
/// <remarks>
/// Columns: <c>framework, policy, footprint_code, footprint_name, footprint_level, population, assessed_on, theme,
/// domain, excluded, score, stage, coverage, alpha, target_score, rated_items, applicable_items</c>. Numbers are written
/// unrounded, in the shortest form that reads back exactly; missing values are empty fields.
/// </remarks>
public static class DomainScoresCsv
{
    /// <summary>The columns, in order.</summary>
    public static EquatableArray<string> Columns { get; } =
    [
        "framework", "policy", "footprint_code", "footprint_name", "footprint_level", "population", "assessed_on", "theme", "domain",
        "excluded", "score", "stage", "coverage", "alpha", "target_score", "rated_items", "applicable_items",
    ];

    /// <summary>Writes the domain scores of score cards: a header, then one row per domain of each card.</summary>
    /// <param name="cards">The score cards, in order.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<ScoreCard> cards, TextWriter writer)
    {
        Preconditions.NotNull(writer);
        Csv.WriteRecord(writer, Columns);
        foreach (var card in Preconditions.NotNull(cards))
        {
            Preconditions.NotNull(card);
            foreach (var domain in card.Domains)
            {
                Csv.WriteRecord(writer,
                [
                    card.Framework.Id,
                    card.PolicyId,
                    card.Footprint.Code,
                    card.Footprint.Name,
                    Vocabularies.Level.NameOf(card.Footprint.Level),
                    card.Footprint.Population?.ToString(CultureInfo.InvariantCulture),
                    IsoDate.Format(card.AssessedOn),
                    domain.ThemeCode,
                    domain.Code,
                    domain.Excluded ? "true" : "false",
                    Number(domain.Score),
                    domain.Stage is { } stage ? Vocabularies.Stage.NameOf(stage) : null,
                    Number(domain.Coverage),
                    Number(domain.Alpha),
                    Number(domain.TargetScore),
                    domain.RatedItems.ToString(CultureInfo.InvariantCulture),
                    domain.ApplicableItems.ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }
    }

    /// <summary>The domain scores of a score card as CSV text.</summary>
    /// <param name="card">The score card.</param>
    /// <returns>The table, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static string Serialize(ScoreCard card)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write([Preconditions.NotNull(card)], writer);
        return writer.ToString();
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The columns a table of domain scores needs to be read as peers.</summary>
    private static readonly string[] PeerColumns = ["framework", "policy", "footprint_code", "footprint_name", "footprint_level", "assessed_on", "domain", "score"];

    /// <summary>
    /// Reads a table of domain scores, as <see cref="Write"/> writes it, as the cards of peers: one per footprint,
    /// date, framework and policy, with its domain scores. Only the columns peers need are read (framework, policy,
    /// footprint_code, footprint_name, footprint_level, population, assessed_on, domain, score); others are ignored.
    /// </summary>
    /// <param name="bytes">The file's bytes (UTF-8; UTF-16/32 with a mark and semicolon or tab separators are read with a warning).</param>
    /// <param name="options">Limits; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The peer cards, in the table's order, or the problems that prevent them, each at <c>line N, column</c>.</returns>
    public static ReadResult<IReadOnlyList<PeerCard>> ReadPeers(ReadOnlySpan<byte> bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (bytes.Length > options.MaxBytes)
        {
            return ReadResult.Failure<IReadOnlyList<PeerCard>>([options.TooLarge(bytes.Length)]);
        }

        var text = DecodedText.From(bytes, "a table of domain scores is CSV with a header row, as DomainScoresCsv.Write writes");
        if (!text.Ok)
        {
            return ReadResult.Failure<IReadOnlyList<PeerCard>>([text.Problem!]);
        }

        var csv = System.Text.Encoding.UTF8.GetString(text.Utf8);
        var (records, error, errorLine) = Csv.Parse(csv, Csv.SeparatorOf(csv));
        if (error is not null)
        {
            return ReadResult.Failure<IReadOnlyList<PeerCard>>([new Problem(ProblemCodes.InvalidValue, $"line {errorLine}", error)]);
        }

        var problems = new List<Problem>();
        if (text.Warning is { } warning)
        {
            problems.Add(warning);
        }

        if (records.Count == 0)
        {
            return ReadResult.Failure<IReadOnlyList<PeerCard>>([new Problem(ProblemCodes.MissingValue, "line 1", "The table is empty; it needs a header row and a row for each domain score.")]);
        }

        var header = records[0].Fields.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        foreach (var column in PeerColumns)
        {
            if (!header.ContainsKey(column))
            {
                problems.Add(new Problem(ProblemCodes.MissingProperty, "line 1", $"The header has no '{column}' column; a table of domain scores has {string.Join(", ", Columns)}."));
            }
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error))
        {
            return ReadResult.Failure<IReadOnlyList<PeerCard>>([.. problems]);
        }

        var cards = new List<(string Key, Footprint Footprint, string Framework, string Policy, LocalDate Date, List<PeerDomainScore> Domains)>();
        foreach (var record in records.Skip(1))
        {
            string Field(string column) => header.TryGetValue(column, out var i) && i < record.Fields.Length ? record.Fields[i] : string.Empty;
            var where = $"line {record.Line}";
            if (record.Fields.Length != records[0].Fields.Length)
            {
                problems.Add(new Problem(ProblemCodes.InvalidValue, where, $"Line {record.Line} has {record.Fields.Length} fields; the header has {records[0].Fields.Length}."));
                continue;
            }

            if (!Vocabularies.Level.TryParse(Field("footprint_level"), out var level))
            {
                problems.Add(new Problem(ProblemCodes.UnknownLevel, $"{where}, footprint_level", $"'{Field("footprint_level")}' is not a level; use one of {Vocabularies.Level.Allowed}."));
                continue;
            }

            if (IsoDate.Parse(Field("assessed_on")) is not { } date)
            {
                problems.Add(new Problem(ProblemCodes.InvalidValue, $"{where}, assessed_on", $"'{Field("assessed_on")}' is not a date in the form yyyy-MM-dd."));
                continue;
            }

            double? score = null;
            if (Field("score") is { Length: > 0 } number)
            {
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 100)
                {
                    problems.Add(new Problem(ProblemCodes.InvalidValue, $"{where}, score", $"'{number}' is not a score from 0 to 100."));
                    continue;
                }

                score = value;
            }

            int? population = int.TryParse(Field("population"), NumberStyles.None, CultureInfo.InvariantCulture, out var people) && people > 0 ? people : null;
            var key = string.Join('\u001f', Field("framework"), Field("policy"), Field("footprint_code"), Field("assessed_on"));
            var index = cards.FindIndex(c => c.Key == key);
            if (index < 0)
            {
                if (Field("footprint_code").Length == 0 || Field("footprint_name").Length == 0)
                {
                    problems.Add(new Problem(ProblemCodes.MissingValue, where, "A row needs its footprint_code and footprint_name."));
                    continue;
                }

                Footprint footprint;
                try
                {
                    footprint = new Footprint(Field("footprint_code"), Field("footprint_name"), level, population);
                }
                catch (ArgumentException exception)
                {
                    problems.Add(new Problem(ProblemCodes.InvalidValue, where, exception.Message));
                    continue;
                }

                cards.Add((key, footprint, Field("framework"), Field("policy"), date, []));
                index = cards.Count - 1;
            }

            cards[index].Domains.Add(new PeerDomainScore(Field("domain"), score));
        }

        EquatableArray<Problem> found = [.. problems];
        return problems.Exists(p => p.Severity == ProblemSeverity.Error)
            ? ReadResult.Failure<IReadOnlyList<PeerCard>>(found)
            : ReadResult.Success<IReadOnlyList<PeerCard>>([.. cards.Select(c => new PeerCard(c.Footprint, c.Framework, c.Policy, c.Date, c.Domains.ToEquatableArray()))], found);
    }
}
