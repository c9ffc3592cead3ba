namespace IntegrationFramework.Workbooks;

/// <summary>
/// The names of the settings that raise each of a workbook's limits, as the messages that enforce them say: the
/// properties of <see cref="WorkbookReadOptions"/> by default; a tool gives its own options' names (<c>ifw</c> gives
/// <c>--max-unzipped-mib</c> and the like).
/// </summary>
/// <param name="MaxUncompressedBytes">What raises the limit on the workbook's size once unzipped.</param>
/// <param name="MaxCompressionRatio">What raises the limit on how far a part may be compressed.</param>
/// <param name="MaxParts">What raises the limit on the number of parts.</param>
/// <param name="MaxRowsPerSheet">What raises the limit on the rows of a sheet.</param>
/// <param name="MaxCellCharacters">What raises the limit on the characters of a cell.</param>
public sealed record WorkbookLimitNames(string MaxUncompressedBytes, string MaxCompressionRatio, string MaxParts, string MaxRowsPerSheet, string MaxCellCharacters)
{
    /// <summary>The names of <see cref="WorkbookReadOptions"/>' properties.</summary>
    public static WorkbookLimitNames Default { get; } = new(
        "WorkbookReadOptions.MaxUncompressedBytes",
        "WorkbookReadOptions.MaxCompressionRatio",
        "WorkbookReadOptions.MaxParts",
        "WorkbookReadOptions.MaxRowsPerSheet",
        "WorkbookReadOptions.MaxCellCharacters");
}
