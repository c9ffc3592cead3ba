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
/// Every number of the rolled-up card is the weighted mean of the children's numbers, over the children that have
/// one: item points, domain scores, coverage, alpha and target scores, theme scores and the overall score. The weights
/// are the children's populations (<see cref="RollupWeighting.Population"/>, the default: then every child must have
/// one) or equal (<see cref="RollupWeighting.Equal"/>), as the caller chooses (<see cref="Weighting"/> says which). An item's consensus and target are weighted lower medians (the lowest level that at least half the
/// weight reaches), its agreement the least of the children's, and its rating counts the sums. A domain is excluded
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
    private Rollup(ScoreCard card, EquatableArray<Footprint> children, RollupWeighting weighting, EquatableArray<WeakestChild> weakestChildren)
    {
        Card = card;
        Children = children;
        Weighting = weighting;
        WeakestChildren = weakestChildren;
    }

    /// <summary>The rolled-up score card for the wider footprint.</summary>
    public ScoreCard Card { get; }

    /// <summary>The child footprints, in the order of their codes.</summary>
    public EquatableArray<Footprint> Children { get; }

    /// <summary>How the children were weighted: by population or equally.</summary>
    public RollupWeighting Weighting { get; }

    /// <summary>For each domain any child scores, the child with the lowest score (the first by code on a tie).</summary>
    public EquatableArray<WeakestChild> WeakestChildren { get; }

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
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException">An argument or a card is null.</exception>
    /// <exception cref="ScoringException">The cards cannot be rolled up (see <see cref="Validate"/>; its warning does not stop a roll-up).</exception>
    public static Rollup Combine(Footprint footprint, IEnumerable<ScoreCard> children, LocalDate? assessedOn = null, RollupWeighting weighting = RollupWeighting.Population)
    {
        var cards = Preconditions.NotNull(children).ToList();
        var problems = Validate(footprint, cards, weighting);
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw new ScoringException($"The score cards cannot be rolled up into {footprint}.", problems);
        }

        cards.Sort((a, b) => string.CompareOrdinal(a.Footprint.Code, b.Footprint.Code));
        var byPopulation = weighting == RollupWeighting.Population;
        var weights = cards.Select(c => byPopulation ? (double)c.Footprint.Population!.Value : 1).ToArray();
        var first = cards[0];

        var items = new ItemScore[first.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Item(cards, weights, i);
        }

        var domains = new DomainScore[first.Domains.Count];
        var weakest = new List<WeakestChild>();
        for (var d = 0; d < domains.Length; d++)
        {
            var scored = cards.Select(c => c.Domains[d]);
            domains[d] = DomainScore.From(
                first.Domains[d].Code,
                first.Domains[d].ThemeCode,
                scored.All(s => s.Excluded),
                Mean(cards, weights, c => c.Domains[d].Score),
                Mean(cards, weights, c => c.Domains[d].Coverage),
                Mean(cards, weights, c => c.Domains[d].Alpha),
                Mean(cards, weights, c => c.Domains[d].TargetScore),
                scored.Sum(s => s.RatedItems),
                scored.Sum(s => s.ApplicableItems));
            var lowest = cards.Where(c => c.Domains[d].Score is not null).MinBy(c => c.Domains[d].Score!.Value);
            if (lowest is not null)
            {
                weakest.Add(new(first.Domains[d].Code, lowest.Footprint.Code, lowest.Footprint.Name, lowest.Domains[d].Score!.Value));
            }
        }

        var themes = first.Themes
            .Select((theme, t) => new ThemeScore(theme.Code, Mean(cards, weights, c => c.Themes[t].Score), Mean(cards, weights, c => c.Themes[t].TargetScore), Stages.EveryDomainStaged(domains, theme.Code)))
            .ToEquatableArray();
        var overall = new OverallScore(
            Mean(cards, weights, c => c.Overall.Score),
            Mean(cards, weights, c => c.Overall.Coverage),
            Mean(cards, weights, c => c.Overall.TargetScore),
            Stages.EveryDomainStaged(domains, null));
        var wider = footprint.Population is null && cards.TrueForAll(c => c.Footprint.Population is not null)
            ? footprint with { Population = checked(cards.Sum(c => c.Footprint.Population!.Value)) }
            : footprint;
        var card = new ScoreCard(
            first.Framework,
            first.PolicyId,
            wider,
            assessedOn ?? cards.Max(c => c.AssessedOn),
            overall,
            themes,
            new EquatableArray<DomainScore>(domains),
            new EquatableArray<ItemScore>(items));
        return new Rollup(card, cards.Select(c => c.Footprint).ToEquatableArray(), weighting, weakest.ToEquatableArray());
    }

    /// <summary>One item rolled up, in one pass over the children (it runs for every item of every roll-up).</summary>
    private static ItemScore Item(List<ScoreCard> cards, double[] weights, int i)
    {
        Span<double> consensusWeights = stackalloc double[HalfLevels];
        Span<double> targetWeights = stackalloc double[HalfLevels];
        int lowest = int.MaxValue, highest = -1;
        var points = new Aggregator(Aggregation.Mean);
        bool rated = false, unrated = false, notApplicable = false;
        int agreement = 0, ratings = 0, notApplicableRatings = 0;
        for (var c = 0; c < cards.Count; c++)
        {
            var item = cards[c].Items[i];
            rated |= item.Status == ItemStatus.Rated;
            unrated |= item.Status == ItemStatus.Unrated;
            notApplicable |= item.Status == ItemStatus.NotApplicable;
            if (item.Consensus is { } consensus)
            {
                consensusWeights[consensus.HalfLevels] += weights[c];
            }

            if (item.Target is { } target)
            {
                targetWeights[target.HalfLevels] += weights[c];
            }

            lowest = item.LowestLevel is { } low ? Math.Min(lowest, (int)low) : lowest;
            highest = item.HighestLevel is { } high ? Math.Max(highest, (int)high) : highest;

            points.Add(item.Points, weights[c]);
            agreement = Math.Max(agreement, (int?)item.Agreement ?? 0);
            ratings += item.Ratings;
            notApplicableRatings += item.NotApplicableRatings;
        }

        var status = rated ? ItemStatus.Rated : unrated ? ItemStatus.Unrated : notApplicable ? ItemStatus.NotApplicable : ItemStatus.Excluded;
        return new ItemScore(
            cards[0].Items[i].ItemId,
            status,
            WeightedLowerMedian(consensusWeights),
            points.Value() ?? double.NaN,
            agreement == 0 ? null : (Agreement)agreement,
            ratings,
            notApplicableRatings,
            WeightedLowerMedian(targetWeights),
            lowest: highest < 0 ? -1 : lowest,
            highest: highest);
    }

    /// <summary>How many medians there are: 0 to 8 half-levels.</summary>
    private const int HalfLevels = 9;

    /// <summary>The weighted mean of the values children have, or null when none has one (see <see cref="Aggregator"/>).</summary>
    private static double? Mean(List<ScoreCard> cards, double[] weights, Func<ScoreCard, double?> value)
    {
        var mean = new Aggregator(Aggregation.Mean);
        for (var c = 0; c < cards.Count; c++)
        {
            mean.Add(value(cards[c]), weights[c]);
        }

        return mean.Value();
    }

    /// <summary>
    /// The lowest median (in half-levels) that at least half of the weight of the children with one reaches, from the
    /// weight at each; −1 when no child has one.
    /// </summary>
    private static int WeightedLowerMedian(ReadOnlySpan<double> weightByLevel)
    {
        double total = 0;
        foreach (var weight in weightByLevel)
        {
            total += weight;
        }

        if (total == 0)
        {
            return -1;
        }

        double reached = 0;
        for (var level = 0; level < weightByLevel.Length; level++)
        {
            reached += weightByLevel[level];
            if (2 * reached >= total)
            {
                return level;
            }
        }

        return weightByLevel.Length - 1;
    }

    private static string Edition(Framework framework, Framework other)
        => framework.Id == other.Id ? $"{framework.Id} {framework.Version}" : framework.Id;

    private static string Name(Level level) => level.ToString().ToLowerInvariant();
}
