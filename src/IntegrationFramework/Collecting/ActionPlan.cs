using System.Globalization;
using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Collecting;

/// <summary>
/// The partners' action plan to fill in where they work, as a table (UTF-8 CSV, RFC 4180): a row for every item of the
/// whole work list (<see cref="GapAnalysis"/>), with where it stands, its target and gap, and empty <c>action</c>,
/// <c>owner</c>, <c>due</c> and <c>status</c> columns — or the assessment's own actions of the item, filled in. A filled
/// plan merged with the partners' files (<see cref="Intake.FileIntake.ReadMerged"/>) adds its rows that have an action
/// to the assessment's <see cref="Assessment.Actions"/>.
/// </summary>
public static class ActionPlan
{
    /// <summary>The columns, in order: the five to fill in and a note first, then what the row is about.</summary>
    public static EquatableArray<string> Columns { get; } = ["item", "action", "owner", "due", "status", "note", "text", "stands", "target", "gap"];

    /// <summary>Writes the plan of an assessment's card (<see cref="Table"/>) as CSV.</summary>
    /// <param name="card">The assessment's score card.</param>
    /// <param name="assessment">The assessment, whose actions fill their items' rows.</param>
    /// <param name="policy">The policy the card was scored under; found by its id when <see langword="null"/>.</param>
    /// <returns>The table, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException">The card or the assessment is null.</exception>
    /// <exception cref="ArgumentException">The card does not score the assessment, or its policy is not a named one and none is given.</exception>
    public static string ToCsv(ScoreCard card, Assessment assessment, ScoringPolicy? policy = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var row in Table(card, assessment, policy))
        {
            Csv.WriteRecord(writer, row);
        }

