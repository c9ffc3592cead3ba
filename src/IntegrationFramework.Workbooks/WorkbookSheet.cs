namespace IntegrationFramework.Workbooks;

/// <summary>One sheet as read: its name and its non-empty cells' text, row by row.</summary>
internal sealed class WorkbookSheet(string name)
{
    /// <summary>The sheet's name, as its tab shows it.</summary>
    public string Name { get; } = name;

    /// <summary>The rows that hold text, in order, each with its one-based number and its cells by zero-based column.</summary>
    public List<(int Number, Dictionary<int, string> Cells)> Rows { get; } = [];

    /// <summary>The text of a cell of a row, or null when it is empty.</summary>
    public static string? Text(Dictionary<int, string> cells, int column)
        => Raw(cells, column)?.Trim();

    /// <summary>The text of a cell as written, spaces and all (evidence is kept as the partner wrote it), or null when it is blank.</summary>
    public static string? Raw(Dictionary<int, string> cells, int column)
        => column >= 0 && cells.TryGetValue(column, out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
