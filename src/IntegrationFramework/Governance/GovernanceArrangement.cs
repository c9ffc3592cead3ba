using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Governance;

/// <summary>
/// A description of a partnership's own arrangements: its footprints and level, its partners, its governance bodies
/// and their members, the functions it carries out at each level, and how it shares budgets.
/// <see cref="GovernanceReview.Of"/> checks it against rules such as
/// <see cref="ShiftingTheCentreOfGravity.GovernanceRules"/>.
/// </summary>
/// <remarks>
/// <para>
/// An arrangement checks itself when it is created, as an assessment does, and keeps what it finds: a blank name, a
/// body with no members, a negative amount, an unknown level or kind, a function placed at two levels, a partner id
/// used twice or named but not listed. <see cref="Validate"/> returns those problems, with JSON paths; creating an
/// arrangement never throws for them.
/// </para>
/// <para>Two arrangements are equal when all their properties are equal.</para>
/// </remarks>
public sealed class GovernanceArrangement : IEquatable<GovernanceArrangement>
{
    private readonly EquatableArray<Problem> problems;

    /// <summary>Creates a description of a partnership's arrangements and checks it.</summary>
    /// <param name="name">The partnership's name.</param>
    /// <param name="level">The level of place-based working the partnership works at.</param>
    /// <param name="footprints">The footprints it covers, with the local authority areas each covers where known.</param>
    /// <param name="partners">The organisations and groups taking part.</param>
    /// <param name="bodies">Its governance bodies and agreements.</param>
    /// <param name="functions">Where it carries out the functions the 2018 report places at levels.</param>
    /// <param name="budgets">How it shares budgets.</param>
    public GovernanceArrangement(
        string name,
        Level level,
        EquatableArray<ArrangementFootprint> footprints,
        EquatableArray<Partner> partners,
        EquatableArray<GovernanceBody> bodies,
        EquatableArray<FunctionPlacement> functions,
        EquatableArray<BudgetArrangement> budgets)
    {
        Name = name;
        Level = level;
        Footprints = footprints;
        Partners = partners;
        Bodies = bodies;
        Functions = functions;
        Budgets = budgets;
        problems = ArrangementCheck.Run(this);
    }

    /// <summary>The partnership's name.</summary>
    public string Name { get; }

    /// <summary>The level of place-based working the partnership works at.</summary>
    public Level Level { get; }

    /// <summary>The footprints it covers, with the local authority areas each covers where known.</summary>
    public EquatableArray<ArrangementFootprint> Footprints { get; }

    /// <summary>The organisations and groups taking part.</summary>
    public EquatableArray<Partner> Partners { get; }

    /// <summary>Its governance bodies and agreements.</summary>
    public EquatableArray<GovernanceBody> Bodies { get; }

    /// <summary>Where it carries out the functions the 2018 report places at levels.</summary>
    public EquatableArray<FunctionPlacement> Functions { get; }

    /// <summary>How it shares budgets.</summary>
    public EquatableArray<BudgetArrangement> Budgets { get; }

    /// <summary>What makes the description unusable, found when it was created, in the order of the paths.</summary>
    /// <returns>The problems; empty when the description can be reviewed.</returns>
    public EquatableArray<Problem> Validate() => problems;

    /// <summary>A copy with the parts given changed and the rest the same, checked again.</summary>
    /// <param name="name">The partnership's name.</param>
    /// <param name="level">The level it works at.</param>
    /// <param name="footprints">The footprints it covers.</param>
    /// <param name="partners">The organisations and groups taking part.</param>
    /// <param name="bodies">Its governance bodies and agreements.</param>
    /// <param name="functions">Where it carries out the report's functions.</param>
    /// <param name="budgets">How it shares budgets.</param>
    /// <returns>The new arrangement.</returns>
    /// <example><c>arrangement.With(budgets: [.. arrangement.Budgets, openBooks])</c></example>
    public GovernanceArrangement With(
        string? name = null,
        Level? level = null,
        EquatableArray<ArrangementFootprint>? footprints = null,
        EquatableArray<Partner>? partners = null,
        EquatableArray<GovernanceBody>? bodies = null,
        EquatableArray<FunctionPlacement>? functions = null,
        EquatableArray<BudgetArrangement>? budgets = null)
        => new(name ?? Name, level ?? Level, footprints ?? Footprints, partners ?? Partners, bodies ?? Bodies, functions ?? Functions, budgets ?? Budgets);

    /// <inheritdoc/>
    public bool Equals(GovernanceArrangement? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Name == other.Name
                    && Level == other.Level
                    && Footprints.Equals(other.Footprints)
                    && Partners.Equals(other.Partners)
                    && Bodies.Equals(other.Bodies)
                    && Functions.Equals(other.Functions)
                    && Budgets.Equals(other.Budgets)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GovernanceArrangement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Level, Footprints, Partners, Bodies, Functions, Budgets);

    /// <summary>Whether two arrangements are equal.</summary>
    /// <param name="left">The first arrangement.</param>
    /// <param name="right">The second arrangement.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(GovernanceArrangement? left, GovernanceArrangement? right) => Equals(left, right);

    /// <summary>Whether two arrangements differ.</summary>
    /// <param name="left">The first arrangement.</param>
    /// <param name="right">The second arrangement.</param>
    /// <returns><see langword="true"/> when they are not equal.</returns>
    public static bool operator !=(GovernanceArrangement? left, GovernanceArrangement? right) => !Equals(left, right);

    /// <summary>The name, level and size of the arrangement.</summary>
    /// <returns>For example <c>The Union (place): 2 partners, 1 body, 0 budgets</c>.</returns>
    public override string ToString()
        => $"{Name} ({Level.ToString().ToLowerInvariant()}): {Partners.Count} partners, {Bodies.Count} bodies, {Budgets.Count} budgets";
}
