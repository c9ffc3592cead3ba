using System.IO.Compression;
using System.Security;
using System.Text;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>
/// OpenDocument spreadsheets made by hand, as ODF lays them out (a stored <c>mimetype</c> first, then
/// <c>content.xml</c>), and edits of Calc's own, for what Calc would never write: huge repeats, odd text markup,
/// damage.
/// </summary>
internal static class OpenDocument
{
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";

    /// <summary>An .ods whose <c>content.xml</c> holds these <c>table:table</c> elements; the mimetype first and stored, or last and deflated.</summary>
    public static byte[] Spreadsheet(string tables, bool mimetypeFirst = true)
        => Zip(Content(tables), mimetypeFirst);

    /// <summary>A <c>content.xml</c> with the namespaces Calc declares, around these tables.</summary>
    public static string Content(string tables)
        => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" office:version=\"1.3\">"
            + $"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>";

    /// <summary>A zip of an OpenDocument spreadsheet holding this <c>content.xml</c> (null: none), and any other parts.</summary>
    public static byte[] Zip(string? content, bool mimetypeFirst = true, params (string Name, string Text)[] others)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (mimetypeFirst)
            {
                Add(zip, "mimetype", MediaType, CompressionLevel.NoCompression);
            }

            Add(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>", CompressionLevel.Optimal);
            foreach (var (name, text) in others)
            {
                Add(zip, name, text, CompressionLevel.SmallestSize);
            }

            if (content is not null)
            {
                Add(zip, "content.xml", content, CompressionLevel.SmallestSize);
            }

            if (!mimetypeFirst)
            {
                Add(zip, "mimetype", MediaType, CompressionLevel.Optimal);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Edits the parts of an .ods as text, keeping its mimetype first and stored as ODF asks; a null edit drops the part.</summary>
    public static byte[] Edit(byte[] ods, Func<string, string, string?> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(ods), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                if (edit(entry.FullName, reader.ReadToEnd()) is { } text)
                {
                    Add(target, entry.FullName, text, entry.FullName == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>The text of an .ods's <c>content.xml</c>.</summary>
    public static string ContentOf(byte[] ods)
    {
        using var zip = new ZipArchive(new MemoryStream(ods), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("content.xml")!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string Table(string name, params string[] rows) => $"<table:table table:name=\"{SecurityElement.Escape(name)}\">{string.Concat(rows)}</table:table>";

    public static string Row(params string[] cells) => $"<table:table-row>{string.Concat(cells)}</table:table-row>";

    /// <summary>A string cell, as Calc writes one: its type, and its text in a paragraph.</summary>
    public static string Cell(string text) => $"<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>{SecurityElement.Escape(text)}</text:p></table:table-cell>";

    /// <summary>Empty rows, as Calc writes the rest of a sheet: one row element repeated, its empty cell repeated across every column.</summary>
    public static string EmptyRows(int repeated) => $"<table:table-row table:number-rows-repeated=\"{repeated}\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";

    /// <summary>The cover of Croydon's workbook for its council, as the template writes it, with empty rows between as Calc keeps them.</summary>
    public static string Cover(string date = "<table:table-cell office:value-type=\"string\"><text:p>2025-10-06</text:p></table:table-cell>", string population = "<table:table-cell office:value-type=\"float\" office:value=\"390800\"><text:p>390,800</text:p></table:table-cell>")
        => Table(
            "Cover",
            Row(Cell("Shifting the centre of gravity")),
            EmptyRows(1),
            Row(Cell("Framework"), Cell("shifting-the-centre-of-gravity-2018")),
            Row(Cell("Framework version"), Cell("1.0.0")),
            Row(Cell("Footprint code"), Cell("E09000008")),
            Row(Cell("Footprint name"), Cell("Croydon")),
            Row(Cell("Footprint level"), Cell("place")),
            Row(Cell("Population"), population),
            Row(Cell("Assessment date"), date),
            Row(Cell("Assessor id"), Cell("council")),
            Row(Cell("Assessor name"), Cell("Council")),
            Row(Cell("Partner kind"), Cell("upperTierCouncil")),
            Row(Cell("Domains out of scope"), Cell("none")),
            EmptyRows(1_048_563));

    /// <summary>A domain sheet: the domain's name, the headings, then the rows given.</summary>
    public static string Domain(string code, params string[] rows)
        => Table(code, [Row(Cell(code)), Row(Cell("Item"), Cell("What the checklist asks"), Cell("Progress"), Cell("Target"), Cell("Evidence")), .. rows]);

    private static void Add(ZipArchive zip, string name, string text, CompressionLevel level)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
