using System.Collections.Frozen;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Checklists;

/// <summary>
/// The edition an edition revises, and which of the earlier edition's items each of its items continues: what lets
/// last year's ratings be carried into this year's edition and two reviews on the two editions be compared.
/// </summary>
/// <remarks>
/// An item continues the earlier item of the same id unless <see cref="Derivation(string, string, IReadOnlyDictionary{string, string?}?)"/>
/// says otherwise: an item it maps to another id continues that item (reworded and renumbered, say), an item it maps to
/// <see langword="null"/> is new. The edition file's reader checks that the earlier edition has the items named;
/// <see cref="EditionContinuation.Between"/> takes an item whose earlier item the earlier edition lacks as new.
/// Immutable and safe to share across threads.
/// </remarks>
/// <example>
/// <code>
/// // GOV.3 was reworded into a new item; LOC.1 continues nothing; every other item continues its own id.
/// var derivation = new Derivation("shifting-the-centre-of-gravity-2018", "1.0.0", new Dictionary&lt;string, string?&gt; { ["GOV.3"] = null });
/// </code>
/// </example>
public sealed class Derivation : IEquatable<Derivation>
{
    private readonly FrozenDictionary<string, string?> sameAs;

    /// <summary>Creates a derivation from the edition <paramref name="id"/> at <paramref name="version"/>.</summary>
    /// <param name="id">The id of the edition revised, such as <c>shifting-the-centre-of-gravity-2018</c>.</param>
    /// <param name="version">Its version, such as <c>1.0.0</c>.</param>
    /// <param name="sameAs">
    /// For the items that do not continue the earlier item of their own id: the id of the item each continues, or
    /// <see langword="null"/> for one that is new. Every other item continues its own id, where the earlier edition has it.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="version"/> is blank, or a key of <paramref name="sameAs"/> is blank.</exception>
    public Derivation(string id, string version, IReadOnlyDictionary<string, string?>? sameAs = null)
    {
        Id = Preconditions.NotBlank(id);
        Version = Preconditions.NotBlank(version);
        foreach (var (item, earlier) in sameAs ?? FrozenDictionary<string, string?>.Empty)
        {
            Preconditions.NotBlank(item, nameof(sameAs));
            Preconditions.NullOrNotBlank(earlier, nameof(sameAs));
        }

        this.sameAs = (sameAs ?? FrozenDictionary<string, string?>.Empty).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The id of the edition revised.</summary>
    public string Id { get; }

    /// <summary>The version of the edition revised.</summary>
    public string Version { get; }

    /// <summary>The items that name what they continue, by id: the earlier item's id, or <see langword="null"/> for a new item.</summary>
    public IReadOnlyDictionary<string, string?> SameAs => sameAs;

    /// <summary>The id of the earlier item that the item <paramref name="itemId"/> would continue: its own id unless <see cref="SameAs"/> says otherwise.</summary>
    /// <param name="itemId">The id of an item of the deriving edition.</param>
    /// <returns>The earlier item's id, which the earlier edition may not have; <see langword="null"/> when the item is new.</returns>
    public string? Continues(string itemId) => sameAs.TryGetValue(Preconditions.NotNull(itemId), out var earlier) ? earlier : itemId;

    /// <summary>Whether <paramref name="framework"/> is the edition revised: the same id and version.</summary>
    /// <param name="framework">A framework.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Revises(Framework framework) => Preconditions.NotNull(framework).Id == Id && framework.Version == Version;

    /// <inheritdoc/>
    public bool Equals(Derivation? other)
        => other is not null && Id == other.Id && Version == other.Version && sameAs.Count == other.sameAs.Count
            && sameAs.All(p => other.sameAs.TryGetValue(p.Key, out var earlier) && earlier == p.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Derivation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Version, sameAs.Count);

    /// <summary>The edition revised.</summary>
    /// <returns>For example <c>shifting-the-centre-of-gravity-2018 1.0.0</c>.</returns>
    public override string ToString() => $"{Id} {Version}";
}
