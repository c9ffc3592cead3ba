using System.Text;

namespace IntegrationFramework.Cli;

/// <summary>
/// Writes a file so that it is never left half-written: to a temporary file in the target's folder, moved over the
/// target only when complete. Interrupted (Ctrl+C, a full disk, a fault), the temporary file is deleted and the old
/// file, if any, stays whole.
/// </summary>
internal static class OutputFile
{
    /// <summary>How much is written between checks for an interruption.</summary>
    internal const int ChunkBytes = 16 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly Lock Gate = new();
    private static int writing;

    /// <summary>
    /// Handles Ctrl+C: cancels <paramref name="source"/>, and when no file is being written calls
    /// <paramref name="stopNow"/> (which exits) before any write can start; a write under way sees the cancellation,
    /// deletes its temporary file and lets the command exit.
    /// </summary>
    public static void Interrupt(CancellationTokenSource source, Action stopNow)
    {
        lock (Gate)
        {
            source.Cancel();
            if (writing == 0)
            {
                stopNow();
            }
        }
    }

    /// <summary>For tests: called after each chunk is written to the temporary file, with its path.</summary>
    internal static Action<string>? AfterChunk { get; set; }

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>; throws <see cref="OperationCanceledException"/> when interrupted.</summary>
    public static void Write(string path, string content, CancellationToken cancellation)
        => Write(path, Utf8.GetBytes(content), cancellation);

    /// <summary>Writes <paramref name="content"/> (a workbook's bytes) to <paramref name="path"/>; throws <see cref="OperationCanceledException"/> when interrupted.</summary>
    public static void Write(string path, byte[] content, CancellationToken cancellation)
    {
        lock (Gate)
        {
            cancellation.ThrowIfCancellationRequested();
            writing++;
        }

        try
        {
            WriteWhole(Path.GetFullPath(path), content, cancellation);
        }
        finally
        {
            lock (Gate)
            {
                writing--;
            }
        }
    }

    private static void WriteWhole(string full, byte[] content, CancellationToken cancellation)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                for (var start = 0; start < content.Length; start += ChunkBytes)
                {
                    stream.Write(content, start, Math.Min(ChunkBytes, content.Length - start));
                    stream.Flush();
                    AfterChunk?.Invoke(temporary);
                    cancellation.ThrowIfCancellationRequested();
                }

                stream.Flush(flushToDisk: true);
            }

            cancellation.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
