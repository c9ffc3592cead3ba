using IntegrationFramework.Collections;
using IntegrationFramework.Geography;

namespace IntegrationFramework.Governance;

/// <summary>A board, partnership or agreement that governs integration, with its members and to whom it answers.</summary>
/// <param name="Id">A short identifier, unique within the arrangement.</param>
/// <param name="Name">Its name, such as "the Union partnership board".</param>
/// <param name="Kind">The kind of body.</param>
/// <param name="IsStatutory">Whether it has a statutory basis.</param>
/// <param name="Level">The level of place-based working at which it works.</param>
/// <param name="Members">Its members, each with a role; chairs are marked.</param>
/// <param name="AccountableTo">To whom it answers.</param>
public sealed record GovernanceBody(
    string Id,
    string Name,
    GovernanceBodyKind Kind,
    bool IsStatutory,
    Level Level,
    EquatableArray<Member> Members,
    EquatableArray<AccountabilityLine> AccountableTo);
