using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Xml;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// Reads the sheets of an OpenDocument spreadsheet (.ods, LibreOffice Calc's own format) from its <c>content.xml</c>,
/// streamed, into the sheets the .xlsx reader gives, with the same places and limits. Repeated rows and cells
/// (<c>table:number-rows-repeated</c>, <c>table:number-columns-repeated</c>, which Calc writes to the end of a sheet)
/// cost nothing when empty; repeated text is counted against the limits as if it were written out, so a few bytes
/// cannot claim more rows, cells or memory than the limits allow.
/// </summary>
internal sealed class OpenDocumentReader(WorkbookReadOptions options, List<Problem> problems)
{
    /// <summary>The media type the <c>mimetype</c> entry of an OpenDocument spreadsheet holds.</summary>
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>What a damaged OpenDocument spreadsheet's problems ask for.</summary>
    public const string SaveAgain = "Open it in LibreOffice Calc or Excel and save it again.";

    /// <summary>The most columns and rows a sheet has in Excel and in Calc; cells past them are not read.</summary>
    private const int MaxColumns = 16_384, MaxRows = 1_048_576;

    /// <summary>What a cell costs beyond its characters when repeats are counted as written out: the least markup of a cell.</summary>
    private const int CellMarkup = 16;

    /// <summary>What the sheets' cells cost so far, written out, against the limit on the unzipped size.</summary>
    private long written;

