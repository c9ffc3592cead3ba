using IntegrationFramework.Partners;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>
/// Place-based principle: boundaries consider not just health and care but the wide range of partners who contribute
/// to health, such as police, fire and rescue and housing. Met when a partner comes from public services beyond health
/// and care.
/// </summary>
public sealed class WiderPartnersRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        if (!arrangement.Partners.Any(p => p.Kind.Sector() == Sector.WiderPublicServices))
        {
            yield return Find(
                "No partner comes from public services beyond health and care; the report's place-based principles include the wide range of partners which contribute to health, such as police, fire and rescue and housing.",
                "Involve partners such as housing, police, fire and rescue, transport or education.",
                "$.partners");
        }
    }
}
