using System.Globalization;
using System.IO.Compression;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// Checks a workbook's zip archive, .xlsx or .ods, against the limits before its parts are read: the number of parts, their
/// size unzipped (counted as they are inflated, not taken from the headers, which a zip bomb can falsify), and how far
/// each is compressed.
/// </summary>
internal static class WorkbookArchive
{
    /// <summary>Parts smaller than this may be compressed further than the ratio: a short part of repeated XML can be.</summary>
    private const long RatioFloor = 64 * 1024;

    public static Problem? Check(byte[] bytes, WorkbookReadOptions options)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var names = options.LimitNames;
        var entries = zip.Entries;
        if (entries.Count > options.MaxParts)
        {
            return Limit($"The workbook has {N(entries.Count)} parts; the limit is {N(options.MaxParts)}, which {names.MaxParts} raises.");
        }

        long declared = 0, compressed = 0, inflated = 0;
        var buffer = new byte[81920];
        foreach (var entry in entries)
        {
            declared += entry.Length;
            compressed += entry.CompressedLength;
            if (declared > options.MaxUncompressedBytes)
            {
                return TooBig(options);
            }

            if (TooCompressed(entry.Length, entry.CompressedLength, options))
            {
                return Ratio(entry.FullName, entry.Length, entry.CompressedLength, options);
            }

            // Inflate to count the real size: the header's may be a lie.
            long read = 0;
            using var stream = entry.Open();
            int count;
            while ((count = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += count;
                inflated += count;
                if (inflated > options.MaxUncompressedBytes)
                {
                    return TooBig(options);
                }

                if (TooCompressed(read, entry.CompressedLength, options))
                {
                    return Ratio(entry.FullName, read, entry.CompressedLength, options);
                }
            }
        }

        return TooCompressed(inflated, compressed, options) ? Ratio(null, inflated, compressed, options) : null;
    }

    /// <summary>Whether <paramref name="size"/> bytes in <paramref name="compressedSize"/> are past the ratio (sizes under the floor never are).</summary>
    private static bool TooCompressed(long size, long compressedSize, WorkbookReadOptions options)
        => size > RatioFloor && size > (long)options.MaxCompressionRatio * Math.Max(1, compressedSize);

    /// <summary>The problem of a workbook over the limit on its size: <paramref name="what"/> says what was counted.</summary>
    public static Problem TooBig(WorkbookReadOptions options, string what = "once unzipped")
        => Limit($"The workbook holds more than {Mib(options.MaxUncompressedBytes)} {what}; the limit is {Mib(options.MaxUncompressedBytes)}, which {options.LimitNames.MaxUncompressedBytes} raises.");

    private static Problem Ratio(string? part, long size, long compressedSize, WorkbookReadOptions options)
        => Limit($"{(part is null ? "The workbook" : $"The part {part}")} is compressed {N(size / Math.Max(1, compressedSize))} to 1 ({N(size)} bytes in {N(compressedSize)}), as zip bombs are; the limit is {N(options.MaxCompressionRatio)} to 1, which {options.LimitNames.MaxCompressionRatio} raises.");

    private static Problem Limit(string message) => new(WorkbookProblemCodes.WorkbookTooLarge, "$", message);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mib(long bytes) => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MiB";
}
