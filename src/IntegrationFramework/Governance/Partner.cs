using IntegrationFramework.Partners;

namespace IntegrationFramework.Governance;

/// <summary>An organisation or group taking part in a governance arrangement.</summary>
/// <param name="Id">A short identifier, unique within the arrangement, that members and budgets use.</param>
/// <param name="Name">A name a person recognises.</param>
/// <param name="Kind">The kind of partner.</param>
public sealed record Partner(string Id, string Name, PartnerKind Kind);