        return writer.ToString();
    }

    /// <summary>
    /// The plan of an assessment's card as a grid, the <see cref="Columns"/> first: every item of its work list, in the
    /// list's order, then any item with actions off it; an item's own actions fill its rows, else one row is left empty.
    /// </summary>
    /// <param name="card">The assessment's score card.</param>
    /// <param name="assessment">The assessment, whose actions fill their items' rows.</param>
    /// <param name="policy">The policy the card was scored under; found by its id when <see langword="null"/>.</param>
    /// <returns>The header and the rows, each of <see cref="Columns"/>' length; null for an empty cell.</returns>
    /// <exception cref="ArgumentNullException">The card or the assessment is null.</exception>
    /// <exception cref="ArgumentException">The card does not score the assessment, or its policy is not a named one and none is given.</exception>
    public static IReadOnlyList<IReadOnlyList<string?>> Table(ScoreCard card, Assessment assessment, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(card);
        Preconditions.NotNull(assessment);
        if (assessment.Footprint.Code != card.Footprint.Code || assessment.AssessedOn != card.AssessedOn || assessment.Framework != card.Framework)
        {
            throw new ArgumentException($"The card ({card}) does not score the assessment ({assessment}).", nameof(card));
        }

        var checklist = card.Framework.Checklist;
        List<IReadOnlyList<string?>> rows = [Columns.ToArray()];
        var gaps = GapAnalysis.Of(card, policy).Items;
        var listed = gaps.Select(g => g.ItemId).ToHashSet(StringComparer.Ordinal);
        foreach (var gap in gaps)
        {
            Rows(rows, checklist, card.FindItem(gap.ItemId)!.Value, assessment, gap.TargetIsDefault ? null : gap.Target.ToFileName(), gap.Gap);
        }

        foreach (var itemId in assessment.Actions.Select(a => a.ItemId).Distinct(StringComparer.Ordinal).Where(id => !listed.Contains(id)))
        {
            Rows(rows, checklist, card.FindItem(itemId)!.Value, assessment, card.FindItem(itemId)!.Value.Target?.ToFileName(), null);
        }

        return rows;
    }

    /// <summary>
    /// Writes the plan as JSON: <c>{"plan": [{"item", "action", "owner", "due", "status", "note", "text", "stands",
    /// "target", "gap"}, …]}</c>, a row an object, the columns to fill in empty strings.
    /// </summary>
    /// <param name="card">The assessment's score card.</param>
    /// <param name="assessment">The assessment, whose actions fill their items' rows.</param>
    /// <param name="policy">The policy the card was scored under; found by its id when <see langword="null"/>.</param>
    /// <returns>The file's text (indented JSON).</returns>
    /// <exception cref="ArgumentNullException">The card or the assessment is null.</exception>
    /// <exception cref="ArgumentException">The card does not score the assessment, or its policy is not a named one and none is given.</exception>
    public static string ToJson(ScoreCard card, Assessment assessment, ScoringPolicy? policy = null)
    {
        var table = Table(card, assessment, policy);
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("plan");
            foreach (var row in table.Skip(1))
            {
                writer.WriteStartObject();
                for (var c = 0; c < Columns.Count; c++)
                {
                    writer.WriteString(Columns[c], row[c] ?? string.Empty);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Whether a file is an action plan: a table whose header starts <c>item,action,owner,due,status</c>, or a JSON
    /// object whose <c>plan</c> is an array (<see cref="ToJson"/>).
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>Whether it is a plan.</returns>
    public static bool IsPlan(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        return text.StartsWith("item,action,owner,due,status"u8) || JsonPlan(text) is not null;
    }

    /// <summary>The rows of a JSON plan, each an object's strings by column and its index; null when the file is not one.</summary>
    private static List<(IReadOnlyList<string> Cells, int Number)>? JsonPlan(ReadOnlySpan<byte> text)
    {
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || text[start] != (byte)'{' || text.IndexOf("\"plan\""u8) < 0)
        {
            return null;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(text.ToArray(), new System.Text.Json.JsonDocumentOptions { MaxDepth = 8 });
            if (!json.RootElement.TryGetProperty("plan", out var plan) || plan.ValueKind != System.Text.Json.JsonValueKind.Array)
            {
                return null;
            }

            var rows = new List<(IReadOnlyList<string> Cells, int Number)> { ([.. Columns], 0) };
            var index = 0;
            foreach (var row in plan.EnumerateArray())
            {
                index++;
                rows.Add(([.. Columns.Select(c => row.ValueKind == System.Text.Json.JsonValueKind.Object && row.TryGetProperty(c, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty)], index));
            }

            return rows;
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads a filled plan, a table (CSV) or JSON (<see cref="ToJson"/>), as <see cref="ReadCsv"/> says, each problem at
    /// its line and column, or its JSON path.
    /// </summary>
    /// <param name="bytes">The file.</param>
    /// <param name="framework">The framework whose items the plan's rows name.</param>
    /// <returns>The actions, in the file's order, or the problems that prevent them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static ReadResult<IReadOnlyList<PlannedAction>> ReadFile(ReadOnlySpan<byte> bytes, Framework framework)
        => JsonPlan(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes) is { } rows
            ? Read(rows, framework, (index, column) => ProblemLocation.InJson($"$.plan[{(index - 1).ToString(CultureInfo.InvariantCulture)}].{column}"))
            : ReadCsv(bytes, framework);

    /// <summary>
    /// Reads a filled plan: each row with an action becomes one, checked — a known item, an owner, a due date that is
    /// a date, a status of open, done or dropped (an empty status is open) — each problem at its line and column.
    /// Rows without an action are the plan's unfilled lines and are skipped.
    /// </summary>
    /// <param name="bytes">The table.</param>
    /// <param name="framework">The framework whose items the plan's rows name.</param>
    /// <returns>The actions, in the table's order, or the problems that prevent them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static ReadResult<IReadOnlyList<PlannedAction>> ReadCsv(ReadOnlySpan<byte> bytes, Framework framework)
    {
        Preconditions.NotNull(framework);
        var text = DecodedText.From(bytes, "an action plan is CSV text with the header item,action,owner,due,status");
        if (!text.Ok)
        {
            return ReadResult.Failure<IReadOnlyList<PlannedAction>>([text.Problem!]);
        }

        var (records, error, errorLine) = Csv.Parse(Encoding.UTF8.GetString(text.Utf8));
        if (error is not null)
        {
            return ReadResult.Failure<IReadOnlyList<PlannedAction>>([new Problem(ProblemCodes.InvalidValue, ProblemLocation.InTable(errorLine), error)]);
        }

        return Read([.. records.Select(r => ((IReadOnlyList<string>)r.Fields, r.Line))], framework, (line, column) => ProblemLocation.InTable(line, column));
    }

    /// <summary>
    /// Reads a filled plan from any grid — a table's records, a sheet's rows — each row with an action becoming one,
    /// checked as <see cref="ReadCsv"/> says, each problem where <paramref name="locate"/> puts its row and column.
    /// </summary>
    /// <param name="rows">The header, then the rows, each with the number <paramref name="locate"/> is given for it.</param>
    /// <param name="framework">The framework whose items the plan's rows name.</param>
    /// <param name="locate">Where a row's column is: its line of a table, its cell of a sheet.</param>
    /// <returns>The actions, in the grid's order, or the problems that prevent them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReadResult<IReadOnlyList<PlannedAction>> Read(IReadOnlyList<(IReadOnlyList<string> Cells, int Number)> rows, Framework framework, Func<int, string, ProblemLocation> locate)
    {
        Preconditions.NotNull(rows);
        Preconditions.NotNull(framework);
        Preconditions.NotNull(locate);
        var header = rows.Count > 0 ? rows[0].Cells : [];
        int Column(string name)
        {
            for (var c = 0; c < header.Count; c++)
            {
                if (string.Equals(header[c]?.Trim(), name, StringComparison.Ordinal))
                {
                    return c;
                }
            }

            return -1;
        }

        var (item, action, owner, due, status, note) = (Column("item"), Column("action"), Column("owner"), Column("due"), Column("status"), Column("note"));
        var problems = new List<Problem>();
        var actions = new List<PlannedAction>();
        foreach (var (cells, number) in rows.Skip(1))
        {
            string Field(int column) => column >= 0 && column < cells.Count && cells[column] is { } cell ? Csv.Unguard(cell).Trim() : string.Empty;
            if (Field(action).Length == 0)
            {
                continue;
            }

            var before = problems.Count;
            var id = Field(item);
            if (framework.Checklist.IndexOfItem(id) < 0)
            {
                problems.Add(new(ProblemCodes.UnknownItem, locate(number, "item"), $"Item '{id}' is not in the {framework.Id} checklist; keep the item of the plan's row."));
            }

            if (Field(owner).Length == 0)
            {
                problems.Add(new(ProblemCodes.MissingProperty, locate(number, "owner"), $"The action on {id} has no owner; give an assessor's id or a name."));
            }

            var date = IsoDate.Parse(Field(due));
            if (date is null)
            {
                problems.Add(new(ProblemCodes.InvalidValue, locate(number, "due"), $"'{Field(due)}' is not a date in the form yyyy-MM-dd; give when the action on {id} is due."));
            }

            ActionStatus? state = Field(status).Length == 0 ? ActionStatus.Open
                : Vocabularies.ActionStatus.TryParse(Field(status), out var parsed) ? parsed : null;
            if (state is null)
            {
                problems.Add(new(ProblemCodes.InvalidValue, locate(number, "status"), $"'{Field(status)}' is not a status; give open, done or dropped (empty is open)."));
            }

            if (problems.Count == before)
            {
                actions.Add(new PlannedAction(id, Field(action), Field(owner), date!.Value, state!.Value, Field(note) is { Length: > 0 } n ? n : null));
            }
        }

        return problems.Count > 0
            ? ReadResult.Failure<IReadOnlyList<PlannedAction>>([.. problems])
            : ReadResult.Success<IReadOnlyList<PlannedAction>>(actions, []);
    }

    /// <summary>An item's rows: one per action it has, filled in, or one empty.</summary>
    private static void Rows(List<IReadOnlyList<string?>> rows, Checklist checklist, ItemScore item, Assessment assessment, string? target, double? gap)
    {
        var text = checklist.FindItem(item.ItemId)?.Text;
        var stands = item.Consensus?.ToFileName();
        var gapText = gap?.ToString("0.#", CultureInfo.InvariantCulture);
        var mine = assessment.Actions.Where(a => a.ItemId == item.ItemId).ToList();
        if (mine.Count == 0)
        {
            rows.Add([item.ItemId, null, null, null, null, null, text, stands, target, gapText]);
        }

        foreach (var a in mine)
        {
            rows.Add([item.ItemId, a.Action, a.Owner, IsoDate.Format(a.Due), Vocabularies.ActionStatus.NameOf(a.Status), a.Note, text, stands, target, gapText]);
        }
    }
}
