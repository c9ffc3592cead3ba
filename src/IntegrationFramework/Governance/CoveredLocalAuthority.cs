namespace IntegrationFramework.Governance;

/// <summary>A local authority area a footprint covers, wholly or in part.</summary>
/// <param name="Code">The local authority's code, such as an ONS code.</param>
/// <param name="Whole">Whether the footprint covers the whole of the local authority's area.</param>
public sealed record CoveredLocalAuthority(string Code, bool Whole);
