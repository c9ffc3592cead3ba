using IntegrationFramework.Guards;

namespace IntegrationFramework.Fhir;

/// <summary>One FHIR JSON file of responses, as read: its name, which problems name, and its bytes.</summary>
public sealed record ResponseFile
{
    /// <summary>Names a file's bytes.</summary>
    /// <param name="name">The file's name as people know it, such as <c>council-response.json</c>.</param>
    /// <param name="bytes">The file's bytes: a QuestionnaireResponse or a Bundle of them, as UTF-8 JSON.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public ResponseFile(string name, byte[] bytes)
    {
        Name = name;
        Bytes = bytes;
    }

    /// <summary>The file's name as people know it.</summary>
    public string Name { get; init => field = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>The file's bytes.</summary>
    public byte[] Bytes { get; init => field = Preconditions.NotNull(value, nameof(Bytes)); }
}
