using IntegrationFramework.Geography;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Governance.Rules;

/// <summary>
/// The LGA paper's ask: a place-based partnership is co-terminous with local authority places, or as closely aligned
/// as possible. A place footprint meets it when it covers whole local authority areas, or lies within one; it cuts
/// across boundaries when it covers part of one area and any of another.
/// </summary>
public sealed class LocalAuthorityBoundaryRule(string id, FindingSeverity severity, SourceReference source) : GovernanceRule(id, severity, source)
{
    /// <inheritdoc/>
    public override IEnumerable<Finding> Evaluate(GovernanceArrangement arrangement)
    {
        for (var i = 0; i < arrangement.Footprints.Count; i++)
        {
            var (footprint, authorities) = arrangement.Footprints[i];
            if (footprint.Level != Level.Place)
            {
                continue;
            }

            var path = $"$.footprints[{i}]";
            if (authorities.IsEmpty)
            {
                yield return Find(
                    $"{footprint.Name} lists no local authority areas, so its fit with local authority places was not checked.",
                    "List the local authority areas the footprint covers, and whether it covers each whole.",
                    path,
                    FindingSeverity.Information);
            }
            else if (authorities.Count > 1 && authorities.Any(a => !a.Whole))
            {
                var parts = authorities.Where(a => !a.Whole).Select(a => a.Code);
                yield return Find(
                    $"{footprint.Name} covers part of {string.Join(", ", parts)} and spans {authorities.Count} local authority areas, cutting across their boundaries; the LGA paper asks that place-based partnerships are co-terminous with local authority places, or as closely aligned as possible.",
                    "Draw the footprint around whole local authority areas, or within one.",
                    path);
            }
        }
    }
}
