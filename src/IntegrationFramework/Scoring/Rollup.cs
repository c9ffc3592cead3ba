using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using NodaTime;

namespace IntegrationFramework.Scoring;

/// <summary>
/// One score card for a wider footprint made from its children's cards — neighbourhoods into their place, places into
/// their system — with the weakest child in each domain.
/// </summary>
/// <remarks>
/// <para>
/// The rolled-up card's item points, domain scores, coverage and target scores are the weighted means of the children's,
/// over the children that have one; its theme and overall scores are made from the rolled-up domains by the policy's
/// rule, as a card's are, so they are the mean of the domains the card shows. A rolled-up domain has no alpha: the
/// children's lowest and highest alpha and score are in <see cref="Spreads"/>. The weights
/// are the children's populations (<see cref="RollupWeighting.Population"/>, the default: then every child must have
/// one) or equal (<see cref="RollupWeighting.Equal"/>), as the caller chooses (<see cref="Weighting"/> says which). An item has no consensus or target of its own: its points are the children's weighted mean, its lowest
/// and highest level the lowest and highest any child's partners gave, its agreement the least of the children's, and
/// its rating counts the sums; so a rolled-up card has no item gaps (<see cref="GapAnalysis"/> lists none). A domain is excluded
/// only where every child excludes it. The card is dated with the latest child's date; when the wider footprint has
/// no population and every child has one, the card's footprint carries their sum, so roll-ups can be rolled up again.
/// </para>
/// <para>
/// Children are taken in the order of their footprint codes, so the result does not depend on the order they are
/// given in. A roll-up of one child has that child's numbers. Made by <see cref="Combine"/> only.
/// </para>
/// </remarks>
public sealed record Rollup
{
    private Rollup(ScoreCard card, EquatableArray<Footprint> children, RollupWeighting weighting, EquatableArray<WeakestChild> weakestChildren, EquatableArray<ChildrenSpread> spreads)
    {
        Card = card;
        Children = children;
        Weighting = weighting;
        WeakestChildren = weakestChildren;
        Spreads = spreads;
    }

    /// <summary>The rolled-up score card for the wider footprint.</summary>
    public ScoreCard Card { get; }

    /// <summary>The child footprints, in the order of their codes.</summary>
    public EquatableArray<Footprint> Children { get; }

    /// <summary>How the children were weighted: by population or equally.</summary>
    public RollupWeighting Weighting { get; }

    /// <summary>For each domain any child scores, the child with the lowest score (the first by code on a tie).</summary>
    public EquatableArray<WeakestChild> WeakestChildren { get; }

    /// <summary>For each domain, in the framework's order, the children's lowest and highest score and alpha.</summary>
    public EquatableArray<ChildrenSpread> Spreads { get; }

