using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Checklists;

/// <summary>
/// An area of a checklist in which progress is assessed, such as <c>PRV</c> "Preventing poor health and tackling
/// health inequalities", with its items in the document's order.
/// </summary>
public sealed record Domain
{
    /// <summary>Creates a domain.</summary>
    /// <param name="code">The stable code, such as <c>PRV</c>.</param>
    /// <param name="name">The domain's heading in the document.</param>
    /// <param name="themeCode">The code of the theme the domain belongs to.</param>
    /// <param name="headline">The sentence that introduces the domain's list, where the document has one.</param>
    /// <param name="items">
    /// The items, each belonging to this domain, in ascending order of their numbers: 1, 2, … for a published edition; an
    /// edition that drops items may leave gaps, so that the items it keeps keep their ids.
    /// </param>
    /// <param name="source">Where the domain's list appears.</param>
    /// <param name="guidance">Where the document explains the domain, with what 'good' looks like and case examples, if it does.</param>
    /// <exception cref="ArgumentException">A text is blank, there are no items, or the items do not belong to this domain in ascending order.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public Domain(
        string code,
        string name,
        string themeCode,
        string? headline,
        EquatableArray<ChecklistItem> items,
        SourceReference source,
        SourceReference? guidance = null)
    {
        Code = Preconditions.NotBlank(code);
        Name = Preconditions.NotBlank(name);
        ThemeCode = Preconditions.NotBlank(themeCode);
        Headline = Preconditions.NullOrNotBlank(headline);
        Source = Preconditions.NotNull(source);
        Guidance = guidance;
        if (Preconditions.NoNulls(items).IsEmpty)
        {
            throw new ArgumentException($"Domain {code} must have at least one item.", nameof(items));
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].DomainCode != code || (i > 0 && items[i].Number <= items[i - 1].Number))
            {
                throw new ArgumentException(
                    $"The items of domain {code} must be numbered in ascending order, as {code}.1, {code}.2, …; item {i + 1} was {items[i].Id}.",
                    nameof(items));
            }
        }

        Items = items;
    }

    /// <summary>The stable code, such as <c>PRV</c>.</summary>
    public string Code { get; }

    /// <summary>The domain's heading in the document.</summary>
    public string Name { get; }

    /// <summary>The code of the theme the domain belongs to.</summary>
    public string ThemeCode { get; }

    /// <summary>
    /// The sentence that introduces the domain's list of items, such as "Shared approaches to workforce planning and
    /// development include the following:"; <see langword="null"/> where the list has no introduction.
    /// It is text on the domain, not an item.
    /// </summary>
    public string? Headline { get; }

    /// <summary>The items, in the document's order.</summary>
    public EquatableArray<ChecklistItem> Items { get; }

    /// <summary>Where the domain's list appears.</summary>
    public SourceReference Source { get; }

    /// <summary>
    /// Where the document explains the domain, with what 'good' looks like and its case examples
    /// (section 4 of the 2018 report); <see langword="null"/> where the document has no such explanation.
    /// </summary>
    public SourceReference? Guidance { get; }

    /// <summary>The code and the name.</summary>
    /// <returns>For example <c>WFD Workforce</c>.</returns>
    public override string ToString() => $"{Code} {Name}";
}
