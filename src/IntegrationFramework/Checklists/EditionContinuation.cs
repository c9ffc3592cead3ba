using System.Collections.Frozen;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Checklists;

/// <summary>
/// Which items of a later edition continue which items of an earlier one: the same edition continues every item;
/// an edition derived from another (<see cref="Framework.DerivedFrom"/>) continues what its derivation says, where the
/// earlier edition has the item. What carries last year's ratings forward and compares two reviews across editions.
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
/// <example>
/// <code>
/// if (EditionContinuation.Between(lastYear.Framework, ourEdition) is { } continuation)
/// {
///     Console.WriteLine($"{continuation.NewItems.Count} new items, {continuation.DroppedItems.Count} dropped");
/// }
/// </code>
/// </example>
public sealed class EditionContinuation : IEquatable<EditionContinuation>
{
    // Across editions, each later item's earlier item and the other way round; null for one edition, where every item
    // continues itself and a comparison need not build two dictionaries of the whole checklist.
    private readonly FrozenDictionary<string, string>? earlierOf;
    private readonly FrozenDictionary<string, string>? laterOf;

    private EditionContinuation(Framework earlier, Framework later, Dictionary<string, string>? earlierOf)
    {
        Earlier = earlier;
        Later = later;
        if (earlierOf is null)
        {
            return;
        }

        this.earlierOf = earlierOf.ToFrozenDictionary(StringComparer.Ordinal);
        laterOf = earlierOf.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        NewItems = later.Checklist.Items.Where(i => !earlierOf.ContainsKey(i.Id)).Select(i => i.Id).ToEquatableArray();
        DroppedItems = earlier.Checklist.Items.Where(i => !laterOf.ContainsKey(i.Id)).Select(i => i.Id).ToEquatableArray();
    }

    /// <summary>The earlier edition.</summary>
    public Framework Earlier { get; }

    /// <summary>The later edition.</summary>
    public Framework Later { get; }

    /// <summary>Whether the two are editions of their own, one derived from the other, rather than the same edition.</summary>
    public bool AcrossEditions => Earlier != Later;

    /// <summary>The later edition's items that continue no earlier item, in the later checklist's order.</summary>
    public EquatableArray<string> NewItems { get; } = [];

    /// <summary>The earlier edition's items that no later item continues, in the earlier checklist's order.</summary>
    public EquatableArray<string> DroppedItems { get; } = [];

    /// <summary>
    /// How two editions' items continue each other: <paramref name="later"/> continues <paramref name="earlier"/> when
    /// they are the same edition or when <paramref name="later"/> is derived from <paramref name="earlier"/>.
    /// </summary>
    /// <param name="earlier">The edition of the earlier review.</param>
    /// <param name="later">The edition of the later review.</param>
    /// <returns>The continuation, or <see langword="null"/> when the editions are not related that way.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> or <paramref name="later"/> is null.</exception>
    public static EditionContinuation? Between(Framework earlier, Framework later)
    {
        if (!Relates(earlier, later))
        {
            return null;
        }

        if (earlier == later)
        {
            return new EditionContinuation(earlier, later, null);
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in later.Checklist.Items)
        {
            var continued = later.DerivedFrom!.Continues(item.Id);
            if (continued is not null && earlier.Checklist.FindItem(continued) is not null)
            {
                map[item.Id] = continued;
            }
        }

        return new EditionContinuation(earlier, later, map);
    }

    /// <summary>Whether <paramref name="later"/> continues <paramref name="earlier"/>: the same edition, or derived from it.</summary>
    /// <param name="earlier">The edition of the earlier review.</param>
    /// <param name="later">The edition of the later review.</param>
    /// <returns><see langword="true"/> when <see cref="Between"/> gives a continuation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> or <paramref name="later"/> is null.</exception>
    public static bool Relates(Framework earlier, Framework later)
        => Preconditions.NotNull(earlier) == Preconditions.NotNull(later) || later.DerivedFrom?.Revises(earlier) == true;

    /// <summary>
    /// What changed under a domain's score: the later items under <paramref name="code"/> that continue no earlier item
    /// under it (new, or moved there from another domain), and the earlier items under it that no later item under it
    /// continues (dropped, or moved away). Both 0 means the score is over the same items, one for one.
    /// </summary>
    internal (int Added, int Removed) DomainChanges(string code) => Changes(item => item.DomainCode == code, item => item.DomainCode == code);

    /// <summary>What changed under a theme's score, as <see cref="DomainChanges"/>: each edition's items under its own theme of that code.</summary>
    internal (int Added, int Removed) ThemeChanges(string code)
        => Changes(item => Later.Checklist.FindDomain(item.DomainCode)?.ThemeCode == code, item => Earlier.Checklist.FindDomain(item.DomainCode)?.ThemeCode == code);

    /// <summary>What changed under the overall score: the new and the dropped items.</summary>
    internal (int Added, int Removed) OverallChanges() => (NewItems.Count, DroppedItems.Count);

    private (int Added, int Removed) Changes(Func<ChecklistItem, bool> inLater, Func<ChecklistItem, bool> inEarlier)
    {
        if (!AcrossEditions)
        {
            return (0, 0);
        }

        var added = Later.Checklist.Items.Count(i => inLater(i) && !(EarlierItem(i.Id) is { } e && inEarlier(Earlier.Checklist.Item(e))));
        var removed = Earlier.Checklist.Items.Count(i => inEarlier(i) && !(LaterItem(i.Id) is { } l && inLater(Later.Checklist.Item(l))));
        return (added, removed);
    }

    /// <summary>The earlier item that the later item <paramref name="laterItemId"/> continues.</summary>
    /// <param name="laterItemId">An item id of the later edition.</param>
    /// <returns>The earlier item's id, or <see langword="null"/> when the item is new (or not the later edition's).</returns>
    public string? EarlierItem(string laterItemId)
        => earlierOf is null ? Itself(Later, laterItemId) : earlierOf.GetValueOrDefault(Preconditions.NotNull(laterItemId));

    /// <summary>The later item that continues the earlier item <paramref name="earlierItemId"/>.</summary>
    /// <param name="earlierItemId">An item id of the earlier edition.</param>
    /// <returns>The later item's id, or <see langword="null"/> when the item was dropped (or is not the earlier edition's).</returns>
    public string? LaterItem(string earlierItemId)
        => laterOf is null ? Itself(Earlier, earlierItemId) : laterOf.GetValueOrDefault(Preconditions.NotNull(earlierItemId));

    /// <summary>Within one edition: the item itself, where the edition has it.</summary>
    private static string? Itself(Framework edition, string itemId) => edition.Checklist.FindItem(Preconditions.NotNull(itemId)) is null ? null : itemId;

    /// <summary>Whether two continuations are between the same two editions (which settle every item's continuation).</summary>
    /// <param name="other">Another continuation.</param>
    /// <returns><see langword="true"/> when both editions are equal.</returns>
    public bool Equals(EditionContinuation? other) => other is not null && Earlier == other.Earlier && Later == other.Later;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EditionContinuation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Earlier, Later);

    /// <summary>The two editions and how many items are new and dropped.</summary>
    /// <returns>For example <c>shifting-the-centre-of-gravity-2018 1.0.0 → our-place-2026 1.0.0: 3 new, 2 dropped</c>.</returns>
    public override string ToString() => $"{Earlier.Id} {Earlier.Version} → {Later.Id} {Later.Version}: {NewItems.Count} new, {DroppedItems.Count} dropped";
}
