using IntegrationFramework.Collections;
using IntegrationFramework.Geography;

namespace IntegrationFramework.Governance;

/// <summary>A footprint an arrangement covers, with the local authority areas it covers, where known.</summary>
/// <param name="Footprint">The footprint.</param>
/// <param name="LocalAuthorities">The local authority areas it covers, wholly or in part; empty when not known.</param>
public sealed record ArrangementFootprint(Footprint Footprint, EquatableArray<CoveredLocalAuthority> LocalAuthorities);
