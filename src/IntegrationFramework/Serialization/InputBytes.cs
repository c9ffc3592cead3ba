namespace IntegrationFramework.Serialization;

/// <summary>
/// What reading any file needs: a size limit that is enforced while reading. The satellite packages compile their
/// own internal copy of this file (src/Directory.Build.props), so that every stream is read within the limit alike.
/// </summary>
internal static class InputBytes
{
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
}
