using System.Globalization;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>What reading any file needs: a size limit that is enforced while reading, and a byte order mark ignored.</summary>
internal static class InputBytes
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> bytes)
        => bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;

    /// <summary>Reads a stream to its end, or returns null as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    public static byte[]? ReadLimited(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static Problem TooLarge(long? size, long limit)
        => new(
            ProblemCodes.FileTooLarge,
            "$",
            size is { } bytes
                ? $"The file is {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; the limit is {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes ({limit / (1024.0 * 1024):0.#} MiB)."
                : $"The file is larger than the limit of {limit.ToString("N0", CultureInfo.InvariantCulture)} bytes ({limit / (1024.0 * 1024):0.#} MiB).");
}
