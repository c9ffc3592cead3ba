using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Evidence;

/// <summary>
/// A named example of integration in practice that a document gives, such as "Social prescribing in Rotherham",
/// with the places involved, the checklist domains it illustrates and every figure the document gives for it.
/// </summary>
/// <remarks>
/// <see cref="Title"/> is the document's heading for the example where it has one. <see cref="Summary"/> is this
/// library's short summary of the document's text; <see cref="Highlights"/> and each figure's
/// <see cref="Figure.Quote"/> are the document's own words. <see cref="Level"/> and <see cref="Domains"/> classify
/// the example (the level it works at, the domains whose section discusses it or whose items it shows in practice);
/// the documents do not state them in these terms.
/// </remarks>
/// <param name="Id">A stable, lower-case identifier, such as <c>rotherham-social-prescribing</c>.</param>
/// <param name="Title">The example's heading in the document.</param>
/// <param name="Places">The places the example is about, as the document names them.</param>
/// <param name="Level">The level of place-based working the example works at.</param>
/// <param name="Domains">The codes of the checklist domains the example illustrates, in the framework's domain order.</param>
/// <param name="Summary">A short summary of what the document says.</param>
/// <param name="Highlights">Points the document lists for the example, in its words; empty where it lists none.</param>
/// <param name="Figures">Every number the document gives for the example; empty where it gives none.</param>
/// <param name="Source">Where the example appears.</param>
public sealed record CaseExample(
    string Id,
    string Title,
    EquatableArray<string> Places,
    Level Level,
    EquatableArray<string> Domains,
    string Summary,
    EquatableArray<string> Highlights,
    EquatableArray<Figure> Figures,
    SourceReference Source)
{
    /// <summary>Whether the example illustrates the domain with code <paramref name="domainCode"/>.</summary>
    /// <param name="domainCode">A domain code, such as <c>PRV</c>.</param>
    /// <returns><see langword="true"/> when <see cref="Domains"/> holds the code.</returns>
    public bool Illustrates(string domainCode) => Domains.AsSpan().Contains(domainCode);

    /// <summary>The title and the source.</summary>
    /// <returns>For example <c>Social prescribing in Rotherham (Shifting the centre of gravity (2018), …, p. 19)</c>.</returns>
    public override string ToString() => $"{Title} ({Source})";
}
