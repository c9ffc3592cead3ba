using System.Collections.Frozen;
using IntegrationFramework.Checklists;

namespace IntegrationFramework.Scoring;

/// <summary>
/// The rules that turn ratings into scores, under an id that every score card records, so two applications scoring
/// the same file with the same policy get the same numbers.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Standard"/> is the published rule set (id <c>standard</c>): every item and domain weighs 1, unrated items
/// are missing, and scores are means. Two other named policies change one rule each: <see cref="UnratedAsNotStarted"/>
/// and <see cref="WeakestLink"/>. <see cref="Find"/> resolves the id a score card records to its named policy. Other
/// policies are built with <see cref="ScoringPolicyBuilder"/>, which starts from the standard rules and refuses to reuse
/// a named policy's id for different rules.
/// </para>
/// <para>Policies are immutable and safe to share across threads. Two policies are equal when every rule is equal.</para>
/// </remarks>
public sealed class ScoringPolicy : IEquatable<ScoringPolicy>
{
    /// <summary>The id of <see cref="Standard"/>.</summary>
    public const string StandardId = "standard";

    /// <summary>The id of <see cref="UnratedAsNotStarted"/>.</summary>
    public const string UnratedAsNotStartedId = "unrated-as-not-started";

    /// <summary>The id of <see cref="WeakestLink"/>.</summary>
    public const string WeakestLinkId = "weakest-link";

    private volatile CompiledPolicy? lastCompiled;

    internal ScoringPolicy(
        string id,
        UnratedItems unratedItems,
        Aggregation aggregation,
        FrozenDictionary<string, double> itemWeights,
        FrozenDictionary<string, double> domainWeights)
    {
        Id = id;
        UnratedItems = unratedItems;
        Aggregation = aggregation;
        ItemWeights = itemWeights;
        DomainWeights = domainWeights;
    }

    /// <summary>
    /// The published rules: item and domain weights of 1, unrated items missing, scores as means (see DESIGN.md,
    /// "Scoring rules").
    /// </summary>
    public static ScoringPolicy Standard { get; } = new(
        StandardId,
        UnratedItems.Missing,
        Aggregation.Mean,
        FrozenDictionary<string, double>.Empty,
        FrozenDictionary<string, double>.Empty);

    /// <summary>
    /// The standard rules, except that an applicable item nobody rated counts as <c>notStarted</c> (0 points) in every
    /// score, instead of being left out: a stricter reading for a partnership that wants gaps to show.
    /// </summary>
    public static ScoringPolicy UnratedAsNotStarted { get; } = new(
        UnratedAsNotStartedId,
        UnratedItems.NotStarted,
        Aggregation.Mean,
        FrozenDictionary<string, double>.Empty,
        FrozenDictionary<string, double>.Empty);

    /// <summary>
    /// The standard rules, except that domain, theme and overall scores are the lowest of their parts rather than the
    /// mean: a partnership is as strong as its weakest item.
    /// </summary>
    public static ScoringPolicy WeakestLink { get; } = new(
        WeakestLinkId,
        UnratedItems.Missing,
        Aggregation.WeakestLink,
        FrozenDictionary<string, double>.Empty,
        FrozenDictionary<string, double>.Empty);

    /// <summary>The named policies: <see cref="Standard"/>, <see cref="UnratedAsNotStarted"/> and <see cref="WeakestLink"/>.</summary>
    public static Collections.EquatableArray<ScoringPolicy> Named { get; } = [Standard, UnratedAsNotStarted, WeakestLink];

    /// <summary>The ids of the named policies, comma-separated: what a message lists.</summary>
    public static string NamedIds { get; } = $"{StandardId}, {UnratedAsNotStartedId}, {WeakestLinkId}";

    /// <summary>The named policy with identifier <paramref name="id"/>, or <see langword="null"/> when none has it.</summary>
    /// <param name="id">A policy id, such as a score card records; exact and case-sensitive.</param>
    /// <returns>The policy, or <see langword="null"/> for an id of a policy built elsewhere.</returns>
    public static ScoringPolicy? Find(string? id) => id switch
    {
        StandardId => Standard,
        UnratedAsNotStartedId => UnratedAsNotStarted,
        WeakestLinkId => WeakestLink,
        _ => null,
    };

    /// <summary>The policy's id, recorded on every score card it produces.</summary>
    public string Id { get; }

    /// <summary>How an applicable item nobody rated is treated.</summary>
    public UnratedItems UnratedItems { get; }

    /// <summary>How item points, domain scores and theme scores are combined.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>The weights of items other than 1, by item id. Weights apply to means, not to weakest-link.</summary>
    public IReadOnlyDictionary<string, double> ItemWeights { get; }

    /// <summary>The weights of domains other than 1, by domain code, used for theme scores.</summary>
    public IReadOnlyDictionary<string, double> DomainWeights { get; }

    /// <summary>The weight of an item: the one the policy gives it, or 1.</summary>
    /// <param name="itemId">An item identifier.</param>
    /// <returns>A weight greater than 0.</returns>
    public double ItemWeight(string itemId) => ItemWeights.Count > 0 && ItemWeights.TryGetValue(itemId, out var weight) ? weight : 1;

    /// <summary>The weight of a domain: the one the policy gives it, or 1.</summary>
    /// <param name="domainCode">A domain code.</param>
    /// <returns>A weight greater than 0.</returns>
    public double DomainWeight(string domainCode) => DomainWeights.Count > 0 && DomainWeights.TryGetValue(domainCode, out var weight) ? weight : 1;

    /// <inheritdoc/>
    public bool Equals(ScoringPolicy? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Id == other.Id
                    && UnratedItems == other.UnratedItems
                    && Aggregation == other.Aggregation
                    && SameWeights(ItemWeights, other.ItemWeights)
                    && SameWeights(DomainWeights, other.DomainWeights)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoringPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, UnratedItems, Aggregation, ItemWeights.Count, DomainWeights.Count);

    /// <summary>Whether two policies have the same rules.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ScoringPolicy? left, ScoringPolicy? right) => Equals(left, right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(ScoringPolicy? left, ScoringPolicy? right) => !Equals(left, right);

    /// <summary>The policy's id and rules.</summary>
    /// <returns>For example <c>standard (unrated missing, mean, 0 item and 0 domain weights)</c>.</returns>
    public override string ToString()
        => $"{Id} (unrated {UnratedItems.ToString().ToLowerInvariant()}, {Aggregation.ToString().ToLowerInvariant()}, {ItemWeights.Count} item and {DomainWeights.Count} domain weights)";

    /// <summary>
    /// The policy's weights laid out by position for <paramref name="framework"/>'s checklist. Computed once per
    /// framework and kept (the last one), like a compiled expression.
    /// </summary>
    /// <exception cref="ArgumentException">The policy weights an item or domain the framework does not have.</exception>
    internal CompiledPolicy Compile(Framework framework)
    {
        var last = lastCompiled;
        if (last is not null && ReferenceEquals(last.Framework, framework))
        {
            return last;
        }

        var compiled = CompiledPolicy.Create(this, framework);
        lastCompiled = compiled;
        return compiled;
    }

    private static bool SameWeights(IReadOnlyDictionary<string, double> left, IReadOnlyDictionary<string, double> right)
        => left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var weight) && weight.Equals(pair.Value));
}
