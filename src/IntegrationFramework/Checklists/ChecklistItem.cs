using IntegrationFramework.Guards;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Checklists;

/// <summary>
/// One assessable statement of a checklist, such as <c>PCC.4</c> "Integrated person-centred safeguarding arrangements."
/// </summary>
/// <remarks>
/// An item's <see cref="Id"/> is its domain code and its number in the document's order, joined by a full stop.
/// Identifiers are a stable public contract: assessment files store them, so an identifier never changes meaning.
/// </remarks>
public sealed record ChecklistItem
{
    /// <summary>Creates a checklist item.</summary>
    /// <param name="domainCode">The code of the domain the item belongs to, such as <c>PCC</c>.</param>
    /// <param name="number">The item's position within its domain, from 1, in the document's order.</param>
    /// <param name="text">The statement, in the document's words.</param>
    /// <param name="source">Where the statement appears.</param>
    /// <exception cref="ArgumentException"><paramref name="domainCode"/> or <paramref name="text"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ChecklistItem(string domainCode, int number, string text, SourceReference source)
    {
        DomainCode = Preconditions.NotBlank(domainCode);
        Number = Preconditions.Positive(number);
        Id = $"{domainCode}.{number}";
        Text = Preconditions.NotBlank(text);
        Source = Preconditions.NotNull(source);
    }

    /// <summary>The stable identifier: the domain code, a full stop and the number, such as <c>PCC.4</c>.</summary>
    public string Id { get; }

    /// <summary>The code of the domain the item belongs to.</summary>
    public string DomainCode { get; }

    /// <summary>The item's position within its domain, from 1, in the document's order.</summary>
    public int Number { get; }

    /// <summary>The statement, in the document's words.</summary>
    public string Text { get; }

    /// <summary>Where the statement appears.</summary>
    public SourceReference Source { get; }

    /// <summary>The identifier and the statement.</summary>
    /// <returns>For example <c>PCC.4 Integrated person-centred safeguarding arrangements.</c></returns>
    public override string ToString() => $"{Id} {Text}";
}