    /// <summary>
    /// Why cards cannot be rolled up into <paramref name="footprint"/>, if they cannot: no children, different
    /// frameworks (or versions of one) or policies, a child listed twice, a child not at a narrower level, a child whose
    /// parent is another footprint, or, weighted by population, a child without a population (each is named). Locations say which child (<see cref="ProblemLocation.Input"/>), from 0 as given: 2 is the third. One warning, which does
    /// not stop a roll-up: the children's populations add up to more than the wider footprint's
    /// (<see cref="ProblemCodes.ChildrenOutnumberFootprint"/>, at <c>$</c>), so a child is counted twice, belongs
    /// elsewhere or has the wrong population.
    /// </summary>
    /// <param name="footprint">The wider footprint.</param>
    /// <param name="children">The children's score cards.</param>
    /// <param name="weighting">How the children are to be weighted: by population (the default) or equally.</param>
    /// <returns>The problems; empty when the cards can be rolled up.</returns>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    public static EquatableArray<Problem> Validate(Footprint footprint, IEnumerable<ScoreCard> children, RollupWeighting weighting = RollupWeighting.Population)
    {
        Preconditions.NotNull(footprint);
        var cards = Preconditions.NotNull(children).ToList();
        if (cards.Count == 0)
        {
            return [new(ProblemCodes.NoChildren, "$", $"A roll-up into {footprint} needs at least one child score card.")];
        }

        var problems = new List<Problem>();
        var first = cards[0];
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cards.Count; i++)
        {
            var card = Preconditions.NotNull(cards[i], $"children[{i}]");
            var child = card.Footprint;
            if (card.Framework != first.Framework)
            {
                problems.Add(new(ProblemCodes.FrameworkMismatch, ProblemLocation.InJson("$.framework").OfInput(i), $"{child.Name} was scored against {Edition(card.Framework, first.Framework)}, the first child against {Edition(first.Framework, card.Framework)}; roll up cards of one framework."));
            }

            if (card.PolicyId != first.PolicyId)
            {
                problems.Add(new(ProblemCodes.PolicyMismatch, ProblemLocation.InJson("$.policy").OfInput(i), $"{child.Name} was scored under {card.PolicyId}, the first child under {first.PolicyId}; score every child under one policy."));
            }

            if (!codes.Add(child.Code))
            {
                problems.Add(new(ProblemCodes.DuplicateChild, ProblemLocation.InJson("$.footprint.code").OfInput(i), $"{child.Code} {child.Name} is given more than once; give each child once."));
            }

            if (child.Level >= footprint.Level)
            {
                problems.Add(new(ProblemCodes.ChildNotNarrower, ProblemLocation.InJson("$.footprint.level").OfInput(i), $"{child.Name} is at {Name(child.Level)} level, which is not narrower than {footprint.Name}'s {Name(footprint.Level)} level; roll neighbourhoods up into a place, and places into a system."));
            }

            if (child.ParentCode is { } parent && parent != footprint.Code)
            {
                problems.Add(new(ProblemCodes.ChildOfAnotherFootprint, ProblemLocation.InJson("$.footprint.parentCode").OfInput(i), $"{child.Name} belongs to {parent}, not to {footprint.Code} {footprint.Name}; roll up only the children of {footprint.Name}."));
            }

            if (weighting == RollupWeighting.Population && child.Population is null)
            {
                problems.Add(new(ProblemCodes.ChildWithoutPopulation, ProblemLocation.InJson("$.footprint.population").OfInput(i), $"{child.Name} ({child.Code}) has no population, and the roll-up weights its children by population; give it its population, or weight the children equally."));
            }
        }

        var people = 0L;
        foreach (var card in cards)
        {
            people += card.Footprint.Population ?? 0;
        }

        if (footprint.Population is { } population && people > population)
        {
            problems.Add(new(ProblemCodes.ChildrenOutnumberFootprint, "$", $"The children's populations add up to {people.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}, more than {footprint.Name}'s {population.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}: check that no child is counted twice or belongs to another footprint, and that the populations are right.", ProblemSeverity.Warning));
        }

