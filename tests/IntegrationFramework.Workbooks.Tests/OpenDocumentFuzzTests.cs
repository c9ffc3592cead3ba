using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using IntegrationFramework.Workbooks.Tests.TestSupport;
using static IntegrationFramework.Workbooks.Tests.TestSupport.OpenDocument;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// Mutated OpenDocument spreadsheets (bytes flipped, archives cut short, content.xml broken, parts dropped, repeats and
/// spaces made huge, zip bombs behind a mimetype) never make the reader throw or hang: each gives an assessment or an
/// error, as <see cref="FuzzTests"/> asks of .xlsx workbooks.
/// </summary>
public sealed partial class OpenDocumentFuzzTests
{
    [Fact]
    public async Task Mutated_ods_files_never_throw_or_hang_and_always_say_why_they_fail()
    {
        var random = new Random(2027);
        var seeds = new[]
        {
            CalcReturns.Typed.Ods,
            CalcReturns.HalfDone.Ods,
            Spreadsheet(Cover() + Domain(
                "PCC",
                Row(Cell("PCC.1"), Cell("Text"), "<table:table-cell office:value-type=\"float\" office:value=\"3\"><text:p>3</text:p></table:table-cell>", "<table:table-cell table:number-columns-repeated=\"1\"/>", "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"3\"/><text:span>b</text:span><text:line-break/><text:a>c</text:a><text:tab/></text:p></table:table-cell>"),
                "<table:table-row-group>" + Row("<table:table-cell table:number-columns-spanned=\"2\"><text:p>PCC.2</text:p></table:table-cell><table:covered-table-cell/>", "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\" office:string-value=\"Planned\"><text:p>Planned</text:p></table:table-cell>") + "</table:table-row-group>",
                EmptyRows(1_048_574)), mimetypeFirst: random.Next(2) == 0),
        };

        // Variants that still read, or fail at a cell of a sheet: proof that the mutations reach the sheets' reader.
        int read = 0, placed = 0;

        // A hang fails the test with a TimeoutException.
        await Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var bytes = Mutate(seeds[random.Next(seeds.Length)], random);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    var result = AssessorWorkbook.Read(bytes);
                    Assert.True(result.Value is not null || !result.Errors.IsEmpty);
                    Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
                    read += result.Succeeded ? 1 : 0;
                    placed += result.Errors.Any(p => p.Path.Contains('!', StringComparison.Ordinal)) ? 1 : 0;
                }
                catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
                {
                    throw new InvalidOperationException($"Variant {i} made the reader throw.", exception);
                }

                // A bound against hangs, not a timing: each read takes milliseconds.
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Variant {i} took {clock.Elapsed.TotalSeconds:0.0} s, more than the bound of 2 s.");
            }
        }).WaitAsync(TimeSpan.FromMinutes(4));

        Assert.True(read >= 100 && placed >= 100, $"Only {read} variants read and {placed} failed at a cell.");
    }

    private static byte[] Mutate(byte[] ods, Random random)
    {
        switch (random.Next(7))
        {
            case 0:
                var flipped = (byte[])ods.Clone();
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
                }

                return flipped;
            case 1:
                return ods[..random.Next(ods.Length)];
            case 2:
                return Edit(ods, (_, xml) => random.Next(3) == 0 && xml.Length > 0 ? Cut(xml, random) : xml);
            case 3:
                return Edit(ods, (name, xml) => name == "content.xml" || random.Next(4) == 0 ? Insert(xml, random) : xml);
            case 4:
                // Repeats, spaces and text made huge.
                return Edit(ods, (name, xml) => name == "content.xml" ? Huge(xml, random) : xml);
            case 5:
                // A part dropped: content.xml, the mimetype, the manifest or another.
                return Edit(ods, (name, xml) => random.Next(5) == 0 ? null : xml);
            default:
                return Bombs.Value[random.Next(Bombs.Value.Length)];
        }
    }

    private static string Cut(string xml, Random random)
    {
        var start = random.Next(xml.Length);
        return xml.Remove(start, Math.Min(xml.Length - start, random.Next(1, 40)));
    }

    private static string Insert(string xml, Random random)
    {
        var junk = (string[])
        [
            "<", ">", "&", "\u0000", "]]>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
            "<table:table-row table:number-rows-repeated=\"2147483647\"><table:table-cell table:number-columns-repeated=\"99999999999999999999\"><text:p>x</text:p></table:table-cell></table:table-row>",
            "<table:table-cell office:value-type=\"date\" office:date-value=\"not a date\"/>",
            "<table:table-cell office:value-type=\"time\" office:time-value=\"P99999999999999D\"/>",
            "<table:table-cell office:value-type=\"float\" office:value=\"1e999\"><text:p>big</text:p></table:table-cell>",
            "<text:s text:c=\"-5\"/>", "<text:s text:c=\"2147483648\"/>", "<table:table table:name=\"\">", "</table:table-row>",
            "<table:covered-table-cell table:number-columns-repeated=\"16384\"/>", "<office:annotation><text:p>note</text:p></office:annotation>",
        ];
        return xml.Length == 0 ? xml : xml.Insert(random.Next(xml.Length), junk[random.Next(junk.Length)]);
    }

    private static string Huge(string xml, Random random) => random.Next(4) switch
    {
        0 => RowsRepeated().Replace(xml, $"table:number-rows-repeated=\"{random.Next(1, int.MaxValue)}\""),
        1 => ColumnsRepeated().Replace(xml, $"table:number-columns-repeated=\"{random.Next(1, int.MaxValue)}\""),
        2 => xml.Replace("<text:p>", $"<text:p><text:s text:c=\"{random.Next(30_000, int.MaxValue)}\"/>", StringComparison.Ordinal),
        _ => xml.Replace("<text:p>", $"<text:p>{new string('x', random.Next(30_000, 40_000))}", StringComparison.Ordinal),
    };

    /// <summary>Zip bombs behind a stored mimetype, made once: compressing them is what would take the time.</summary>
    private static readonly Lazy<byte[][]> Bombs = new(() => [Bomb(50), Bomb(400), Bomb(1500)]);

    private static byte[] Bomb(int chunks)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open(), new UTF8Encoding(false)))
            {
                mimetype.Write(MediaType);
            }

            using var writer = new StreamWriter(zip.CreateEntry("content.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            var chunk = new string('a', 1 << 16);
            for (var k = chunks; k > 0; k--)
            {
                writer.Write(chunk);
            }
        }

        return stream.ToArray();
    }

    [GeneratedRegex("table:number-rows-repeated=\"\\d+\"")]
    private static partial Regex RowsRepeated();

    [GeneratedRegex("table:number-columns-repeated=\"\\d+\"")]
    private static partial Regex ColumnsRepeated();
}
