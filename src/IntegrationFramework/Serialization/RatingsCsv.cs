using System.Globalization;
using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Assessments as a table in tidy long form for researchers: one row per rating, with the footprint, date, assessor,
/// theme, domain and item on every row, in UTF-8 CSV (RFC 4180).
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>framework, footprint_code, footprint_name, footprint_level, population, parent_code, assessed_on,
/// assessor, assessor_name, partner, theme, domain, in_scope, item, progress, level_number, target, evidence</c>.
/// Values are spelled as in assessment files (<c>inPlace</c>, <c>place</c>, <c>nhsTrust</c>); <c>level_number</c> is
/// the progress level 0–4, empty for <c>notApplicable</c>; <c>in_scope</c> is <c>false</c> on ratings of excluded
/// domains. Missing values are empty fields.
/// </para>
/// <para>
/// Reading takes the footprint, date and framework from the rows, assessors in the order they first appear, and
/// excluded domains from <c>in_scope</c>. The theme, domain and level number follow from the item and progress and are
/// not read back. The consensus meeting's agreed ratings are rows of their own, in <see cref="AgreedColumns"/>. A table of ratings cannot show an assessor who rates nothing, nor an excluded domain nobody rated;
/// any other assessment reads back as itself.
/// </para>
/// </remarks>
public static class RatingsCsv
{
    /// <summary>The columns, in order.</summary>
    public static EquatableArray<string> Columns { get; } =
    [
        "framework", "footprint_code", "footprint_name", "footprint_level", "population", "parent_code", "assessed_on",
        "assessor", "assessor_name", "partner", "theme", "domain", "in_scope", "item", "progress", "level_number", "target", "evidence",
    ];

    /// <summary>
    /// The columns a table has after <see cref="Columns"/> when it carries the consensus meeting's agreed ratings:
    /// <c>agreed_on, agreed_by, rationale</c>. Each agreed rating is a row of its own, with these filled in, the
    /// <c>assessor</c>, <c>assessor_name</c>, <c>partner</c> and <c>evidence</c> empty, and <c>progress</c> and
    /// <c>target</c> the agreed ones; on the partners' rows they are empty. A reader without agreed ratings refuses
    /// such a row for its empty assessor, rather than scoring the table without what the meeting agreed.
    /// </summary>
    public static EquatableArray<string> AgreedColumns { get; } = ["agreed_on", "agreed_by", "rationale"];

    /// <summary>
    /// Writes the ratings of assessments, a header and one row per rating; where any assessment has agreed ratings,
    /// with the <see cref="AgreedColumns"/> too and a row per agreed rating after the partners' rows.
    /// </summary>
    /// <param name="assessments">The assessments, in order.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<Assessment> assessments, TextWriter writer)
    {
        Preconditions.NotNull(writer);
        var all = Preconditions.NotNull(assessments).ToList();
        var agreed = all.Exists(a => !Preconditions.NotNull(a).AgreedRatings.IsEmpty);
        Csv.WriteRecord(writer, agreed ? [.. Columns, .. AgreedColumns] : Columns);
        foreach (var assessment in all)
        {
            var checklist = assessment.Framework.Checklist;
            var assessors = assessment.Assessors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
            foreach (var rating in assessment.Ratings)
            {
                assessors.TryGetValue(rating.AssessorId, out var assessor);
                Row(writer, assessment, checklist.FindItem(rating.ItemId), rating.ItemId, rating.AssessorId, assessor, rating.Progress, rating.Target, rating.Evidence, agreed ? [null, null, null] : []);
            }

            foreach (var meeting in assessment.AgreedRatings)
            {
                Row(writer, assessment, checklist.FindItem(meeting.ItemId), meeting.ItemId, null, null, meeting.Progress, meeting.Target, null, [IsoDate.Format(meeting.AgreedOn), meeting.AgreedBy, meeting.Rationale]);
            }
        }
    }

