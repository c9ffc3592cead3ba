using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;

namespace IntegrationFramework.Checklists;

/// <summary>
/// An edition of an integration framework: a published document's checklist, case examples and the rest of what
/// it says, as immutable data. The built-in editions are reached through <see cref="Frameworks"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Id"/> names the edition and never changes meaning; files record it. <see cref="Version"/> is the
/// version of this library's encoding of the edition: it rises when a transcription is corrected, never when an
/// identifier would change meaning. Two frameworks are equal when they have the same id and version.
/// </para>
/// <para>Instances are immutable and safe to share across threads.</para>
/// </remarks>
public abstract class Framework : IEquatable<Framework>
{
    private protected Framework(string id, string version, SourceDocument document, Checklist checklist, EquatableArray<CaseExample> caseExamples)
    {
        Id = id;
        Version = version;
        Document = document;
        Checklist = checklist;
        CaseExamples = caseExamples;
    }

    /// <summary>The edition's stable identifier, such as <c>shifting-the-centre-of-gravity-2018</c>.</summary>
    public string Id { get; }

    /// <summary>The version of this library's encoding of the edition, such as <c>1.0.0</c>.</summary>
    public string Version { get; }

    /// <summary>The document's title.</summary>
    public string Title => Document.Title;

    /// <summary>The document the edition encodes.</summary>
    public SourceDocument Document { get; }

    /// <summary>The themes, domains and items partners assess.</summary>
    public Checklist Checklist { get; }

    /// <summary>Every named case example the document gives, in the document's order.</summary>
    public EquatableArray<CaseExample> CaseExamples { get; }

    /// <summary>The case example with identifier <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">A case example identifier, such as <c>rotherham-social-prescribing</c>.</param>
    /// <returns>The case example, or <see langword="null"/>.</returns>
    public CaseExample? FindCaseExample(string? id)
    {
        foreach (var example in CaseExamples)
        {
            if (example.Id == id)
            {
                return example;
            }
        }

        return null;
    }

    /// <summary>The case examples that illustrate the domain with code <paramref name="domainCode"/>, in the document's order.</summary>
    /// <param name="domainCode">A domain code, such as <c>PRV</c>.</param>
    /// <returns>The examples; empty when none illustrates the domain.</returns>
    public EquatableArray<CaseExample> CaseExamplesFor(string domainCode)
        => CaseExamples.Where(e => e.Illustrates(domainCode)).ToEquatableArray();

    /// <inheritdoc/>
    public bool Equals(Framework? other)
        => other is not null && GetType() == other.GetType() && Id == other.Id && Version == other.Version;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Framework);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Version);

    /// <summary>Whether two frameworks are the same edition and version.</summary>
    /// <param name="left">The first framework.</param>
    /// <param name="right">The second framework.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Framework? left, Framework? right) => Equals(left, right);

    /// <summary>Whether two frameworks differ in edition or version.</summary>
    /// <param name="left">The first framework.</param>
    /// <param name="right">The second framework.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Framework? left, Framework? right) => !Equals(left, right);

    /// <summary>The identifier, version and title.</summary>
    /// <returns>For example <c>shifting-the-centre-of-gravity-2018 1.0.0: Shifting the centre of gravity</c>.</returns>
    public override string ToString() => $"{Id} {Version}: {Title}";
}
