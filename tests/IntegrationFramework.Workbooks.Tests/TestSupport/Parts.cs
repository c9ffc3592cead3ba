using System.IO.Compression;
using System.Text;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>Edits a workbook's parts as text, as a damaged or hostile file would have them.</summary>
internal static class Parts
{
    public static byte[] Edit(byte[] workbook, Func<string, string, string?> edit)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = edit(entry.FullName, reader.ReadToEnd());
                if (text is null)
                {
                    continue;
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    /// <summary>The part of a domain sheet: the Cover is sheet1, the domains follow in the checklist's order.</summary>
    public static string Sheet(int domainIndex) => $"xl/worksheets/sheet{domainIndex + 2}.xml";

    /// <summary>Replaces the inline text of one cell of a sheet part, or gives it text when it has none.</summary>
    public static string SetCell(string xml, string reference, string text)
    {
        var start = xml.IndexOf($"r=\"{reference}\"", StringComparison.Ordinal);
        var cellStart = xml.LastIndexOf("<x:c ", start, StringComparison.Ordinal) is var x and >= 0 ? x : xml.LastIndexOf("<c ", start, StringComparison.Ordinal);
        var selfClosing = xml.IndexOf("/>", start, StringComparison.Ordinal);
        var open = xml.IndexOf('>', start);
        var prefix = xml[cellStart..].StartsWith("<x:", StringComparison.Ordinal) ? "x:" : string.Empty;
        var end = selfClosing == open - 1 ? open + 1 : xml.IndexOf($"</{prefix}c>", start, StringComparison.Ordinal) + $"</{prefix}c>".Length;
        var style = System.Text.RegularExpressions.Regex.Match(xml[cellStart..end], "s=\"(\\d+)\"").Groups[1].Value;
        return string.Concat(xml.AsSpan(0, cellStart), $"<{prefix}c r=\"{reference}\" s=\"{style}\" t=\"inlineStr\"><{prefix}is><{prefix}t>{text}</{prefix}t></{prefix}is></{prefix}c>", xml.AsSpan(end));
    }
}
