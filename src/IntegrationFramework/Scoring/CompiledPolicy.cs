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
        var unknown = new List<string>();
        if (policy.ItemWeights.Count > 0 || policy.DomainWeights.Count > 0)
        {
            foreach (var id in policy.ItemWeights.Keys)
            {
                if (checklist.FindItem(id) is null)
                {
                    unknown.Add(id);
                }
            }

            foreach (var code in policy.DomainWeights.Keys)
            {
                if (checklist.FindDomain(code) is null)
                {
                    unknown.Add(code);
                }
            }
        }

        if (unknown.Count > 0)
        {
            unknown.Sort(StringComparer.Ordinal);
            throw new ArgumentException(
                $"The policy '{policy.Id}' weights {string.Join(", ", unknown)}, which the {framework.Id} checklist does not have; a policy is written for one framework.",
                nameof(policy));
        }

        // Loops rather than LINQ over doubles: this runs once per command, where generic code over value types is
        // compiled afresh.
        var items = new double[checklist.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = policy.ItemWeight(checklist.Items[i].Id);
        }

        var domains = new double[checklist.Domains.Count];
        for (var d = 0; d < domains.Length; d++)
        {
            domains[d] = policy.DomainWeight(checklist.Domains[d].Code);
        }

        return new(framework, items, domains);
    }
}
