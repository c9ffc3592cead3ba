using System.Globalization;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Problems;

/// <summary>
/// Where a <see cref="Problem"/> is, in parts a program can use without parsing a string: the file, and within it a
/// JSON path, a sheet and cell, or a CSV line and column; or a value given to a reader from outside the file.
/// </summary>
/// <remarks>
/// <para>
/// Make one with <see cref="InJson"/>, <see cref="InSheet"/>, <see cref="InTable"/>, <see cref="Setting"/> or
/// <see cref="Whole"/>; a reader of several files adds the file with <see cref="InFile"/>, and a check of several inputs
/// given without names (the two cards of a comparison, the children of a roll-up) says which with
/// <see cref="OfInput"/>. A value, so that reading a file allocates nothing to say where its values are; the
/// <see langword="default"/> is <see cref="Nowhere"/>. <see cref="Path"/> and <see cref="ToString"/> write it for people:
/// <c>$.ratings[3].item</c>, <c>PCC!C7</c>, <c>line 4, progress</c>, and <c>council.xlsx: PCC!C7</c> with its file.
/// </para>
/// </remarks>
public readonly record struct ProblemLocation
{

    /// <summary>The whole input, no place within it: a file that is not of the kind expected, too large, or empty.</summary>
    public static ProblemLocation Whole { get; } = new() { JsonPath = "$" };

    /// <summary>Nowhere in a file: what the problem concerns is the set of files, such as none given to merge.</summary>
    public static ProblemLocation Nowhere { get; }

    /// <summary>A JSON path into the file, such as <c>$.ratings[3].progress</c>.</summary>
    /// <param name="path">The path, starting with <c>$</c>.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not start with <c>$</c>.</exception>
    public static ProblemLocation InJson(string path)
        => Preconditions.NotNull(path).StartsWith('$')
            ? path == "$" ? Whole : new() { JsonPath = path }
            : throw new ArgumentException($"A JSON path starts with $, such as $.ratings[3].item; it was '{path}'.", nameof(path));

    /// <summary>A cell of a workbook's sheet, such as <c>PCC!C7</c>.</summary>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="cell">The cell's reference, such as <c>C7</c>.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static ProblemLocation InSheet(string sheet, string cell)
        => new() { Sheet = Preconditions.NotBlank(sheet), Cell = Preconditions.NotBlank(cell) };

    /// <summary>A line of a table (CSV), and the column when the problem is one value's.</summary>
    /// <param name="line">The line, from 1 for the header.</param>
    /// <param name="column">The column's name, or <see langword="null"/> for the whole line.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is below 1.</exception>
    public static ProblemLocation InTable(int line, string? column = null)
        => new() { Line = Preconditions.Positive(line), Column = string.IsNullOrWhiteSpace(column) ? null : column };

    /// <summary>
    /// A value the caller gave the reader rather than the file, such as the date given for FHIR responses that lack one;
    /// a host names it as its users know it (a command line its option).
    /// </summary>
    /// <param name="name">The setting's name, such as <c>ResponseContext.AssessedOn</c>.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static ProblemLocation Setting(string name) => new() { SettingName = Preconditions.NotBlank(name) };

    /// <summary>The file's name as people know it, when the problem is one of several files'; otherwise <see langword="null"/>.</summary>
    public string? File { get; private init; }

    /// <summary>
    /// Which of several inputs given without names the problem is in, from 0 (the earlier card of a comparison is 0, a
    /// roll-up's third child 2); <see langword="null"/> when there is one input or the file is named.
    /// </summary>
    public int? Input { get; private init; }

    /// <summary>The JSON path within the file, such as <c>$.ratings[3].item</c>; <see langword="null"/> when the place is not in JSON.</summary>
    public string? JsonPath { get; private init; }

    /// <summary>The sheet of a workbook; <see langword="null"/> when the place is not a cell.</summary>
    public string? Sheet { get; private init; }

    /// <summary>The cell of <see cref="Sheet"/>, such as <c>C7</c>; <see langword="null"/> when the place is not a cell.</summary>
    public string? Cell { get; private init; }

    /// <summary>The line of a table, from 1 for the header; <see langword="null"/> when the place is not in a table.</summary>
    public int? Line { get; private init; }

    /// <summary>The column of <see cref="Line"/>, by its name; <see langword="null"/> for the whole line.</summary>
    public string? Column { get; private init; }

    /// <summary>The name of the setting given to the reader, when the value came from there rather than the file.</summary>
    public string? SettingName { get; private init; }

    /// <summary>
    /// The place within the file, as people read it: <c>$.ratings[3].item</c>, <c>PCC!C7</c>, <c>line 4, progress</c>,
    /// the setting's name; empty when the problem concerns a file as a whole from outside it (a merge's).
    /// </summary>
    public string Path
        => JsonPath
            ?? (Sheet is not null ? $"{QuotedSheet}!{Cell}"
            : Line is { } line ? (Column is null ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : string.Create(CultureInfo.InvariantCulture, $"line {line}, {Column}"))
            : SettingName ?? string.Empty);

    /// <summary>The sheet's name as a spreadsheet writes it in a reference: quoted when it is more than letters and digits.</summary>
    private string QuotedSheet
        => Sheet is not { } sheet ? string.Empty : sheet.All(char.IsLetterOrDigit) ? sheet : $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>This location in the file <paramref name="name"/>.</summary>
    /// <param name="name">The file's name as people know it, such as <c>council.xlsx</c>.</param>
    /// <returns>The location with its file.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public ProblemLocation InFile(string name) => this with { File = Preconditions.NotBlank(name), Input = null };

    /// <summary>This location in the input at <paramref name="index"/> of several given without names.</summary>
    /// <param name="index">The input's position, from 0.</param>
    /// <returns>The location with its input.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public ProblemLocation OfInput(int index)
        => index >= 0 ? this with { Input = index, File = null } : throw new ArgumentOutOfRangeException(nameof(index), index, $"index is a position from 0; it was {index}.");

    /// <summary>This location at another JSON path in the same file or input, such as a reader that read a part of a larger document gives.</summary>
    /// <param name="path">The path, starting with <c>$</c>.</param>
    /// <returns>The location.</returns>
    public ProblemLocation AtJson(string path) => InJson(path) with { File = File, Input = Input };

    /// <summary>A place below this JSON path: <c>$.entry[0].resource</c> below by <c>.item[3]</c> is <c>$.entry[0].resource.item[3]</c>.</summary>
    /// <param name="suffix">What follows the path: a property (<c>.item</c>) or an index (<c>[3]</c>), or several.</param>
    /// <returns>The location, in the same file or input.</returns>
    /// <exception cref="InvalidOperationException">This location is not a JSON path.</exception>
    public ProblemLocation Below(string suffix)
        => JsonPath is { } path
            ? this with { JsonPath = path + Preconditions.NotNull(suffix) }
            : throw new InvalidOperationException($"Only a JSON path has places below it; this location is {this}.");

    /// <summary>The location as a tool prints it: the file (when known), then the place in it.</summary>
    /// <returns>For example <c>council.xlsx: PCC!C7</c>, <c>$.ratings[3].item</c>, <c>b.json</c>, or <c>input 1: $.policy</c>.</returns>
    public override string ToString()
    {
        var path = Path;
        var source = File ?? (Input is { } input ? string.Create(CultureInfo.InvariantCulture, $"input {input}") : null);
        return source is null ? path : path.Length == 0 ? source : $"{source}: {path}";
    }
}
