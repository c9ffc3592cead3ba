using IntegrationFramework.Guards;

namespace IntegrationFramework.Sources;

/// <summary>
/// A published document this library encodes: the report or paper that every entry's
/// <see cref="SourceReference"/> points into.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Creates a description of a source document.</summary>
    /// <param name="id">A stable, lower-case identifier, such as <c>shifting-the-centre-of-gravity-2018</c>.</param>
    /// <param name="title">The document's title as printed.</param>
    /// <param name="publishers">Who published it, as the document names them; <see langword="null"/> where the document, or the edition file that describes it, names none.</param>
    /// <param name="year">The year of publication where the document states it; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A text is blank (<paramref name="publishers"/> may be null, but not blank).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is zero or negative.</exception>
    public SourceDocument(string id, string title, string? publishers, int? year)
    {
        Id = Preconditions.NotBlank(id);
        Title = Preconditions.NotBlank(title);
        Publishers = Preconditions.NullOrNotBlank(publishers);
        Year = Preconditions.NullOrPositive(year);
    }

    /// <summary>A stable, lower-case identifier.</summary>
    public string Id { get; }

    /// <summary>The document's title as printed.</summary>
    public string Title { get; }

    /// <summary>
    /// Who published the document, as it names them; <see langword="null"/> where they are not given (an edition file
    /// may describe its document by title alone).
    /// </summary>
    public string? Publishers { get; }

    /// <summary>The year of publication where the document states it; otherwise <see langword="null"/>.</summary>
    public int? Year { get; }

    /// <summary>Where the document can be read, if known: a web address, as an edition file may give it.</summary>
    public Uri? Url { get; init; }

    /// <summary>How reports cite the document: the title, the year where known, and the publishers where given.</summary>
    /// <example>
    /// <c>Shifting the centre of gravity: making place-based, person-centred health and care a reality (2018), Local
    /// Government Association, …</c>; for an edition file that gives its source as a title only, just that title.
    /// </example>
    public string Citation => Publishers is null ? ToString() : $"{this}, {Publishers}";

    /// <summary>The title and, where known, the year.</summary>
    /// <returns>For example <c>Shifting the centre of gravity (2018)</c>.</returns>
    public override string ToString() => Year is { } year ? $"{Title} ({year})" : Title;
}
