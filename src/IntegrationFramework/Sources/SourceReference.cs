using IntegrationFramework.Guards;

namespace IntegrationFramework.Sources;

/// <summary>
/// Where in a source document an entry comes from: the document, the section (as a heading path) and,
/// where the document carries page numbers, the page on which the entry's text begins.
/// </summary>
/// <remarks>
/// Sections are written as the document's headings from the outermost in, joined by " › ", for example
/// <c>5 Integration checklist › Transformation</c>. The 2018 report is paginated; the LGA position paper is not,
/// so its references have no page.
/// </remarks>
public sealed record SourceReference
{
    /// <summary>Creates a reference into a source document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="section">The heading path of the section, outermost first, joined by " › ".</param>
    /// <param name="page">The printed page number on which the text begins, where the document has one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="section"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is zero or negative.</exception>
    public SourceReference(SourceDocument document, string section, int? page = null)
    {
        Document = Preconditions.NotNull(document);
        Section = Preconditions.NotBlank(section);
        Page = Preconditions.NullOrPositive(page);
    }

    /// <summary>The document.</summary>
    public SourceDocument Document { get; }

    /// <summary>The heading path of the section, outermost first, joined by " › ".</summary>
    public string Section { get; }

    /// <summary>The printed page on which the text begins; <see langword="null"/> where the document has no page numbers.</summary>
    public int? Page { get; }

    /// <summary>A citation a person can follow.</summary>
    /// <returns>For example <c>Shifting the centre of gravity (2018), 5 Integration checklist › Transformation, p. 36</c>.</returns>
    public override string ToString() => Page is { } page ? $"{Document}, {Section}, p. {page}" : $"{Document}, {Section}";
}