    /// <summary>One row: a partner's rating, a template's row not yet rated (no progress), or the meeting's agreed rating (no assessor; <paramref name="agreed"/> filled in).</summary>
    internal static void Row(TextWriter writer, Assessment assessment, Checklists.ChecklistItem? item, string itemId, string? assessorId, Assessor? assessor, Progress? progress, Progress? target, string? evidence, string?[] agreed)
    {
        var domain = item is null ? null : assessment.Framework.Checklist.FindDomain(item.DomainCode);
        var footprint = assessment.Footprint;
        Csv.WriteRecord(writer,
        [
            assessment.Framework.Id,
            footprint.Code,
            footprint.Name,
            Vocabularies.Level.NameOf(footprint.Level),
            footprint.Population?.ToString(CultureInfo.InvariantCulture),
            footprint.ParentCode,
            IsoDate.Format(assessment.AssessedOn),
            assessorId,
            assessor?.Name,
            assessor is null ? null : Vocabularies.Partner.NameOf(assessor.Partner),
            domain?.ThemeCode,
            domain?.Code,
            item is null ? null : assessment.ExcludedDomains.Contains(item.DomainCode) ? "false" : "true",
            itemId,
            progress?.ToFileName(),
            progress is { } p && p.IsLevel() ? p.Level().ToString(CultureInfo.InvariantCulture) : null,
            target?.ToFileName(),
            evidence,
            .. agreed,
        ]);
    }

    /// <summary>Writes the ratings of an assessment, a header and one row per rating.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Assessment assessment, TextWriter writer) => Write([Preconditions.NotNull(assessment)], writer);

    /// <summary>The ratings of an assessment as CSV text.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The table, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Serialize(Assessment assessment)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(assessment, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Reads an assessment from a CSV file's bytes: UTF-8 (UTF-16 and UTF-32 with a byte-order mark are read too, with
    /// a warning), separated by commas (or semicolons or tabs, as spreadsheets save in many locales, with a warning).
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, each at <c>line N, column</c>.</returns>
    public static ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (bytes.Length > options.MaxBytes)
        {
            return ReadResult.Failure<Assessment>([options.TooLarge(bytes.Length)]);
        }

        var text = DecodedText.From(bytes, "a ratings table is CSV text with a header row naming item, progress and the other columns");
        if (!text.Ok)
        {
            return ReadResult.Failure<Assessment>([text.Problem!]);
        }

        var kind = FileKinds.OfText(text.Utf8);
        if (kind is FileKind.Assessment or FileKind.ScoreCard or FileKind.Comparison or FileKind.Catalogue or FileKind.FhirResource or FileKind.OtherJson or FileKind.DomainScoresCsv)
        {
            return ReadResult.Failure<Assessment>([FileKinds.WrongKind(kind, "a ratings table", "a ratings table has a header row naming framework, footprint_code, assessor, item, progress and the other columns, and a row per rating.")]);
        }

        var result = Parse(Encoding.UTF8.GetString(text.Utf8), options);
        return text.Warning is { } warning ? result.After([warning]) : result;
    }

    /// <summary>Reads an assessment from CSV text, separated by commas, semicolons or tabs (told from the header row).</summary>
    /// <param name="csv">The table, with a header row.</param>
    /// <param name="options">Limits and checks; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The assessment, or the problems that prevent it, each at <c>line N, column</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static ReadResult<Assessment> Parse(string csv, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        Preconditions.NotNull(csv);
        if (Encoding.UTF8.GetByteCount(csv) > options.MaxBytes)
        {
            return ReadResult.Failure<Assessment>([options.TooLarge(Encoding.UTF8.GetByteCount(csv))]);
        }

        var separator = Csv.SeparatorOf(csv);
        var (records, error, errorLine) = Csv.Parse(csv, separator);
        if (error is not null)
        {
            return ReadResult.Failure<Assessment>([new Problem(ProblemCodes.InvalidValue, ProblemLocation.InTable(errorLine), error)]);
        }

        var result = new RatingsCsvReader(options).Read(records);
        return separator == ','
            ? result
            : result.After([new Problem(
                ProblemCodes.OtherSeparator,
                ProblemLocation.InTable(1),
                $"The table is separated by {(separator == ';' ? "semicolons" : "tabs")}, not commas; it was read so, but ratings tables are written with commas.",
                ProblemSeverity.Warning)]);
    }
}
