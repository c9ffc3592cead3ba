using System.Buffers;
using System.Globalization;
using System.Text;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Serialization;

/// <summary>
/// A file's bytes made ready to parse: UTF-8 without a byte-order mark, or the one problem that stops it. UTF-16 and
/// UTF-32 with a byte-order mark are certain, so they are read (transcoded) with a warning; without one, or with bytes
/// that are not UTF-8 at all, the problem says so and asks for UTF-8, naming the byte where it goes wrong.
/// </summary>
internal readonly ref struct DecodedText
{
    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create([0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    private DecodedText(ReadOnlySpan<byte> utf8, bool ok, Problem? problem, Problem? warning)
    {
        Utf8 = utf8;
        Ok = ok;
        Problem = problem;
        Warning = warning;
    }

    /// <summary>The text as UTF-8, without a byte-order mark; empty when <see cref="Problem"/> says why not.</summary>
    public ReadOnlySpan<byte> Utf8 { get; }

    /// <summary>Whether the bytes are text: <see cref="Utf8"/> holds it.</summary>
    public bool Ok { get; }

    /// <summary>Why the bytes cannot be read as text, if they cannot.</summary>
    public Problem? Problem { get; }

    /// <summary>A warning about how the text was read (another encoding), if any.</summary>
    public Problem? Warning { get; }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="expected"/> says what the file should be, for the messages.</summary>
    public static DecodedText From(ReadOnlySpan<byte> bytes, string expected)
    {
        var offset = 0;
        if (bytes.StartsWith(Utf8Mark))
        {
            bytes = bytes[Utf8Mark.Length..];
            offset = Utf8Mark.Length;
        }
        else if (Bom(bytes) is { } encoded)
        {
            return Transcode(bytes[encoded.Mark..], encoded.Encoding, encoded.Name);
        }

        if (IsBlank(bytes))
        {
            return Fail(ProblemCodes.EmptyFile, $"The file is empty; {expected}.");
        }

        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return Fail(ProblemCodes.NotText, $"The file is a zip archive (as a workbook such as .xlsx is), not text; {expected}.");
        }

        if (WithoutMark(bytes) is { } guess)
        {
            return Fail(ProblemCodes.NotUtf8, $"The file is {guess} without a byte-order mark, not UTF-8; save it as UTF-8 (in Excel: CSV UTF-8; in a text editor: UTF-8).");
        }

        var control = bytes.IndexOfAny(ControlBytes);
        if (control >= 0)
        {
            return Fail(ProblemCodes.NotText, $"The file is not text: byte {Number(control + offset)} is 0x{bytes[control]:X2}, a control character; {expected}.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            Utf8Validity(bytes, out var invalidAt);
            return Fail(ProblemCodes.NotUtf8, $"The file is not valid UTF-8 at byte {Number(invalidAt + offset)} (0x{bytes[invalidAt]:X2}); it may be Latin-1 or Windows-1252. Save it as UTF-8.");
        }

        return new(bytes, true, null, null);
    }

    /// <summary>Whether the bytes are only spaces, tabs and line breaks (or nothing).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static DecodedText Fail(string code, string message) => new(default, false, new Problem(code, "$", message), null);

    private static DecodedText Transcode(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException exception)
        {
            return Fail(ProblemCodes.NotUtf8, $"The file starts as {name} but is not valid {name} at byte {Number(exception.Index)}; save it as UTF-8.");
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        return IsBlank(utf8)
            ? Fail(ProblemCodes.EmptyFile, "The file is empty.")
            : new(utf8, true, null, new Problem(ProblemCodes.OtherEncoding, "$", $"The file is {name}; it was read, but save it as UTF-8, which every tool here reads and writes.", ProblemSeverity.Warning));
    }

    private static (int Mark, Encoding Encoding, string Name)? Bom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => (4, new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32 (little-endian)"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (4, new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32 (big-endian)"),
        [0xFF, 0xFE, ..] => (2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 (little-endian)"),
        [0xFE, 0xFF, ..] => (2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16 (big-endian)"),
        _ => null,
    };

    /// <summary>UTF-16 or UTF-32 without a mark, told by where the zero bytes of mostly-ASCII text fall.</summary>
    private static string? WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4 || sample.IndexOf((byte)0) < 0)
        {
            return null;
        }

        int[] zeros = new int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                zeros[i % 4]++;
            }
        }

        var quarter = sample.Length / 4;
        if (zeros[1] + zeros[2] + zeros[3] > 2.4 * quarter && zeros[0] < quarter / 4)
        {
            return "UTF-32 (little-endian)";
        }

        if (zeros[0] + zeros[1] + zeros[2] > 2.4 * quarter && zeros[3] < quarter / 4)
        {
            return "UTF-32 (big-endian)";
        }

        var odd = zeros[1] + zeros[3];
        var even = zeros[0] + zeros[2];
        var half = sample.Length / 2;
        return odd > 0.8 * half && even < half / 8 ? "UTF-16 (little-endian)"
            : even > 0.8 * half && odd < half / 8 ? "UTF-16 (big-endian)"
            : null;
    }

    private static OperationStatus Utf8Validity(ReadOnlySpan<byte> bytes, out int invalidAt)
    {
        invalidAt = 0;
        Span<char> scratch = stackalloc char[512];
        var remaining = bytes;
        while (!remaining.IsEmpty)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(remaining, scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            invalidAt += read;
            remaining = remaining[read..];
            if (status == OperationStatus.Done)
            {
                return status;
            }

            if (status != OperationStatus.DestinationTooSmall)
            {
                return status;
            }
        }

        return OperationStatus.Done;
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
