using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collecting;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using static IntegrationFramework.Workbooks.WorkbookStyles;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// The partners' action plan as a workbook (.xlsx): one sheet, <see cref="SheetName"/>, laid out as
/// <see cref="ActionPlan.Table"/> lays it out, with drop-downs for the owner (the assessors' ids; a name may be typed)
/// and the status (open, done, dropped). Filled in and given to <c>ifw merge</c> with the partners' files, its rows with
/// an action join the assessment (<see cref="WorkbookFormat"/> reads it).
/// </summary>
public static class ActionPlanWorkbook
{
    /// <summary>The name of the plan's sheet, by which a workbook is known as a plan: <c>Action plan</c>.</summary>
    public const string SheetName = "Action plan";

    private static readonly double[] Widths = [10, 40, 24, 14, 12, 30, 60, 18, 12, 6];

    /// <summary>Writes the plan of an assessment's card as a workbook.</summary>
    /// <param name="card">The assessment's score card.</param>
    /// <param name="assessment">The assessment, whose actions fill their items' rows and whose assessors the owner list offers.</param>
    /// <param name="policy">The policy the card was scored under; found by its id when <see langword="null"/>.</param>
    /// <returns>The workbook's bytes; the same input gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException">The card or the assessment is null.</exception>
    /// <exception cref="ArgumentException">The card does not score the assessment, or its policy is not a named one and none is given.</exception>
    public static byte[] ToBytes(ScoreCard card, Assessment assessment, ScoringPolicy? policy = null)
    {
        var table = ActionPlan.Table(card, assessment, policy);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = WorkbookStyles.Stylesheet();
            var sheet = workbookPart.AddNewPart<WorksheetPart>("rIdPlan");
            var data = new SheetData();
            for (var r = 0; r < table.Count; r++)
            {
                var style = r == 0 ? Heading : Plain;
                data.Append(WorkbookWriter.Row((uint)(r + 1), Widths, [.. table[r].Select((text, c) => (text, r > 0 && c is >= 1 and <= 5 ? Input : style))]));
            }

            var last = Math.Max(2, table.Count);
            var owners = string.Join(',', assessment.Assessors.Select(a => a.Id));
            var validations = new DataValidations(WorkbookWriter.List($"E2:E{last}", "open,done,dropped", "Status", "Choose open, done or dropped; an empty status is open."));
            if (owners.Length is > 0 and < 255)
            {
                var owner = WorkbookWriter.List($"C2:C{last}", owners, "Owner", "Choose an assessor, or type the name of a person or a body.");
                owner.ShowErrorMessage = false;
                validations.Append(owner);
            }

            validations.Count = (uint)validations.ChildElements.Count;
            sheet.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                new SheetFormatProperties { DefaultRowHeight = 15 },
                WorkbookWriter.Columns(Widths),
                data,
                validations,
                WorkbookWriter.Margins(),
                WorkbookWriter.A4(OrientationValues.Landscape),
                WorkbookWriter.Footer());
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = "rIdPlan" }));
        }

        package.Position = 0;
        using var output = new MemoryStream();
        WorkbookWriter.Repack(package, output);
        return output.ToArray();
    }

    /// <summary>Whether a workbook is a plan: an .xlsx whose sheets include <see cref="SheetName"/>.</summary>
    internal static bool IsPlan(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is not { Length: < 1_000_000 } entry)
            {
                return false;
            }

            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd().Contains($"name=\"{SheetName}\"", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            // A damaged archive is no plan; the workbook reader then says what is wrong with it.
            return false;
        }
    }

    /// <summary>The filled plan's actions, each problem at its cell of the plan's sheet.</summary>
    internal static ReadResult<IReadOnlyList<PlannedAction>> Read(ReadOnlySpan<byte> bytes, Framework framework, WorkbookReadOptions options)
    {
        var reader = new WorkbookReader(options);
        return reader.Open(bytes, sheets =>
        {
            if (sheets?.FirstOrDefault(s => s.Name == SheetName) is not { } plan || reader.Problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                return ReadResult.Failure<IReadOnlyList<PlannedAction>>([.. reader.Problems]);
            }

            var width = plan.Rows.Count == 0 ? 0 : plan.Rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells.Keys.Max() + 1);
            var grid = plan.Rows.Select(r => (Cells: Enumerable.Range(0, width).Select(c => r.Cells.GetValueOrDefault(c) ?? string.Empty).ToArray(), r.Number)).ToList();
            string[] header = grid.Count > 0 ? grid[0].Cells : [];

            // A due date typed as a date is a day number (a serial) in the cell: the date it is, as yyyy-MM-dd.
            var due = IndexOf(header, "due");
            foreach (var (cells, _) in grid.Skip(1))
            {
                if (due >= 0 && double.TryParse(cells[due], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
                {
                    cells[due] = DateTime.FromOADate(Math.Floor(serial)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var rows = grid.Select(r => ((IReadOnlyList<string>)r.Cells, r.Number)).ToList();

            return ActionPlan.Read(rows, Preconditions.NotNull(framework), (row, column) => ProblemLocation.InSheet(SheetName, $"{WorkbookLayout.Column(Math.Max(0, IndexOf(header, column)))}{row}"));
        });
    }

    private static int IndexOf(string[] header, string column)
    {
        for (var c = 0; c < header.Length; c++)
        {
            if (header[c].Trim() == column)
            {
                return c;
            }
        }

        return -1;
    }
}
