using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Dates;
using IntegrationFramework.Serialization;
using static IntegrationFramework.Workbooks.WorkbookStyles;

namespace IntegrationFramework.Workbooks;

/// <summary>Lays one assessor's form out as a workbook with the Open XML SDK, then fixes its archive's timestamps.</summary>
internal static class WorkbookWriter
{
    /// <summary>Zip entries carry a time; every one gets this, so the same input gives the same bytes.</summary>
    private static readonly DateTimeOffset Fixed = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(Assessment assessment, Assessor assessor, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            Build(document, assessment, assessor);
        }

        package.Position = 0;
        Repack(package, output);
    }

    private static void Build(SpreadsheetDocument document, Assessment assessment, Assessor assessor)
    {
        // An id of its own: the SDK would make up a random one, and the same input must give the same bytes.
        var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = WorkbookStyles.Stylesheet();

        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        var rows = AssessmentTemplate.Rows(assessment, assessor).ToLookup(r => r.Item.DomainCode, StringComparer.Ordinal);
        var cover = workbookPart.AddNewPart<WorksheetPart>("rIdCover");
        cover.Worksheet = Cover(assessment, assessor, WorkbookChecker.Count(assessment, rows));
        sheets.Append(new Sheet { Name = WorkbookLayout.CoverSheet, SheetId = 1, Id = "rIdCover" });

        var domains = assessment.Framework.Checklist.Domains;
        for (var i = 0; i < domains.Count; i++)
        {
            var domain = domains[i];
            var id = $"rIdSheet{i + 1}";
            var part = workbookPart.AddNewPart<WorksheetPart>(id);
            var excluded = assessment.ExcludedDomains.Contains(domain.Code);
            part.Worksheet = DomainSheet(domain, [.. rows[domain.Code]], excluded);
            sheets.Append(new Sheet { Name = domain.Code, SheetId = (uint)(i + 2), Id = id });
            definedNames.Append(new DefinedName($"'{domain.Code}'!${WorkbookLayout.HeaderRow - 1}:${WorkbookLayout.HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)(i + 1) });
        }

        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            definedNames);
    }

    private static Worksheet Cover(Assessment assessment, Assessor assessor, List<WorkbookChecker.DomainCount> counts)
    {
        var footprint = assessment.Footprint;
        string?[] values =
        [
            assessment.Framework.Id,
            assessment.Framework.Version,
            footprint.Code,
            footprint.Name,
            Vocabularies.Level.NameOf(footprint.Level),
            footprint.Population?.ToString(CultureInfo.InvariantCulture),
            footprint.ParentCode,
            IsoDate.Format(assessment.AssessedOn),
            assessor.Id,
            assessor.Name,
            Vocabularies.Partner.NameOf(assessor.Partner),
            assessment.ExcludedDomains.IsEmpty ? "none" : string.Join(", ", assessment.ExcludedDomains),
        ];

        var data = new SheetData();
        uint row = 1;
        var widths = CoverWidths;
        data.Append(Row(row++, (assessment.Framework.Document.Title, Title)));
        data.Append(Row(row++, ($"Self-assessment of {footprint.Name} by {assessor.Name}: shared progress on integration", Plain)));
        row++;
        for (var i = 0; i < WorkbookLayout.CoverLabels.Length; i++)
        {
            data.Append(Row(row++, widths, (WorkbookLayout.CoverLabels[i], Label), (values[i], Locked)));
        }

        // The checker comes after the labels, which the reader takes first, and before the help, so it is seen.
        var checker = ++row;
        foreach (var line in WorkbookChecker.Rows(checker, counts))
        {
            data.Append(line);
            row = line.RowIndex!.Value + 2;
        }

        data.Append(Row(row++, ("How to fill it in", Heading), (string.Empty, Heading)));
        foreach (var line in WorkbookLayout.HowToFillIn)
        {
            data.Append(Row(row++, widths, (string.Empty, Plain), (line, Locked)));
        }

        row++;
        data.Append(Row(row++, ("The progress scale", Heading), ("What it means in the report", Heading)));
        foreach (var (_, label, meaning) in WorkbookLayout.Scale)
        {
            data.Append(Row(row++, widths, (label, Label), (meaning, Locked)));
        }

        data.Append(Row(row, widths, ("(empty)", Label), ("Not rated yet: the item is left out of the score, and the report counts it as not covered.", Locked)));

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = true }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(CoverWidths),
            data,
            Protection(),
            Margins(),
            A4(OrientationValues.Portrait),
            Footer()).With(counts.Count == 0 ? null : WorkbookChecker.Done(checker, counts.Count));
    }

    private static Worksheet DomainSheet(Checklists.Domain domain, List<TemplateRow> rows, bool excluded)
    {
        var widths = DomainWidths;
        var data = new SheetData();
        var title = excluded ? $"{domain.Code}: {domain.Name} (out of scope of this assessment: its ratings are kept but not scored)" : $"{domain.Code}: {domain.Name}";
        data.Append(Row(1, (title, Title)));
        data.Append(Row(WorkbookLayout.HeaderRow, [.. WorkbookLayout.Headings.Select(h => (h, Heading))]));
        var number = (uint)WorkbookLayout.HeaderRow;
        foreach (var row in rows)
        {
            var rating = row.Rating;
            data.Append(Row(
                ++number,
                widths,
                (row.Item.Id, Locked),
                (row.Item.Text, Locked),
                (rating is null ? null : WorkbookLayout.Label(rating.Progress), Input),
                (rating?.Target is { } target ? WorkbookLayout.Label(target) : null, Input),
                (rating?.Evidence, Input)));
        }

        var first = WorkbookLayout.HeaderRow + 1;
        var last = Math.Max(first, (int)number);
        var progressList = string.Join(",", WorkbookLayout.Scale.Select(s => s.Label));
        var targetList = string.Join(",", WorkbookLayout.Scale.Where(s => s.Progress.IsLevel()).Select(s => s.Label));
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = WorkbookLayout.HeaderRow, TopLeftCell = $"A{first}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"C{first}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"C{first}" } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(DomainWidths),
            data,
            Protection(),
            new DataValidations(
                List($"C{first}:C{last}", progressList, "Progress", "Choose a level from the list, type its number (0 to 4), or leave the cell empty when you have not rated the item yet."),
                List($"D{first}:D{last}", targetList, "Target", "Choose the level aimed for from the list, or leave the cell empty."))
            { Count = 2 },
            Margins(),
            A4(OrientationValues.Landscape),
            Footer()).With(excluded ? null : WorkbookChecker.Empty(first, last));
    }

    internal static DataValidation List(string range, string labels, string title, string message) => new(new Formula1($"\"{labels}\""))
    {
        Type = DataValidationValues.List,
        AllowBlank = true,
        ShowInputMessage = true,
        ShowErrorMessage = true,
        ErrorStyle = DataValidationErrorStyleValues.Warning,
        PromptTitle = title,
        Prompt = message,
        ErrorTitle = title,
        Error = message,
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };

    /// <summary>The columns' widths, in characters: the cover's label and value, and the checker's three counts; a domain sheet's id, text, progress, target and evidence.</summary>
    internal static readonly double[] CoverWidths = [28, 100, 10, 10, 10], DomainWidths = [10, 70, 18, 18, 48];

    internal static Columns Columns(double[] widths)
        => new(widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true }));

    private static Row Row(uint number, params (string? Text, uint Style)[] cells) => Row(number, [], cells);

    /// <summary>
    /// A row whose height fits its wrapped text: spreadsheet programs do not fit a row's height to its text when they
    /// open a file, so without one a long item would show one line of itself.
    /// </summary>
    internal static Row Row(uint number, double[] widths, params (string? Text, uint Style)[] cells)
    {
        var lines = 1;
        for (var i = 0; i < cells.Length && i < widths.Length; i++)
        {
            if (cells[i].Text is { Length: > 0 } text && cells[i].Style is not (Plain or Title))
            {
                // Calibri 11 fits about one character per unit of width; words wrap a little early.
                var perLine = Math.Max(1, (int)(widths[i] * 0.95));
                lines = Math.Max(lines, text.Split('\n').Sum(paragraph => Math.Max(1, (paragraph.Length + perLine - 1) / perLine)));
            }
        }

        var row = new Row { RowIndex = number };
        if (lines > 1)
        {
            row.Height = (lines * 15) + 3;
            row.CustomHeight = true;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            var (text, style) = cells[i];
            var cell = new Cell { CellReference = $"{WorkbookLayout.Column(i)}{number}", StyleIndex = style };
            if (!string.IsNullOrEmpty(text))
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(CellText.Encode(text)) { Space = SpaceProcessingModeValues.Preserve });
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>Protects the sheet without a password: locked cells (ids, texts, the cover) cannot be changed by accident.</summary>
    private static SheetProtection Protection() => new()
    {
        Sheet = true,
        Objects = true,
        Scenarios = true,
        FormatColumns = false,
        FormatRows = false,
    };

    internal static PageMargins Margins() => new() { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 };

    /// <summary>A4 paper, one page wide, as many pages tall as it takes.</summary>
    internal static PageSetup A4(OrientationValues orientation) => new() { PaperSize = 9, Orientation = orientation, FitToWidth = 1, FitToHeight = 0 };

    internal static HeaderFooter Footer() => new(new OddFooter("&L&A&RPage &P of &N"));

    /// <summary>Copies the package's parts into a new archive, in the same order, with one fixed time on every entry.</summary>
    internal static void Repack(Stream package, Stream output)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Fixed;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
