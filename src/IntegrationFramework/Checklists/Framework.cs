using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;
using IntegrationFramework.Guards;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Checklists;

/// <summary>
/// An edition of an integration framework: a published document's checklist, case examples and the rest of what
/// it says, as immutable data. The built-in editions are reached through <see cref="Frameworks"/>; an app team may
/// build an edition of its own with the public constructor, and read, score and report on it the same way.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Id"/> names the edition and never changes meaning; files record it. <see cref="Version"/> is the
/// version of this library's encoding of the edition: it rises when a transcription is corrected, never when an
/// identifier would change meaning. Two frameworks are equal when they are of the same type and have the same id and
/// version.
/// </para>
/// <para>Instances are immutable and safe to share across threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var checklist = new Checklist([new Theme("OUT", "Outcomes", [new Domain("OUT", "Outcomes", "OUT", null, [item], source)], source)]);
/// var edition = new Framework("our-local-edition", "1.0.0", document, checklist);
/// var catalogue = new FrameworkCatalogue([edition, .. Frameworks.All]);   // read files of it with ReadOptions { Frameworks = catalogue }
/// </code>
/// </example>
public class Framework : IEquatable<Framework>
{
    /// <summary>Creates an edition of a framework.</summary>
    /// <param name="id">The edition's stable identifier, such as <c>shifting-the-centre-of-gravity-2018</c>; files record it.</param>
    /// <param name="version">The version of the encoding, such as <c>1.0.0</c>.</param>
    /// <param name="document">The document the edition encodes.</param>
    /// <param name="checklist">The themes, domains and items partners assess.</param>
    /// <param name="caseExamples">The document's case examples, if any; each must illustrate domains of the checklist.</param>
    /// <param name="derivedFrom">The edition this one revises, and what its items continue there; <see langword="null"/> for an edition of its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="checklist"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A text is blank, two case examples share an id, a case example names a domain the checklist does not have, the
    /// derivation names an item the checklist does not have, or two items would continue the same earlier item.
    /// </exception>
    public Framework(string id, string version, SourceDocument document, Checklist checklist, EquatableArray<CaseExample> caseExamples = default, Derivation? derivedFrom = null)
    {
        Id = Preconditions.NotBlank(id);
        Version = Preconditions.NotBlank(version);
        Document = Preconditions.NotNull(document);
        Checklist = Preconditions.NotNull(checklist);
        CaseExamples = Preconditions.NoNulls(caseExamples);
        DerivedFrom = derivedFrom;
        CheckDerivation(checklist, derivedFrom);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in caseExamples)
        {
            if (!ids.Add(example.Id))
            {
                throw new ArgumentException($"Each case example of a framework needs its own id; '{example.Id}' appears twice.", nameof(caseExamples));
            }

            foreach (var code in example.Domains)
            {
                if (checklist.FindDomain(code) is null)
                {
                    throw new ArgumentException(
                        $"The case example '{example.Id}' illustrates domain '{code}', which the checklist does not have; its domains are {string.Join(", ", checklist.Domains.Select(d => d.Code))}.",
                        nameof(caseExamples));
                }
            }
        }
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

    /// <summary>The edition this one revises, and what its items continue there; <see langword="null"/> for an edition of its own.</summary>
    public Derivation? DerivedFrom { get; }

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

    private static void CheckDerivation(Checklist checklist, Derivation? derivedFrom)
    {
        if (derivedFrom is null)
        {
            return;
        }

        foreach (var item in derivedFrom.SameAs.Keys)
        {
            if (checklist.FindItem(item) is null)
            {
                throw new ArgumentException($"The derivation says what item '{item}' continues, but the checklist has no such item.", nameof(derivedFrom));
            }
        }

        var continued = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in checklist.Items)
        {
            if (derivedFrom.Continues(item.Id) is { } earlier && !continued.TryAdd(earlier, item.Id))
            {
                throw new ArgumentException($"Items {continued[earlier]} and {item.Id} both continue {earlier} of {derivedFrom}; an earlier item is continued by one item at most.", nameof(derivedFrom));
            }
        }
    }

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
