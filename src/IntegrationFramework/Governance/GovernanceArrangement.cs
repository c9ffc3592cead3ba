using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;

namespace IntegrationFramework.Governance;

/// <summary>
/// A description of a partnership's own arrangements: its footprints and level, its partners, its governance bodies
/// and their members, the functions it carries out at each level, and how it shares budgets.
/// <see cref="GovernanceReview.Of"/> checks it against the rules the 2018 report and the LGA paper state.
/// </summary>
/// <remarks>
/// A description can hold anything; nothing is checked when it is created. <see cref="Validate"/> says what makes it
/// unusable — a body with no members, a negative amount, an unknown level, a function placed at two levels, an unknown
/// partner, function or value — as problems with JSON paths, never exceptions.
/// </remarks>
/// <param name="Name">The partnership's name.</param>
/// <param name="Level">The level of place-based working the partnership works at.</param>
/// <param name="Footprints">The footprints it covers, with the local authority areas each covers where known.</param>
/// <param name="Partners">The organisations and groups taking part.</param>
/// <param name="Bodies">Its governance bodies and agreements.</param>
/// <param name="Functions">Where it carries out the functions the 2018 report places at levels.</param>
/// <param name="Budgets">How it shares budgets.</param>
public sealed record GovernanceArrangement(
    string Name,
    Level Level,
    EquatableArray<ArrangementFootprint> Footprints,
    EquatableArray<Partner> Partners,
    EquatableArray<GovernanceBody> Bodies,
    EquatableArray<FunctionPlacement> Functions,
    EquatableArray<BudgetArrangement> Budgets)
{
    /// <summary>What makes the description unusable, in the order of the paths.</summary>
    /// <returns>The problems; empty when the description can be reviewed.</returns>
    public EquatableArray<Problem> Validate() => ArrangementCheck.Run(this);
}
