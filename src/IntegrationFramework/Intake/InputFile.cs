using IntegrationFramework.Guards;

namespace IntegrationFramework.Intake;

/// <summary>
/// One file given to <see cref="FileIntake"/>: its name as people know it, which every problem found in it names, and
/// its bytes, whose content says what kind of file it is.
/// </summary>
public sealed record InputFile
{
    /// <summary>Names a file's bytes.</summary>
    /// <param name="name">The file's name as people know it, such as <c>croydon-council.xlsx</c> or <c>(standard input)</c>.</param>
    /// <param name="bytes">The file's bytes, which the file keeps: do not change them after.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public InputFile(string name, ReadOnlyMemory<byte> bytes)
    {
        Name = name;
        Bytes = bytes;
    }

    /// <summary>The file's name as people know it.</summary>
    public string Name { get; init => field = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>The file's bytes, read only.</summary>
    public ReadOnlyMemory<byte> Bytes { get; init; }
}
