using System.Collections.Frozen;
using System.Globalization;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Builds a <see cref="ScoringPolicy"/> other than the standard one. It starts from the standard rules; each method
/// changes one rule and returns the builder, and <see cref="Build"/> checks the whole policy and says everything
/// that is wrong at once.
/// </summary>
/// <example>
/// <code>
/// ScoringPolicy policy = new ScoringPolicyBuilder("prevention-first")
///     .WeightDomain("PRV", 2)
///     .WeightItem("PCC.4", 3)
///     .TreatUnratedAs(UnratedItems.NotStarted)
///     .Build();
/// </code>
/// </example>
public sealed class ScoringPolicyBuilder
{
    private readonly string id;
    private readonly Dictionary<string, double> itemWeights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> domainWeights = new(StringComparer.Ordinal);
    private UnratedItems unratedItems = UnratedItems.Missing;
    private Aggregation aggregation = Aggregation.Mean;

    /// <summary>Starts a policy with the standard rules under a new id.</summary>
    /// <param name="id">
    /// The id every score card will record. It must not be blank, and only rules identical to the standard ones may
    /// be called <c>standard</c>.
    /// </param>
    public ScoringPolicyBuilder(string id) => this.id = id;

    /// <summary>Gives an item a weight in its domain's mean (1 unless set).</summary>
    /// <param name="itemId">An item identifier, such as <c>PCC.4</c>.</param>
    /// <param name="weight">A finite number greater than 0.</param>
    /// <returns>This builder.</returns>
    public ScoringPolicyBuilder WeightItem(string itemId, double weight)
    {
        itemWeights[itemId ?? string.Empty] = weight;
        return this;
    }

    /// <summary>Gives a domain a weight in its theme's mean (1 unless set).</summary>
    /// <param name="domainCode">A domain code, such as <c>PRV</c>.</param>
    /// <param name="weight">A finite number greater than 0.</param>
    /// <returns>This builder.</returns>
    public ScoringPolicyBuilder WeightDomain(string domainCode, double weight)
    {
        domainWeights[domainCode ?? string.Empty] = weight;
        return this;
    }

    /// <summary>Sets how applicable items nobody rated are treated (missing unless set).</summary>
    /// <param name="treatment">The treatment.</param>
    /// <returns>This builder.</returns>
    public ScoringPolicyBuilder TreatUnratedAs(UnratedItems treatment)
    {
        unratedItems = treatment;
        return this;
    }

    /// <summary>Sets how scores are combined (mean unless set).</summary>
    /// <param name="rule">The aggregation rule.</param>
    /// <returns>This builder.</returns>
    public ScoringPolicyBuilder Aggregate(Aggregation rule)
    {
        aggregation = rule;
        return this;
    }

    /// <summary>Checks the rules and creates the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">A rule is invalid; the message lists every invalid rule.</exception>
    public ScoringPolicy Build()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add("The policy needs an id that is not blank; every score card records it.");
        }

        if (!Enum.IsDefined(unratedItems))
        {
            errors.Add($"The treatment of unrated items must be one of {string.Join(", ", Enum.GetNames<UnratedItems>())}; it was {(int)unratedItems}.");
        }

        if (!Enum.IsDefined(aggregation))
        {
            errors.Add($"The aggregation must be one of {string.Join(", ", Enum.GetNames<Aggregation>())}; it was {(int)aggregation}.");
        }

        CheckWeights(itemWeights, "item", errors);
        CheckWeights(domainWeights, "domain", errors);
        var policy = new ScoringPolicy(
            id ?? string.Empty,
            unratedItems,
            aggregation,
            itemWeights.Where(w => w.Value != 1).ToFrozenDictionary(StringComparer.Ordinal),
            domainWeights.Where(w => w.Value != 1).ToFrozenDictionary(StringComparer.Ordinal));
        if (errors.Count == 0 && ScoringPolicy.Find(id) is { } named && !policy.Equals(named))
        {
            errors.Add(id == ScoringPolicy.StandardId
                ? $"The id '{ScoringPolicy.StandardId}' names the published rules; give a policy that changes them another id."
                : $"The id '{id}' names one of the library's named policies; give a policy with other rules another id.");
        }

        return errors.Count == 0
            ? policy
            : throw new ArgumentException($"The scoring policy '{id}' is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    private static void CheckWeights(Dictionary<string, double> weights, string kind, List<string> errors)
    {
        foreach (var (key, weight) in weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                errors.Add($"A {kind} weight is given for a blank {kind}; name the {kind}.");
            }
            else if (!double.IsFinite(weight) || weight <= 0)
            {
                errors.Add($"The weight of {kind} {key} must be a finite number greater than 0; it was {weight.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }
}
