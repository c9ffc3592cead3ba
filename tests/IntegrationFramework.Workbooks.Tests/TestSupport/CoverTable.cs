using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>One row of the cover's checker as a file holds it: the cells' text or cached values, and the formulas.</summary>
internal sealed record CheckerRow(int Number, string Code, string Name, string? Items, string? Rated, string? Left, string? ItemsFormula, string? RatedFormula, string? LeftFormula)
{
    /// <summary>The cached counts as numbers: items, rated, left.</summary>
    public (int Items, int Rated, int Left) Counts => (Whole(Items), Whole(Rated), Whole(Left));

    private static int Whole(string? value) => int.Parse(value ?? throw new InvalidOperationException("The cell has no cached value."), NumberStyles.Integer, CultureInfo.InvariantCulture);
}

/// <summary>Reads the cover's checker with the Open XML SDK, as Excel, Calc or this library wrote it.</summary>
internal static class CoverTable
{
    /// <summary>The rows from the one after 'Progress so far' in column A to the one with 'Total', inclusive.</summary>
    public static List<CheckerRow> Read(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var cover = Sheet(document, "Cover");
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new List<CheckerRow>();
        var inTable = false;
        foreach (var row in cover.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]));
            string? Text(string column) => cells.TryGetValue(column, out var cell) ? Value(cell, shared) : null;
            string? FormulaOf(string column) => cells.TryGetValue(column, out var cell) ? cell.CellFormula?.Text : null;
            if (Text("A") == "Progress so far")
            {
                inTable = true;
                continue;
            }

            if (inTable)
            {
                rows.Add(new((int)row.RowIndex!.Value, Text("A")!, Text("B")!, Text("C"), Text("D"), Text("E"), FormulaOf("C"), FormulaOf("D"), FormulaOf("E")));
                if (Text("A") == "Total")
                {
                    return rows;
                }
            }
        }

        return inTable ? throw new InvalidOperationException("The checker has no Total row.") : rows;
    }

    /// <summary>A sheet's part by the sheet's name.</summary>
    public static WorksheetPart Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
    }

    /// <summary>A cell's text or cached value: a shared string's text, an inline string's, or the value as written.</summary>
    public static string? Value(Cell cell, List<string> shared)
        => cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
            : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText
            : cell.CellValue?.Text is { Length: > 0 } text ? text : null;
}
