using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// The workbook's completeness checker, as the Better Care Fund templates have one: a table on the cover that counts,
/// by formula, the items rated and left on each domain sheet in scope; a conditional format that marks a domain
/// sheet's empty Progress cells until they are filled; and one that turns the cover's count of items left green at 0.
/// </summary>
/// <remarks>
/// A Progress cell counts as rated when it holds more than spaces, as the reader takes it and as Excel's "cell contains
/// blanks" rule marks it (<c>LEN(TRIM(C3))=0</c>); so the count, the marking and <c>ifw merge</c> agree, where COUNTA
/// would count a cell of spaces that the other two take as empty. Every formula carries the count of
/// the ratings written as its cached value, so the file is right before any program recalculates it. The table sits
/// below the cover's labels: the reader takes the first row with a label, so its codes and "Total" cannot stand for one.
/// </remarks>
internal static class WorkbookChecker
{
    /// <summary>The heading of the table, in column A; the rows of domains follow it, then the total.</summary>
    public const string Heading = "Progress so far";

    /// <summary>The label of the table's last row, in column A.</summary>
    public const string Total = "Total";

    /// <summary>The table's column headings, B to E (A holds <see cref="Heading"/>).</summary>
    public static readonly string[] Headings = ["Domain", "Items", "Rated", "Left"];

    /// <summary>What the table's last row says, in column B.</summary>
    public const string Explanation = "The counts follow the Progress cells as you fill them in, in every domain's sheet; an empty Progress cell is marked amber until you fill it.";

    /// <summary>The differential formats (dxf) of the stylesheet, by index: an empty Progress cell; nothing left.</summary>
    public const uint EmptyFormat = 0, DoneFormat = 1;

    /// <summary>The Progress column's letter on a domain sheet.</summary>
    private static readonly string Progress = WorkbookLayout.Column(Array.IndexOf(WorkbookLayout.Headings, "Progress"));

    /// <summary>One domain in scope: its code and name, how many items its sheet has, and how many of them the workbook rates.</summary>
    public readonly record struct DomainCount(string Code, string Name, int Items, int Rated);

    /// <summary>The domains in scope of the assessment, in order, with the ratings the template rows pre-fill.</summary>
    public static List<DomainCount> Count(Assessment assessment, ILookup<string, TemplateRow> rows)
        => [.. assessment.Framework.Checklist.Domains
            .Where(d => !assessment.ExcludedDomains.Contains(d.Code))
            .Select(d => new DomainCount(d.Code, d.Name, d.Items.Count, rows[d.Code].Count(r => r.Rating is not null)))];

    /// <summary>
    /// The rows of the table from row <paramref name="first"/>: the headings, a row per domain, the total and a line on
    /// what the counts follow; none when no domain is in scope.
    /// </summary>
    public static IEnumerable<Row> Rows(uint first, List<DomainCount> counts)
    {
        if (counts.Count == 0)
        {
            yield break;
        }

        var widths = WorkbookWriter.CoverWidths;
        yield return WorkbookWriter.Row(first, widths, [(Heading, WorkbookStyles.Heading), .. Headings.Select(h => ((string?)h, WorkbookStyles.Heading))]);
        var number = first;
        foreach (var (code, name, items, rated) in counts)
        {
            var row = WorkbookWriter.Row(++number, widths, (code, WorkbookStyles.Label), (name, WorkbookStyles.Locked));
            var range = $"{Sheet(code)}!${Progress}${WorkbookLayout.HeaderRow + 1}:${Progress}${WorkbookLayout.HeaderRow + items}";
            row.Append(
                Number($"C{number}", null, items, WorkbookStyles.Count),
                Number($"D{number}", $"SUMPRODUCT(--(LEN(TRIM({range}))>0))", rated, WorkbookStyles.Count),
                Number($"E{number}", $"C{number}-D{number}", items - rated, WorkbookStyles.Count));
            yield return row;
        }

        var total = WorkbookWriter.Row(++number, widths, (Total, WorkbookStyles.Label), ("Every domain in scope", WorkbookStyles.Locked));
        total.Append(
            Number($"C{number}", $"SUM(C{first + 1}:C{number - 1})", counts.Sum(c => c.Items), WorkbookStyles.Total),
            Number($"D{number}", $"SUM(D{first + 1}:D{number - 1})", counts.Sum(c => c.Rated), WorkbookStyles.Total),
            Number($"E{number}", $"C{number}-D{number}", counts.Sum(c => c.Items - c.Rated), WorkbookStyles.Total));
        yield return total;
        yield return WorkbookWriter.Row(++number, widths, (string.Empty, WorkbookStyles.Plain), (Explanation, WorkbookStyles.Locked));
    }

    /// <summary>Turns the cover's counts of items left green when they reach 0: rows after <paramref name="first"/>, one per domain and the total.</summary>
    public static ConditionalFormatting Done(uint first, int domains)
        => new(new ConditionalFormattingRule(new Formula("0")) { Type = ConditionalFormatValues.CellIs, Operator = ConditionalFormattingOperatorValues.Equal, FormatId = DoneFormat, Priority = 1 })
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"E{first + 1}:E{first + domains + 1}" },
        };

    /// <summary>Marks a domain sheet's empty Progress cells, rows <paramref name="first"/> to <paramref name="last"/>, until they are filled.</summary>
    public static ConditionalFormatting Empty(int first, int last)
        => new(new ConditionalFormattingRule(new Formula($"LEN(TRIM({Progress}{first}))=0")) { Type = ConditionalFormatValues.ContainsBlanks, FormatId = EmptyFormat, Priority = 1 })
        {
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{Progress}{first}:{Progress}{last}" },
        };

    /// <summary>Adds a conditional format, if any, where a worksheet's schema wants it: after the sheet's protection.</summary>
    public static Worksheet With(this Worksheet sheet, ConditionalFormatting? formatting)
    {
        if (formatting is not null)
        {
            sheet.InsertAfter(formatting, sheet.GetFirstChild<SheetProtection>());
        }

        return sheet;
    }

    /// <summary>The differential formats the rules use: a light amber fill for an empty cell; green for nothing left.</summary>
    public static DifferentialFormats Formats() => new(
        new DifferentialFormat(new Fill(new PatternFill(new BackgroundColor { Rgb = "FFFFD966" }))),
        new DifferentialFormat(new Font(new Bold(), new Color { Rgb = "FF006100" }), new Fill(new PatternFill(new BackgroundColor { Rgb = "FFC6EFCE" }))))
    { Count = 2 };

    /// <summary>A sheet's name as a formula refers to it: always quoted, a quote in it doubled.</summary>
    private static string Sheet(string name) => $"'{name.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>A number, or a formula with the number as its cached value.</summary>
    private static Cell Number(string reference, string? formula, int value, uint style)
    {
        var cell = new Cell { CellReference = reference, StyleIndex = style };
        if (formula is not null)
        {
            cell.Append(new CellFormula(formula));
        }

        cell.Append(new CellValue(value));
        return cell;
    }
}
