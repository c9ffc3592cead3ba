using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// Where things are in an assessor's workbook and what they are called: the one place the writer and the reader share,
/// so that a workbook written here always reads back.
/// </summary>
internal static class WorkbookLayout
{
    /// <summary>The cover sheet's name.</summary>
    public const string CoverSheet = "Cover";

    /// <summary>The row of a domain sheet's column headings (the domain's name is above it).</summary>
    public const int HeaderRow = 2;

    /// <summary>The column headings of a domain sheet, in order (A to E).</summary>
    public static readonly string[] Headings = ["Item", "What the checklist asks", "Progress", "Target", "Evidence"];

    /// <summary>The normalised headings the reader looks for, by the column's role.</summary>
    public const string ItemHeading = "item", ProgressHeading = "progress", TargetHeading = "target", EvidenceHeading = "evidence";

    /// <summary>The cover's labels, in column A, each with the value beside it in column B.</summary>
    public const string Framework = "Framework", FrameworkVersion = "Framework version", FootprintCode = "Footprint code", FootprintName = "Footprint name",
        FootprintLevel = "Footprint level", Population = "Population", ParentCode = "Part of (footprint code)", AssessedOn = "Assessment date",
        AssessorId = "Assessor id", AssessorName = "Assessor name", Partner = "Partner kind", OutOfScope = "Domains out of scope";

    /// <summary>The cover's labels in the order it lists them.</summary>
    public static readonly string[] CoverLabels = [Framework, FrameworkVersion, FootprintCode, FootprintName, FootprintLevel, Population, ParentCode, AssessedOn, AssessorId, AssessorName, Partner, OutOfScope];

    /// <summary>The progress scale as people read it, in the drop-down lists' order.</summary>
    public static readonly (Progress Progress, string Label, string Meaning)[] Scale =
    [
        (Progress.NotStarted, "Not started", "Level 0, 0 points: nothing is in place or planned yet."),
        (Progress.Planned, "Planned", "Level 1, 25 points: it is planned."),
        (Progress.UnderDevelopment, "Under development", "Level 2, 50 points: it is being developed."),
        (Progress.InPlace, "In place", "Level 3, 75 points: it is in place."),
        (Progress.Embedded, "Embedded", "Level 4, 100 points: in place, evaluated, and learning shared."),
        (Progress.NotApplicable, "Not applicable", "Not a level and never a target: the item does not apply to this partnership. When more than half of the partners say so, the item leaves the score."),
    ];

    /// <summary>What the cover says about filling the workbook in, line by line.</summary>
    public static readonly string[] HowToFillIn =
    [
        "Each domain of the checklist has a sheet of its own, named by its code; each row is one item.",
        "In the Progress column, choose how far the partnership has got with the item, from the drop-down list. You may type the level's number (0 to 4) instead.",
        "Leave Progress empty for an item you have not rated yet: an empty cell is not rated, which is not the same as Not started.",
        "In the Target column, you may choose the level the partnership aims for; it is at least the progress.",
        "In the Evidence column, say what the rating rests on: documents, data, examples.",
        "Do not change the item ids, the texts or this cover: they tell the tool whose ratings these are. Save the file as .xlsx and send it back.",
    ];

    /// <summary>The label of a progress level as people read it.</summary>
    public static string Label(Progress progress) => Array.Find(Scale, s => s.Progress == progress).Label;

    /// <summary>
    /// A heading or label as the reader compares it: in lower case, without spaces, hyphens or underscores, so that
    /// "In place", "in place", "inPlace" and " IN_PLACE " are one.
    /// </summary>
    public static string Normalise(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '_'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>The column letters of a zero-based column index (0 is A).</summary>
    public static string Column(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>A cell as problems locate it: the sheet, and the cell's reference, <c>C7</c>.</summary>
    public static ProblemLocation Place(string sheet, int column, int row)
        => ProblemLocation.InSheet(sheet, string.Create(CultureInfo.InvariantCulture, $"{Column(column)}{row}"));
}
