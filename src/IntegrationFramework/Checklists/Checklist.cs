using System.Collections.Frozen;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Checklists;

/// <summary>
/// A checklist: themes, each holding domains, each holding the items that partners assess.
/// </summary>
/// <remarks>
/// <see cref="Domains"/> and <see cref="Items"/> list every domain and item in the document's order, so the
/// position of an item in <see cref="Items"/> is the same in every copy of a framework edition. Look-ups by
/// identifier are exact and case-sensitive (<c>PCC.4</c>, not <c>pcc.4</c>), as identifiers are stored in files.
/// Two checklists are equal when their themes are equal.
/// </remarks>
public sealed class Checklist : IEquatable<Checklist>
{
    private readonly FrozenDictionary<string, int> itemIndex;
    private readonly FrozenDictionary<string, int> domainIndex;
    private readonly FrozenDictionary<string, Theme> themeIndex;

    /// <summary>Creates a checklist from its themes.</summary>
    /// <param name="themes">The themes in the document's order.</param>
    /// <exception cref="ArgumentException">There are no themes, or two themes, domains or items share an identifier.</exception>
    public Checklist(EquatableArray<Theme> themes)
    {
        if (Preconditions.NoNulls(themes).IsEmpty)
        {
            throw new ArgumentException("A checklist must have at least one theme.", nameof(themes));
        }

        Themes = themes;
        Domains = themes.SelectMany(t => t.Domains).ToEquatableArray();
        Items = Domains.SelectMany(d => d.Items).ToEquatableArray();
        themeIndex = Unique(themes, t => t.Code, "theme", nameof(themes)).ToFrozenDictionary(p => p.Key, p => themes[p.Value]);
        domainIndex = Unique(Domains, d => d.Code, "domain", nameof(themes)).ToFrozenDictionary();
        itemIndex = Unique(Items, i => i.Id, "item", nameof(themes)).ToFrozenDictionary();
        ItemIds = [.. Items.Select(i => i.Id)];
        DomainStarts = new int[Domains.Count + 1];
        ThemeOfDomain = new int[Domains.Count];
        for (int t = 0, d = 0; t < themes.Count; t++)
        {
            foreach (var domain in themes[t].Domains)
            {
                ThemeOfDomain[d] = t;
                DomainStarts[d + 1] = DomainStarts[d] + domain.Items.Count;
                d++;
            }
        }
    }

    /// <summary>The themes, in the document's order.</summary>
    public EquatableArray<Theme> Themes { get; }

    /// <summary>Every domain of every theme, in the document's order.</summary>
    public EquatableArray<Domain> Domains { get; }

    /// <summary>Every item of every domain, in the document's order.</summary>
    public EquatableArray<ChecklistItem> Items { get; }

    /// <summary>The item with identifier <paramref name="id"/>.</summary>
    /// <param name="id">An item identifier, such as <c>PCC.4</c>.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">The checklist has no such item.</exception>
    public ChecklistItem Item(string id)
        => FindItem(id) ?? throw new KeyNotFoundException(
            $"The checklist has no item '{id}'. Item identifiers are a domain code, a full stop and a number, such as {Items[0].Id}; the domains are {string.Join(", ", Domains.Select(d => d.Code))}.");

    /// <summary>The item with identifier <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">An item identifier, such as <c>PCC.4</c>.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public ChecklistItem? FindItem(string? id) => id is not null && itemIndex.TryGetValue(id, out var index) ? Items[index] : null;

    /// <summary>The domain with code <paramref name="code"/>.</summary>
    /// <param name="code">A domain code, such as <c>PRV</c>.</param>
    /// <returns>The domain.</returns>
    /// <exception cref="KeyNotFoundException">The checklist has no such domain.</exception>
    public Domain Domain(string code)
        => FindDomain(code) ?? throw new KeyNotFoundException(
            $"The checklist has no domain '{code}'; its domains are {string.Join(", ", Domains.Select(d => d.Code))}.");

    /// <summary>The domain with code <paramref name="code"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="code">A domain code, such as <c>PRV</c>.</param>
    /// <returns>The domain, or <see langword="null"/>.</returns>
    public Domain? FindDomain(string? code) => code is not null && domainIndex.TryGetValue(code, out var index) ? Domains[index] : null;

    /// <summary>The theme with code <paramref name="code"/>.</summary>
    /// <param name="code">A theme code, such as <c>SO</c>.</param>
    /// <returns>The theme.</returns>
    /// <exception cref="KeyNotFoundException">The checklist has no such theme.</exception>
    public Theme Theme(string code)
        => FindTheme(code) ?? throw new KeyNotFoundException(
            $"The checklist has no theme '{code}'; its themes are {string.Join(", ", Themes.Select(t => t.Code))}.");

    /// <summary>The theme with code <paramref name="code"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="code">A theme code, such as <c>SO</c>.</param>
    /// <returns>The theme, or <see langword="null"/>.</returns>
    public Theme? FindTheme(string? code) => code is not null && themeIndex.TryGetValue(code, out var theme) ? theme : null;

    /// <summary>The identifiers of <see cref="Items"/>, in order, for the scorer's inner loop.</summary>
    internal string[] ItemIds { get; }

    /// <summary>
    /// Where each domain's items start in <see cref="Items"/>, by domain position, with the item count at the end:
    /// domain <c>d</c> holds items <c>DomainStarts[d]</c> to <c>DomainStarts[d + 1] − 1</c>.
    /// </summary>
    internal int[] DomainStarts { get; }

    /// <summary>The position in <see cref="Themes"/> of each domain's theme, by domain position.</summary>
    internal int[] ThemeOfDomain { get; }

    /// <summary>The position of an item in <see cref="Items"/>, or −1 when there is no such item.</summary>
    internal int IndexOfItem(string id) => itemIndex.TryGetValue(id, out var index) ? index : -1;

    /// <summary>The position of a domain in <see cref="Domains"/>, or −1 when there is no such domain.</summary>
    internal int IndexOfDomain(string code) => domainIndex.TryGetValue(code, out var index) ? index : -1;

    /// <inheritdoc/>
    public bool Equals(Checklist? other) => other is not null && (ReferenceEquals(this, other) || Themes.Equals(other.Themes));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Checklist);

    /// <inheritdoc/>
    public override int GetHashCode() => Themes.GetHashCode();

    /// <summary>Whether two checklists have equal themes.</summary>
    /// <param name="left">The first checklist.</param>
    /// <param name="right">The second checklist.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Checklist? left, Checklist? right) => Equals(left, right);

    /// <summary>Whether two checklists differ.</summary>
    /// <param name="left">The first checklist.</param>
    /// <param name="right">The second checklist.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(Checklist? left, Checklist? right) => !Equals(left, right);

    /// <summary>The size of the checklist.</summary>
    /// <returns>For example <c>3 themes, 10 domains, 86 items</c>.</returns>
    public override string ToString() => $"{Themes.Count} themes, {Domains.Count} domains, {Items.Count} items";

    private static Dictionary<string, int> Unique<T>(EquatableArray<T> values, Func<T, string> key, string kind, string paramName)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (!index.TryAdd(key(values[i]), i))
            {
                throw new ArgumentException($"Each {kind} of a checklist needs its own identifier; '{key(values[i])}' appears twice.", paramName);
            }
        }

        return index;
    }
}
