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
/// Score cards as a table in tidy long form for researchers: a row for the overall score, one per theme and one per
/// domain, with the footprint, date, framework and policy on every row, in UTF-8 CSV (RFC 4180). Write the cards of
/// many footprints or years into one table to compare them.
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>framework, policy, footprint_code, footprint_name, footprint_level, population, assessed_on, scope,
/// theme, domain, excluded, score, stage, coverage, alpha, target_score, rated_items, applicable_items</c>. Numbers are
/// written unrounded, in the shortest form that reads back exactly; missing values are empty fields.
/// </para>
/// <para>
/// <c>scope</c> says what a row scores: <c>overall</c> (theme and domain empty), <c>theme</c> (domain empty) or
/// <c>domain</c>. An overall or theme row's rated and applicable items are the sums over its domains in scope, its
/// coverage their quotient, and it has no alpha (alpha is a domain's); a theme is excluded when all its domains are.
/// Filter on <c>scope = domain</c> for one row per domain.
/// </para>
/// </remarks>
public static class DomainScoresCsv
{
    /// <summary>The columns, in order.</summary>
    public static EquatableArray<string> Columns { get; } =
    [
        "framework", "policy", "footprint_code", "footprint_name", "footprint_level", "population", "assessed_on", "scope", "theme", "domain",
        "excluded", "score", "stage", "coverage", "alpha", "target_score", "rated_items", "applicable_items",
    ];

    /// <summary>The <c>scope</c> of the overall score's row.</summary>
    public const string OverallScope = "overall";

    /// <summary>The <c>scope</c> of a theme's row.</summary>
    public const string ThemeScope = "theme";

    /// <summary>The <c>scope</c> of a domain's row.</summary>
    public const string DomainScope = "domain";

    /// <summary>Writes the scores of score cards: a header, then each card's overall, theme and domain rows.</summary>
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
            void Row(string scope, string? theme, string? domain, bool excluded, double? score, Stage? stage, double? coverage, double? alpha, double? target, int rated, int applicable)
                => Csv.WriteRecord(writer,
                [
                    card.Framework.Id,
                    card.PolicyId,
                    card.Footprint.Code,
                    card.Footprint.Name,
                    Vocabularies.Level.NameOf(card.Footprint.Level),
                    card.Footprint.Population?.ToString(CultureInfo.InvariantCulture),
                    IsoDate.Format(card.AssessedOn),
                    scope,
                    theme,
                    domain,
                    excluded ? "true" : "false",
                    Number(score),
                    stage is { } named ? Vocabularies.Stage.NameOf(named) : null,
                    Number(coverage),
                    Number(alpha),
                    Number(target),
                    rated.ToString(CultureInfo.InvariantCulture),
                    applicable.ToString(CultureInfo.InvariantCulture),
                ]);

            var (allRated, allApplicable) = Items(card.Domains, null);
            Row(OverallScope, null, null, false, card.Overall.Score, card.Overall.Stage, card.Overall.Coverage, null, card.Overall.TargetScore, allRated, allApplicable);
            foreach (var theme in card.Themes)
            {
                var (rated, applicable) = Items(card.Domains, theme.Code);
                var excluded = card.Domains.All(d => d.ThemeCode != theme.Code || d.Excluded);
                Row(ThemeScope, theme.Code, null, excluded, theme.Score, theme.Stage, applicable > 0 ? (double)rated / applicable : null, null, theme.TargetScore, rated, applicable);
            }

            foreach (var domain in card.Domains)
            {
                Row(DomainScope, domain.ThemeCode, domain.Code, domain.Excluded, domain.Score, domain.Stage, domain.Coverage, domain.Alpha, domain.TargetScore, domain.RatedItems, domain.ApplicableItems);
            }
        }
    }

    /// <summary>The rated and applicable items of the domains in scope, of one theme or (<paramref name="theme"/> null) all.</summary>
    private static (int Rated, int Applicable) Items(EquatableArray<DomainScore> domains, string? theme)
    {
        var (rated, applicable) = (0, 0);
        foreach (var domain in domains)
        {
            if (!domain.Excluded && (theme is null || domain.ThemeCode == theme))
            {
                rated += domain.RatedItems;
                applicable += domain.ApplicableItems;
            }
        }

        return (rated, applicable);
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
    /// Where the table has a <c>scope</c> column, only its <c>domain</c> rows are read; a table without one (as written
    /// before the overall and theme rows) is read as all domain rows.
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

            if (header.ContainsKey("scope") && Field("scope") != DomainScope)
            {
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
