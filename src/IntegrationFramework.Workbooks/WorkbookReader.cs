using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// Reads an assessor's workbook, however a spreadsheet program rewrote it: shared or inline strings, parts reordered,
/// empty rows, sheets moved or renamed, labels in any case, numbers typed for levels. Every problem names its cell.
/// An OpenDocument spreadsheet (.ods), told by its <c>mimetype</c>, is read by <see cref="OpenDocumentReader"/> into
/// the same sheets, within the same limits.
/// </summary>
internal sealed class WorkbookReader(WorkbookReadOptions options)
{
    private readonly List<Problem> problems = [];
    private readonly List<string> sharedStrings = [];

    public ReadResult<Assessment> Read(ReadOnlySpan<byte> bytes) => Open(bytes, Read);

    /// <summary>
    /// Opens a workbook (.xlsx or .ods) within the limits, reads its sheets and gives them to <paramref name="then"/>;
    /// the problems when it is too large, empty, not a workbook or damaged.
    /// </summary>
    public ReadResult<T> Open<T>(ReadOnlySpan<byte> bytes, Func<List<WorkbookSheet>?, ReadResult<T>> then)
        where T : class
    {
        ReadResult<T> Fail(Problem problem) => ReadResult.Failure<T>([problem]);

        var file = options.File;
        if (bytes.Length > file.MaxBytes)
        {
            return Fail(file.TooLarge(bytes.Length));
        }

        if (bytes.IsEmpty)
        {
            return Fail(new(ProblemCodes.EmptyFile, "$", "The file is empty; a workbook is an .xlsx or .ods file as Excel or LibreOffice Calc saves it."));
        }

        if (!bytes.StartsWith("PK\u0003\u0004"u8))
        {
            var kind = FileKinds.Detect(bytes);
            return Fail(new(ProblemCodes.WrongKindOfFile, "$", $"The file is {FileKinds.Describe(kind)}, not a workbook; a workbook is an .xlsx or .ods file as Excel or LibreOffice Calc saves it."));
        }

        var copy = bytes.ToArray();
        var openDocument = OpenDocumentReader.StartsAsSpreadsheet(copy);
        try
        {
            if (WorkbookArchive.Check(copy, options) is { } limit)
            {
                return Fail(limit);
            }

            using (var zip = new ZipArchive(new MemoryStream(copy, writable: false), ZipArchiveMode.Read))
            {
                openDocument = openDocument || OpenDocumentReader.HoldsSpreadsheet(zip);
                if (openDocument)
                {
                    return then(new OpenDocumentReader(options, problems).Read(zip));
                }
            }

            using var document = SpreadsheetDocument.Open(new MemoryStream(copy, writable: false), false, new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes });
            return then(Sheets(document));
        }
        catch (Exception exception) when (exception is InvalidDataException or OpenXmlPackageException or XmlException or IOException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException or KeyNotFoundException or OverflowException)
        {
            var saveAgain = openDocument ? OpenDocumentReader.SaveAgain : "Open it in Excel or LibreOffice Calc and save it again as .xlsx.";
            return Fail(new(WorkbookProblemCodes.DamagedWorkbook, "$", $"The workbook is damaged: {Plain(exception)} {saveAgain}"));
        }
    }

    /// <summary>The problem of a sheet with more rows than the limit, at the first row past it.</summary>
    public static Problem TooManyRows(WorkbookReadOptions options, string sheet, int row)
        => new(WorkbookProblemCodes.WorkbookTooLarge, WorkbookLayout.Place(sheet, 0, row), $"The sheet {sheet} has more than {N(options.MaxRowsPerSheet)} rows; the limit is {N(options.MaxRowsPerSheet)}, which {options.LimitNames.MaxRowsPerSheet} raises.");

    /// <summary>The problem of a cell with more characters than the limit.</summary>
    public static Problem TooLong(WorkbookReadOptions options, ProblemLocation place, long length)
        => new(WorkbookProblemCodes.WorkbookTooLarge, place, $"The cell holds {N(length)} characters; the limit is {N(options.MaxCellCharacters)}, which {options.LimitNames.MaxCellCharacters} raises.");

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plain(Exception exception) => exception switch
    {
        InvalidDataException => "its archive is cut short or is not a zip archive.",
        XmlException xml => $"one of its parts is not the XML a workbook holds (line {xml.LineNumber}, position {xml.LinePosition}).",
        OpenXmlPackageException => "it lacks a part every workbook has, or its parts do not fit together.",
        _ => $"{exception.Message.TrimEnd('.')}.",
    };

    /// <summary>The problems so far: a limit broken or damage found while reading the sheets.</summary>
    public IReadOnlyList<Problem> Problems => problems;

    /// <summary>The assessment the sheets hold; the problems when there are none (a limit or damage) or any is an error.</summary>
    private ReadResult<Assessment> Read(List<WorkbookSheet>? sheets)
        => sheets is null || problems.Exists(p => p.Severity == ProblemSeverity.Error)
            ? ReadResult.Failure<Assessment>(problems.ToEquatableArray())
            : new WorkbookContent(options.File, problems).Read(sheets);

    /// <summary>The sheets of an .xlsx workbook; null when it has none or breaks a limit (the problem is added).</summary>
    private List<WorkbookSheet>? Sheets(SpreadsheetDocument document)
    {
        if (document.WorkbookPart is not { Workbook.Sheets: { } sheetList } workbookPart)
        {
            problems.Add(new(WorkbookProblemCodes.DamagedWorkbook, "$", "The workbook has no sheets; open it in Excel or LibreOffice Calc and save it again as .xlsx."));
            return null;
        }

        SharedStrings(workbookPart.SharedStringTablePart);
        var sheets = new List<WorkbookSheet>();
        foreach (var sheet in sheetList.Elements<Sheet>())
        {
            if (sheet.Id?.Value is { } id && workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart worksheet)
            {
                var read = new WorkbookSheet(sheet.Name?.Value ?? id);
                if (!Rows(worksheet, read))
                {
                    return null;
                }

                sheets.Add(read);
            }
        }

        return sheets;
    }

    private void SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                sharedStrings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }
    }

    /// <summary>The text of a shared or inline string: its own text, or its runs' (never the phonetic guide's).</summary>
    private static string TextOf(OpenXmlCompositeElement item)
        => CellText.Decode(item.GetFirstChild<Text>() is { } text ? text.Text : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? string.Empty)));

    /// <summary>Reads a sheet's cells; false when it breaks a limit (the problem is added).</summary>
    private bool Rows(WorksheetPart part, WorkbookSheet sheet)
    {
        using var reader = OpenXmlReader.Create(part);
        var count = 0;
        var next = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            if (++count > options.MaxRowsPerSheet)
            {
                problems.Add(TooManyRows(options, sheet.Name, next));
                return false;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index and > 0 and <= 1_048_576 ? (int)index : next;
            next = number + 1;
            var cells = new Dictionary<int, string>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = Reference(cell.CellReference?.Value) ?? column;
                var text = TextOf(cell, sheet.Name, column, number);
                if (text is { Length: > 0 })
                {
                    if (text.Length > options.MaxCellCharacters)
                    {
                        problems.Add(TooLong(options, WorkbookLayout.Place(sheet.Name, column, number), text.Length));
                    }
                    else
                    {
                        cells[column] = text;
                    }
                }

                column++;
            }

            if (cells.Count > 0)
            {
                sheet.Rows.Add((number, cells));
            }
        }

        return true;
    }

    /// <summary>The zero-based column of a reference such as <c>C7</c>; null when there is none or it is not one.</summary>
    private static int? Reference(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            {
                column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
                if (++letters > 3)
                {
                    return null;
                }
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? null : column - 1;
    }

    private string? TextOf(Cell cell, string sheet, int column, int row)
    {
        var type = cell.DataType?.Value;
        var value = cell.CellValue?.Text;
        if (type == CellValues.SharedString)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count)
            {
                return sharedStrings[index];
            }

            problems.Add(new(WorkbookProblemCodes.DamagedWorkbook, WorkbookLayout.Place(sheet, column, row), $"The cell refers to shared string {value}, which the workbook does not hold; open it in Excel or LibreOffice Calc and save it again."));
            return null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : null;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
        }

        return value;
    }

}