        return problems.ToEquatableArray();
    }

    /// <summary>Rolls children's score cards up into one card for <paramref name="footprint"/>.</summary>
    /// <param name="footprint">The wider footprint.</param>
    /// <param name="children">The children's score cards, in any order.</param>
    /// <param name="assessedOn">The date of the rolled-up card; the latest child's date when <see langword="null"/>.</param>
    /// <param name="weighting">How the children are weighted: by population (the default; every child must have one) or equally.</param>
    /// <param name="policy">
    /// The policy the children were scored under, whose rule makes the themes and overall from the domains; found from the
    /// cards' policy id when <see langword="null"/>, which a named policy (<see cref="ScoringPolicy.Find"/>) allows.
    /// </param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    /// <exception cref="ArgumentException">
    /// No <paramref name="policy"/> is given and the children's policy is not a named one, or the one given is not theirs.
    /// </exception>
    /// <exception cref="ScoringException">The cards cannot be rolled up (see <see cref="Validate"/>; its warning does not stop a roll-up).</exception>
    public static Rollup Combine(Footprint footprint, IEnumerable<ScoreCard> children, LocalDate? assessedOn = null, RollupWeighting weighting = RollupWeighting.Population, ScoringPolicy? policy = null)
    {
        var cards = Preconditions.NotNull(children).ToList();
        var problems = Validate(footprint, cards, weighting);
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new ScoringException($"The score cards cannot be rolled up into {footprint}.", problems);
        }

        var rules = policy ?? ScoringPolicy.Find(cards[0].PolicyId)
            ?? throw new ArgumentException($"The children were scored under '{cards[0].PolicyId}', which is not a named policy: give it, so the themes and overall are made by its rule.", nameof(policy));
        if (rules.Id != cards[0].PolicyId)
        {
            throw new ArgumentException($"The children were scored under '{cards[0].PolicyId}', not '{rules.Id}'.", nameof(policy));
        }

        cards.Sort((a, b) => string.CompareOrdinal(a.Footprint.Code, b.Footprint.Code));
        var byPopulation = weighting == RollupWeighting.Population;
        var weights = cards.Select(c => byPopulation ? (double)c.Footprint.Population!.Value : 1).ToArray();
        var first = cards[0];

        var items = new ItemScore[first.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = RolledUpItem.Of(cards, weights, i);
        }

        var domains = new DomainScore[first.Domains.Count];
        var weakest = new List<WeakestChild>();
        var spreads = new ChildrenSpread[domains.Length];
        for (var d = 0; d < domains.Length; d++)
        {
            var scored = cards.Select(c => c.Domains[d]).ToList();
            domains[d] = DomainScore.From(
                first.Domains[d].Code,
                first.Domains[d].ThemeCode,
                scored.All(s => s.Excluded),
                Mean(cards, weights, c => c.Domains[d].Score),
                Mean(cards, weights, c => c.Domains[d].Coverage),
                null,
                Mean(cards, weights, c => c.Domains[d].TargetScore),
                scored.Sum(s => s.RatedItems),
                scored.Sum(s => s.ApplicableItems));
            var (scores, alphas) = (scored.Select(s => s.Score).OfType<double>().ToList(), scored.Select(s => s.Alpha).OfType<double>().ToList());
            spreads[d] = new(first.Domains[d].Code, scores.Count > 0 ? scores.Min() : null, scores.Count > 0 ? scores.Max() : null, alphas.Count > 0 ? alphas.Min() : null, alphas.Count > 0 ? alphas.Max() : null);
            var lowest = cards.Where(c => c.Domains[d].Score is not null).MinBy(c => c.Domains[d].Score!.Value);
            if (lowest is not null)
            {
                weakest.Add(new(first.Domains[d].Code, lowest.Footprint.Code, lowest.Footprint.Name, lowest.Domains[d].Score!.Value));
            }
        }

        // Themes and the overall from the rolled-up domains, by the policy's rule, as the scorer makes a card's.
        var compiled = rules.Compile(first.Framework);
        var checklist = first.Framework.Checklist;
        var themes = new ThemeScore[first.Themes.Count];
        var (overallScore, overallTarget) = (new Aggregator(), new Aggregator());
        for (var t = 0; t < themes.Length; t++)
        {
            var (score, target) = (new Aggregator(), new Aggregator());
            for (var d = 0; d < domains.Length; d++)
            {
                if (checklist.ThemeOfDomain[d] == t)
                {
                    score.Add(domains[d].Score, compiled.DomainWeights[d]);
                    target.Add(domains[d].TargetScore, compiled.DomainWeights[d]);
                }
            }

            themes[t] = new ThemeScore(first.Themes[t].Code, score.Value(rules.Aggregation), target.Value(rules.Aggregation), Stages.EveryDomainStaged(domains, first.Themes[t].Code));
            overallScore.Add(themes[t].Score, 1);
            overallTarget.Add(themes[t].TargetScore, 1);
        }

        var overall = new OverallScore(overallScore.Value(rules.Aggregation), Mean(cards, weights, c => c.Overall.Coverage), overallTarget.Value(rules.Aggregation), Stages.EveryDomainStaged(domains, null));
        var wider = footprint.Population is null && cards.TrueForAll(c => c.Footprint.Population is not null)
            ? footprint with { Population = checked(cards.Sum(c => c.Footprint.Population!.Value)) }
            : footprint;
        var card = new ScoreCard(
            first.Framework,
            first.PolicyId,
            wider,
            assessedOn ?? cards.Max(c => c.AssessedOn),
            overall,
            new EquatableArray<ThemeScore>(themes),
            new EquatableArray<DomainScore>(domains),
            new EquatableArray<ItemScore>(items));
        return new Rollup(card, cards.Select(c => c.Footprint).ToEquatableArray(), weighting, weakest.ToEquatableArray(), new EquatableArray<ChildrenSpread>(spreads));
    }

    /// <summary>The weighted mean of the values children have, or null when none has one (see <see cref="Aggregator"/>).</summary>
    private static double? Mean(List<ScoreCard> cards, double[] weights, Func<ScoreCard, double?> value)
    {
        var mean = new Aggregator();
        for (var c = 0; c < cards.Count; c++)
        {
            mean.Add(value(cards[c]), weights[c]);
        }

        return mean.Value(Aggregation.Mean);
    }

    private static string Edition(Framework framework, Framework other)
        => framework.Id == other.Id ? $"{framework.Id} {framework.Version}" : framework.Id;

    private static string Name(Level level) => level.ToString().ToLowerInvariant();
}
