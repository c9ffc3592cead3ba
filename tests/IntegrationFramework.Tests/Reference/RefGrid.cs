namespace IntegrationFramework.Tests.Reference;

/// <summary>One item of the checklist with its place and, per assessor (by index), that assessor's rating or null.</summary>
internal sealed record RefGridItem(RefItem Item, string Domain, string Theme, bool InScope, RefRating?[] ByAssessor);

/// <summary>A domain or theme score with its coverage (rated applicable ÷ applicable items), both null where undefined.</summary>
internal sealed record RefNumber(double? Score, double? Coverage);

/// <summary>The scores of one (possibly resampled) assessment: in-scope domains, themes, overall.</summary>
internal sealed record RefNumbers(
    IReadOnlyDictionary<string, RefNumber> Domains,
    IReadOnlyDictionary<string, RefNumber> Themes,
    RefNumber Overall);

/// <summary>
/// The assessment checked and laid out as a grid of items × assessors. Its one scoring routine, <see cref="Numbers"/>,
/// takes how many copies of each assessor rate (all 1 for the actual assessment; a multiset's counts for a resample),
/// so the actual score and every resample go through exactly the same code.
/// </summary>
internal sealed class RefGrid
{
    public RefGrid(RefAssessment assessment)
    {
        Assessment = assessment;
        Assessors = assessment.Assessors;
        if (Assessors.Distinct(StringComparer.Ordinal).Count() != Assessors.Count)
        {
            throw new ArgumentException("Assessor ids must be unique.", nameof(assessment));
        }

        var excluded = new HashSet<string>(assessment.ExcludedDomains ?? [], StringComparer.Ordinal);
        var domainIds = assessment.Themes.SelectMany(t => t.Domains).Select(d => d.Id).ToList();
        if (domainIds.Distinct(StringComparer.Ordinal).Count() != domainIds.Count || !excluded.IsSubsetOf(domainIds))
        {
            throw new ArgumentException("Domain ids must be unique and every excluded domain must exist.", nameof(assessment));
        }

        var items = new List<RefGridItem>();
        var byId = new Dictionary<string, RefGridItem>(StringComparer.Ordinal);
        foreach (var theme in assessment.Themes)
        {
            foreach (var domain in theme.Domains)
            {
                foreach (var item in domain.Items)
                {
                    if (!(item.Weight > 0) || double.IsInfinity(item.Weight))
                    {
                        throw new ArgumentException($"Item {item.Id}: the weight must be a positive number.", nameof(assessment));
                    }

                    var gridItem = new RefGridItem(item, domain.Id, theme.Id, !excluded.Contains(domain.Id), new RefRating?[Assessors.Count]);
                    if (!byId.TryAdd(item.Id, gridItem))
                    {
                        throw new ArgumentException($"Item id {item.Id} appears twice.", nameof(assessment));
                    }

                    items.Add(gridItem);
                }
            }
        }

        foreach (var rating in assessment.Ratings)
        {
            var a = IndexOf(rating.Assessor);
            if (a < 0 || !byId.TryGetValue(rating.Item, out var gridItem))
            {
                throw new ArgumentException($"Rating of {rating.Item} by {rating.Assessor}: unknown item or assessor.", nameof(assessment));
            }

            if (rating.Level is < 0 or > 4 || rating.Target is < 0 or > 4 || (rating.Level is not null && rating.NotApplicable))
            {
                throw new ArgumentException($"Rating of {rating.Item} by {rating.Assessor}: a level 0–4 or not applicable, not both.", nameof(assessment));
            }

            if (gridItem.ByAssessor[a] is not null)
            {
                throw new ArgumentException($"{rating.Assessor} rates {rating.Item} twice.", nameof(assessment));
            }

            gridItem.ByAssessor[a] = rating;
        }

        Items = items;
        Excluded = excluded;
        ItemsOfDomain = items.GroupBy(i => i.Domain, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RefGridItem>)[.. g], StringComparer.Ordinal);
    }

    public RefAssessment Assessment { get; }

    public IReadOnlyList<string> Assessors { get; }

    public IReadOnlyList<RefGridItem> Items { get; }

    public IReadOnlySet<string> Excluded { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<RefGridItem>> ItemsOfDomain { get; }

    /// <summary>All ones: the actual assessment, each assessor rating once.</summary>
    public int[] ActualCounts => [.. Enumerable.Repeat(1, Assessors.Count)];

    public int IndexOf(string assessor)
    {
        for (var i = 0; i < Assessors.Count; i++)
        {
            if (string.Equals(Assessors[i], assessor, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The level ratings and the number of notApplicable ratings of an item when assessor i rates counts[i] times
    /// ("a copy drawn k times counts as k partners with identical ratings"). A rating with neither a level nor
    /// notApplicable is no rating.
    /// </summary>
    public static (List<int> Levels, int NotApplicable) RatingsOf(RefGridItem item, int[] counts)
    {
        var levels = new List<int>();
        var notApplicable = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var rating = item.ByAssessor[i];
            if (rating?.Level is { } level)
            {
                levels.AddRange(Enumerable.Repeat(level, counts[i]));
            }
            else if (rating is { NotApplicable: true })
            {
                notApplicable += counts[i];
            }
        }

        return (levels, notApplicable);
    }

    /// <summary>
    /// Rule 2 for every in-scope domain, theme and the overall, with each assessor rating counts[i] times.
    /// Domain score = Σ wᵢ·pointsᵢ / Σ wᵢ over its rated applicable items, null when none is rated;
    /// coverage = rated applicable ÷ applicable items (unrated items are applicable), null when no item is applicable.
    /// Theme score = mean of its non-null in-scope domain scores; overall = mean of the non-null theme scores.
    /// Reading (the rules leave room): a theme's and the overall's coverage = their in-scope domains' rated applicable
    /// items ÷ their applicable items, pooled.
    /// </summary>
    public RefNumbers Numbers(int[] counts)
    {
        var domains = new Dictionary<string, RefNumber>(StringComparer.Ordinal);
        var themes = new Dictionary<string, RefNumber>(StringComparer.Ordinal);
        int allRated = 0, allApplicable = 0;
        foreach (var theme in Assessment.Themes)
        {
            int themeRated = 0, themeApplicable = 0;
            var domainScores = new List<double>();
            foreach (var domain in theme.Domains)
            {
                if (Excluded.Contains(domain.Id))
                {
                    continue; // out of scope: its ratings are kept but not scored
                }

                double weightedPoints = 0, weights = 0;
                int rated = 0, applicable = 0;
                foreach (var item in ItemsOfDomain.GetValueOrDefault(domain.Id) ?? [])
                {
                    var (levels, notApplicable) = RatingsOf(item, counts);
                    var (status, consensus) = ReferenceScoring.ItemConsensus(levels, notApplicable);
                    if (status == RefItemStatus.NotApplicable)
                    {
                        continue; // leaves every numerator and denominator
                    }

                    applicable++;
                    if (status == RefItemStatus.Rated)
                    {
                        rated++;
                        weights += item.Item.Weight;
                        weightedPoints += item.Item.Weight * 25 * consensus!.Value;
                    }
                }

                double? score = rated > 0 ? weightedPoints / weights : null;
                domains[domain.Id] = new RefNumber(score, applicable > 0 ? (double)rated / applicable : null);
                if (score is { } s)
                {
                    domainScores.Add(s);
                }

                themeRated += rated;
                themeApplicable += applicable;
            }

            themes[theme.Id] = new RefNumber(
                domainScores.Count > 0 ? domainScores.Average() : null,
                themeApplicable > 0 ? (double)themeRated / themeApplicable : null);
            allRated += themeRated;
            allApplicable += themeApplicable;
        }

        var themeScores = themes.Values.Where(t => t.Score is not null).Select(t => t.Score!.Value).ToList();
        var overall = new RefNumber(
            themeScores.Count > 0 ? themeScores.Average() : null,
            allApplicable > 0 ? (double)allRated / allApplicable : null);
        return new RefNumbers(domains, themes, overall);
    }
}
