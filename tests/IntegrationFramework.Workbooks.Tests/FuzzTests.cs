using System.IO.Compression;
using System.Text;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// Mutated workbooks (bytes flipped, archives cut short, parts' XML broken, shared strings made huge, zip bombs) never
/// make the reader throw or hang: each gives an assessment or an error.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public async Task Mutated_workbooks_never_throw_or_hang_and_always_say_why_they_fail()
    {
        var random = new Random(2026);
        var seeds = new[]
        {
            AssessorWorkbook.ToBytes(Samples.Croydon, "council"),
            AssessorWorkbook.ToBytes(Samples.BlankCroydon, "vcse"),
            Programs.FillWithOpenpyxl(AssessorWorkbook.ToBytes(Samples.Croydon, "icb"), "import sys, openpyxl\nb = openpyxl.load_workbook(sys.argv[1])\nb.save(sys.argv[1])\n"),
        };

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
                }
                catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
                {
                    throw new InvalidOperationException($"Variant {i} made the reader throw.", exception);
                }

                // A bound against hangs, not a timing: each read takes milliseconds.
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Variant {i} took {clock.Elapsed.TotalSeconds:0.0} s, more than the bound of 2 s.");
            }
        }).WaitAsync(TimeSpan.FromMinutes(4));
    }

    private static byte[] Mutate(byte[] workbook, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                var flipped = (byte[])workbook.Clone();
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
                }

                return flipped;
            case 1:
                return workbook[..random.Next(workbook.Length)];
            case 2:
                return Parts.Edit(workbook, (_, xml) => random.Next(3) == 0 && xml.Length > 0 ? Cut(xml, random) : xml);
            case 3:
                return Parts.Edit(workbook, (_, xml) => random.Next(4) == 0 && xml.Length > 0 ? xml.Insert(random.Next(xml.Length), Junk(random)) : xml);
            case 4:
                // Huge shared strings, or a huge inline string.
                return Parts.Edit(workbook, (name, xml) => name.EndsWith("sharedStrings.xml", StringComparison.Ordinal) || name.EndsWith("sheet3.xml", StringComparison.Ordinal)
                    ? xml.Replace("<t>", $"<t>{new string('x', random.Next(30_000, 40_000))}", StringComparison.Ordinal).Replace("<x:t xml:space=\"preserve\">", $"<x:t xml:space=\"preserve\">{new string('x', random.Next(30_000, 40_000))}", StringComparison.Ordinal)
                    : xml);
            default:
                return Bomb(random);
        }
    }

    private static string Cut(string xml, Random random)
    {
        var start = random.Next(xml.Length);
        return xml.Remove(start, Math.Min(xml.Length - start, random.Next(1, 40)));
    }

    private static string Junk(Random random)
        => (string[])["<", ">", "&", "<x:row r=\"999999999\">", "t=\"s\"><x:v>99999</x:v>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "\u0000", "]]>", "r=\"ZZZZ1\""] is var parts ? parts[random.Next(parts.Length)] : string.Empty;

    private static byte[] Bomb(Random random)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            var chunk = new string('a', 1 << 16);
            for (var k = random.Next(50, 1500); k > 0; k--)
            {
                writer.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
