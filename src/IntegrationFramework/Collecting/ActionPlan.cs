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

    /// <summary>Writes the plan of an assessment's card: every item of its work list, in the list's order, then any item with actions off it.</summary>
    /// <param name="card">The assessment's score card.</param>
    /// <param name="assessment">The assessment, whose actions fill their items' rows.</param>
    /// <param name="policy">The policy the card was scored under; found by its id when <see langword="null"/>.</param>
    /// <returns>The table, with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException">The card or the assessment is null.</exception>
    /// <exception cref="ArgumentException">The card does not score the assessment, or its policy is not a named one and none is given.</exception>
    public static string ToCsv(ScoreCard card, Assessment assessment, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(card);
        Preconditions.NotNull(assessment);
        if (assessment.Footprint.Code != card.Footprint.Code || assessment.AssessedOn != card.AssessedOn || assessment.Framework != card.Framework)
        {
            throw new ArgumentException($"The card ({card}) does not score the assessment ({assessment}).", nameof(card));
        }

        var checklist = card.Framework.Checklist;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Csv.WriteRecord(writer, Columns);
        var gaps = GapAnalysis.Of(card, policy).Items;
        var listed = gaps.Select(g => g.ItemId).ToHashSet(StringComparer.Ordinal);
        foreach (var gap in gaps)
        {
            Rows(writer, checklist, card.FindItem(gap.ItemId)!.Value, assessment, gap.TargetIsDefault ? null : gap.Target.ToFileName(), gap.Gap);
        }

        foreach (var itemId in assessment.Actions.Select(a => a.ItemId).Distinct(StringComparer.Ordinal).Where(id => !listed.Contains(id)))
        {
            Rows(writer, checklist, card.FindItem(itemId)!.Value, assessment, card.FindItem(itemId)!.Value.Target?.ToFileName(), null);
        }

        return writer.ToString();
    }

    /// <summary>Whether a file is an action plan: a table whose header starts <c>item,action,owner,due,status</c>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>Whether it is a plan.</returns>
    public static bool IsPlan(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> header = "item,action,owner,due,status"u8;
        return (bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes).StartsWith(header);
    }

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

        var header = records.Count > 0 ? records[0].Fields : [];
        int Column(string name) => Array.IndexOf(header, name);
        var (item, action, owner, due, status, note) = (Column("item"), Column("action"), Column("owner"), Column("due"), Column("status"), Column("note"));
        var problems = new List<Problem>();
        var actions = new List<PlannedAction>();
        foreach (var record in records.Skip(1))
        {
            string Field(int column) => column >= 0 && column < record.Fields.Length ? Csv.Unguard(record.Fields[column]).Trim() : string.Empty;
            if (Field(action).Length == 0)
            {
                continue;
            }

            var before = problems.Count;
            var id = Field(item);
            if (framework.Checklist.IndexOfItem(id) < 0)
            {
                problems.Add(new(ProblemCodes.UnknownItem, ProblemLocation.InTable(record.Line, "item"), $"Item '{id}' is not in the {framework.Id} checklist; keep the item of the plan's row."));
            }

            if (Field(owner).Length == 0)
            {
                problems.Add(new(ProblemCodes.MissingProperty, ProblemLocation.InTable(record.Line, "owner"), $"The action on {id} has no owner; give an assessor's id or a name."));
            }

            var date = IsoDate.Parse(Field(due));
            if (date is null)
            {
                problems.Add(new(ProblemCodes.InvalidValue, ProblemLocation.InTable(record.Line, "due"), $"'{Field(due)}' is not a date in the form yyyy-MM-dd; give when the action on {id} is due."));
            }

            ActionStatus? state = Field(status).Length == 0 ? ActionStatus.Open
                : Vocabularies.ActionStatus.TryParse(Field(status), out var parsed) ? parsed : null;
            if (state is null)
            {
                problems.Add(new(ProblemCodes.InvalidValue, ProblemLocation.InTable(record.Line, "status"), $"'{Field(status)}' is not a status; give open, done or dropped (empty is open)."));
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
    private static void Rows(TextWriter writer, Checklist checklist, ItemScore item, Assessment assessment, string? target, double? gap)
    {
        var text = checklist.FindItem(item.ItemId)?.Text;
        var stands = item.Consensus?.ToFileName();
        var gapText = gap?.ToString("0.#", CultureInfo.InvariantCulture);
        var mine = assessment.Actions.Where(a => a.ItemId == item.ItemId).ToList();
        if (mine.Count == 0)
        {
            Csv.WriteRecord(writer, [item.ItemId, null, null, null, null, null, text, stands, target, gapText]);
        }

        foreach (var a in mine)
        {
            Csv.WriteRecord(writer, [item.ItemId, a.Action, a.Owner, IsoDate.Format(a.Due), Vocabularies.ActionStatus.NameOf(a.Status), a.Note, text, stands, target, gapText]);
        }
    }
}
