using DocumentFormat.OpenXml.Spreadsheet;

namespace IntegrationFramework.Workbooks;

/// <summary>How an assessor's workbook looks: the stylesheet the writer's cells refer to by index.</summary>
internal static class WorkbookStyles
{
    /// <summary>The cell styles of the stylesheet, by index.</summary>
    public const uint Plain = 0, Heading = 1, Locked = 2, Input = 3, Title = 4, Label = 5, Count = 6, Total = 7;

    /// <summary>The stylesheet: its fonts, fills and borders, and the cell styles above by index.</summary>
    public static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(font: 0, fill: 0, border: 0, locked: true, wrap: false),   // Plain
            Format(font: 1, fill: 2, border: 1, locked: true),   // Heading
            Format(font: 0, fill: 0, border: 1, locked: true),   // Locked
            Format(font: 0, fill: 3, border: 1, locked: false),  // Input
            Format(font: 2, fill: 0, border: 0, locked: true, wrap: false),   // Title
            Format(font: 1, fill: 0, border: 1, locked: true),   // Label
            Format(font: 0, fill: 0, border: 1, locked: true, number: 1),   // Count
            Format(font: 1, fill: 0, border: 1, locked: true, number: 1))   // Total
        { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        WorkbookChecker.Formats());

    private static T Side<T>()
        where T : BorderPropertiesType, new()
        => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private static CellFormat Format(uint font, uint fill, uint border, bool locked, bool wrap = true, uint number = 49) => new(
        new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap },
        new Protection { Locked = locked })
    {
        NumberFormatId = number, // 49, text: a typed 3 stays "3", and a date stays as written; 1, a whole number (a count)
        FontId = font,
        FillId = fill,
        BorderId = border,
        FormatId = 0,
        ApplyFont = true,
        ApplyFill = true,
        ApplyBorder = true,
        ApplyAlignment = true,
        ApplyProtection = true,
        ApplyNumberFormat = true,
    };
}