    /// <summary>Whether the archive's first entry is a stored <c>mimetype</c> holding <see cref="MediaType"/>, as ODF requires; read from the bytes, so a cut archive is still known.</summary>
    public static bool StartsAsSpreadsheet(ReadOnlySpan<byte> bytes)
    {
        // A zip's local file header: the method at 8, the name's length at 26 and the extra field's at 28, the name at 30.
        if (bytes.Length < 30 || !bytes.StartsWith("PK\u0003\u0004"u8) || BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]) != 0)
        {
            return false;
        }

        int name = BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]), extra = BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]);
        var data = 30 + name + extra;
        return name == 8 && bytes[30..].StartsWith("mimetype"u8) && bytes.Length >= data && bytes[data..].StartsWith("application/vnd.oasis.opendocument.spreadsheet"u8);
    }

    /// <summary>Whether the archive holds a <c>mimetype</c> entry anywhere that names an OpenDocument spreadsheet.</summary>
    public static bool HoldsSpreadsheet(ZipArchive zip)
    {
        if (zip.GetEntry("mimetype") is not { Length: > 0 and <= 256 } entry)
        {
            return false;
        }

        using var stream = entry.Open();
        var buffer = new byte[256];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.ASCII.GetString(buffer, 0, length).Trim().StartsWith(MediaType, StringComparison.Ordinal);
    }

    /// <summary>The sheets, in order; null when the file is damaged or breaks a limit (the problem is added).</summary>
    public List<WorkbookSheet>? Read(ZipArchive zip)
    {
        if (zip.GetEntry("content.xml") is not { } content)
        {
            problems.Add(new(WorkbookProblemCodes.DamagedWorkbook, "$", $"The workbook is damaged: it has no content.xml, the part that holds an OpenDocument spreadsheet's sheets. {SaveAgain}"));
            return null;
        }

        var sheets = new List<WorkbookSheet>();
        using (var reader = XmlReader.Create(content.Open(), Settings(options.MaxUncompressedBytes)))
        {
            reader.Read();
            while (!reader.EOF)
            {
                if (!OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "table"))
                {
                    reader.Read();
                    continue;
                }

                var sheet = new WorkbookSheet(reader.GetAttribute("name", OpenDocumentCell.Table) is { Length: > 0 } name ? name : $"Sheet{sheets.Count + 1}");
                if (!Table(reader, sheet))
                {
                    return null;
                }

                sheets.Add(sheet);
            }
        }

        if (sheets.Count == 0)
        {
            problems.Add(new(WorkbookProblemCodes.DamagedWorkbook, "$", "The workbook has no sheets; open it in LibreOffice Calc or Excel and save it again."));
            return null;
        }

        return sheets;
    }

    /// <summary>Reads a <c>table:table</c> to past its end; false when it breaks a limit.</summary>
    private bool Table(XmlReader reader, WorkbookSheet sheet)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return true;
        }

        var depth = reader.Depth;
        long number = 1;
        var count = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "table-row"))
            {
                if (!Row(reader, sheet, ref number, ref count))
                {
                    return false;
                }
            }
            else if (OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "table-header-rows") || OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "table-rows") || OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "table-row-group"))
            {
                // Rows grouped, or repeated on each printed page: their rows are the sheet's, in order.
                reader.Read();
            }
            else
            {
                // Columns, shapes, forms, protection: nothing a cell says.
                reader.Skip();
            }
        }

        reader.Read();
        return true;
    }

    /// <summary>
    /// Reads a <c>table:table-row</c>, as many times as it is repeated; false when it breaks a limit. Only rows that hold
    /// text count toward the limit on rows; an empty row, however often repeated, only moves the row number on.
    /// </summary>
    private bool Row(XmlReader reader, WorkbookSheet sheet, ref long number, ref int count)
    {
        var repeated = OpenDocumentCell.Count(reader.GetAttribute("number-rows-repeated", OpenDocumentCell.Table));
        var (cells, cost) = Cells(reader, sheet.Name, number);
        if (cells is null)
        {
            number = Math.Min(number + Math.Min(repeated, MaxRows), MaxRows + 1L);
            return true;
        }

        // Bounded by the rows a sheet has and the limit on rows: one past it is the row the problem names.
        for (long k = 0; k < repeated && number <= MaxRows; k++, number++)
        {
            if (++count > options.MaxRowsPerSheet)
            {
                problems.Add(WorkbookReader.TooManyRows(options, sheet.Name, (int)number));
                return false;
            }

            written += cost;
            if (written > options.MaxUncompressedBytes)
            {
                problems.Add(WorkbookArchive.TooBig(options, "of cells once its repeated rows and cells are written out"));
                return false;
            }

            // The rows a repeat stands for are alike, so they share their cells: nothing changes them.
            sheet.Rows.Add(((int)number, cells));
        }

        return true;
    }

    /// <summary>
    /// Reads a row's cells to past its end: the cells that hold text by column, or null when there are none; and what
    /// they cost written out. A cell over the limit on characters is named, once however often it is repeated.
    /// </summary>
    private (Dictionary<int, string>? Cells, long Cost) Cells(XmlReader reader, string sheet, long number)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (null, 0);
        }

        Dictionary<int, string>? cells = null;
        long cost = 0, column = 0;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (!OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "table-cell") && !OpenDocumentCell.Is(reader, OpenDocumentCell.Table, "covered-table-cell"))
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }

                continue;
            }

            var repeated = OpenDocumentCell.Count(reader.GetAttribute("number-columns-repeated", OpenDocumentCell.Table));
            var (text, length) = OpenDocumentCell.Read(reader, options.MaxCellCharacters);
            if (length > options.MaxCellCharacters && column < MaxColumns && number <= MaxRows)
            {
                problems.Add(WorkbookReader.TooLong(options, WorkbookLayout.Place(sheet, (int)column, (int)number), length));
            }
            else if (text is not null)
            {
                cells ??= [];
                for (var c = column; c < Math.Min(column + repeated, MaxColumns); c++)
                {
                    cells[(int)c] = text;
                    cost += text.Length + CellMarkup;
                }
            }

            column = Math.Min(column + repeated, MaxColumns);
        }

        reader.Read();
        return (cells, cost);
    }

    /// <summary>No DTD, no resolver: a hostile <c>content.xml</c> cannot expand entities or reach out.</summary>
    private static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
        MaxCharactersInDocument = maxCharacters,
    };
}
