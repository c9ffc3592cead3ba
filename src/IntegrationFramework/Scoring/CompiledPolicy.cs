using IntegrationFramework.Checklists;

namespace IntegrationFramework.Scoring;

/// <summary>A policy's weights laid out by the positions of one framework's items and domains.</summary>
internal sealed class CompiledPolicy
{
    private CompiledPolicy(Framework framework, double[] itemWeights, double[] domainWeights)
    {
        Framework = framework;
        ItemWeights = itemWeights;
        DomainWeights = domainWeights;
    }

    public Framework Framework { get; }

    public double[] ItemWeights { get; }

    public double[] DomainWeights { get; }

    public static CompiledPolicy Create(ScoringPolicy policy, Framework framework)
    {
        var checklist = framework.Checklist;
        var unknown = policy.ItemWeights.Keys.Where(id => checklist.FindItem(id) is null)
            .Concat(policy.DomainWeights.Keys.Where(code => checklist.FindDomain(code) is null))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"The policy '{policy.Id}' weights {string.Join(", ", unknown)}, which the {framework.Id} checklist does not have; a policy is written for one framework.",
                nameof(policy));
        }

        var items = checklist.Items.Select(i => policy.ItemWeight(i.Id)).ToArray();
        var domains = checklist.Domains.Select(d => policy.DomainWeight(d.Code)).ToArray();
        return new(framework, items, domains);
    }
}
