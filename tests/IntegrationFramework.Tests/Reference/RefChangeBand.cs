namespace IntegrationFramework.Tests.Reference;

/// <summary>How the reference made (or would make) the bands of two reviews' changes.</summary>
public enum RefBandMethod
{
    /// <summary>A review has 3 or fewer partners: no band at all.</summary>
    TooFewPartners,

    /// <summary>The same partners in both reviews, at most 8: every multiset, applied to both reviews.</summary>
    Exact,

    /// <summary>Otherwise: seeded random draws, which the reference does not reproduce (no bands given).</summary>
    SeededDraws,
}

/// <summary>
/// The band of one change: the weighted 2.5 % and 97.5 % points of the resamples' changes, with the kept weight
/// (numerator over <see cref="Denominator"/> = mᵐ) the points were taken as shares of.
/// </summary>
public sealed record RefChangeBand(double Low, double High, long KeptWeight, long Denominator)
{
    /// <summary>The change is beyond noise when its band excludes 0: low &gt; 1e-9 or high &lt; −1e-9.</summary>
    public bool BeyondNoise => Low > RefChangeBands.Tolerance || High < -RefChangeBands.Tolerance;
}

/// <summary>One domain's, theme's or the overall change: the actual scores of both reviews and the band (null when none).</summary>
public sealed record RefChange(string Code, double? Earlier, double? Later, RefChangeBand? Band)
{
    /// <summary>Later − earlier, null when either review has no score.</summary>
    public double? Difference => Later - Earlier;
}

/// <summary>
/// The changes between two reviews and their bands. Domains and Themes are in checklist order (every domain, excluded or
/// not). Resamples = the number of multisets enumerated (0 when none; null for <see cref="RefBandMethod.SeededDraws"/>,
/// which is not modelled, and then every band is null too).
/// </summary>
public sealed record RefChanges(
    RefBandMethod Method,
    bool Paired,
    int EarlierPartners,
    int LaterPartners,
    int? Resamples,
    IReadOnlyList<RefChange> Domains,
    IReadOnlyList<RefChange> Themes,
    RefChange Overall);

/// <summary>
/// The change band of two reviews, by brute force, written from the rule alone:
/// partners = the assessors who gave at least one rating (a level or notApplicable) in that review; with 3 or fewer in
/// either review, no band. When both reviews have the same set of m ≤ 8 partner ids ("paired"), every multiset of
/// those ids drawn with replacement (counts k₁..k_m, Σ = m, weight m!/∏kᵢ!/mᵐ) is applied to BOTH reviews: each
/// review is rebuilt with kᵢ copies of partner i's ratings and scored by the reference scorer, and the resample's
/// change = later − earlier for every domain, theme and the overall. A resample in which either review has no score for
/// that series is left out and the kept weight taken as the whole; low/high = the smallest change whose cumulative
/// weight (changes ascending) reaches 0.025 / 0.975 of the kept weight, compared exactly on the integer numerators
/// (cum·40 ≥ kept, cum·40 ≥ 39·kept). No kept resample: no band.
/// </summary>
public static class RefChangeBands
{
    /// <summary>How far from 0 a band's end must be for the change to be beyond noise.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The partners of a review: its assessors (in their order) who gave at least one level or notApplicable rating.</summary>
    public static IReadOnlyList<string> PartnersOf(RefAssessment assessment)
    {
        var raters = assessment.Ratings.Where(r => r.Level is not null || r.NotApplicable).Select(r => r.Assessor).ToHashSet(StringComparer.Ordinal);
        return [.. assessment.Assessors.Where(raters.Contains)];
    }

    /// <summary>
    /// The review rebuilt for one resample: partner p appears counts[p] times, each copy ("p#1", "p#2", …) rating
    /// exactly as p did; partners with no copies, and assessors who are not partners, are gone with their ratings.
    /// </summary>
    public static RefAssessment Resampled(RefAssessment assessment, IReadOnlyDictionary<string, int> counts)
    {
        var assessors = new List<string>();
        var ratings = new List<RefRating>();
        foreach (var partner in PartnersOf(assessment))
        {
            for (var copy = 1; copy <= counts.GetValueOrDefault(partner); copy++)
            {
                var id = $"{partner}#{copy}";
                assessors.Add(id);
                ratings.AddRange(assessment.Ratings.Where(r => r.Assessor == partner).Select(r => r with { Assessor = id }));
            }
        }

        return assessment with { Assessors = assessors, Ratings = ratings };
    }

    /// <summary>
    /// The domain, theme and overall scores the reference scorer gives an assessment (the same numbers
    /// <see cref="ReferenceScoring.Score"/> reports, without its partner bands and alphas, which a resample does not need).
    /// </summary>
    internal static RefNumbers ScoresOf(RefAssessment assessment)
    {
        var grid = new RefGrid(assessment);
        return grid.Numbers(grid.ActualCounts);
    }

    /// <summary>The bands of every domain's, theme's and the overall change from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    public static RefChanges Of(RefAssessment earlier, RefAssessment later)
    {
        var domainIds = earlier.Themes.SelectMany(t => t.Domains).Select(d => d.Id).ToList();
        var themeIds = earlier.Themes.Select(t => t.Id).ToList();
        if (!domainIds.SequenceEqual(later.Themes.SelectMany(t => t.Domains).Select(d => d.Id), StringComparer.Ordinal)
            || !themeIds.SequenceEqual(later.Themes.Select(t => t.Id), StringComparer.Ordinal))
        {
            throw new ArgumentException("Both reviews must be of one checklist.", nameof(later));
        }

        var earlierPartners = PartnersOf(earlier);
        var laterPartners = PartnersOf(later);
        var paired = earlierPartners.ToHashSet(StringComparer.Ordinal).SetEquals(laterPartners);
        var m = earlierPartners.Count;
        var method = earlierPartners.Count <= 3 || laterPartners.Count <= 3 ? RefBandMethod.TooFewPartners
            : paired && m <= 8 ? RefBandMethod.Exact
            : RefBandMethod.SeededDraws;

        var before = ScoresOf(earlier);
        var after = ScoresOf(later);
        var domainBands = domainIds.ToDictionary(id => id, _ => (RefChangeBand?)null, StringComparer.Ordinal);
        var themeBands = themeIds.ToDictionary(id => id, _ => (RefChangeBand?)null, StringComparer.Ordinal);
        RefChangeBand? overallBand = null;
        int? resamples = method == RefBandMethod.TooFewPartners ? 0 : null;

        if (method == RefBandMethod.Exact)
        {
            // Every multiset, scored in both reviews with the same partner ids and counts.
            var pairs = new List<(RefNumbers Earlier, RefNumbers Later, long Weight)>();
            foreach (var multiset in RefPartnerBand.Multisets(m))
            {
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < m; i++)
                {
                    counts[earlierPartners[i]] = multiset.Counts[i];
                }

                pairs.Add((ScoresOf(Resampled(earlier, counts)), ScoresOf(Resampled(later, counts)), multiset.Weight));
            }

            resamples = pairs.Count;
            var denominator = RefPartnerBand.Denominator(m);
            RefChangeBand? Band(Func<RefNumbers, double?> score)
                => BandOf([.. pairs.Select(p => (score(p.Later) - score(p.Earlier), p.Weight))], denominator);

            foreach (var id in domainIds)
            {
                domainBands[id] = Band(n => DomainScore(n, id));
            }

            foreach (var id in themeIds)
            {
                themeBands[id] = Band(n => n.Themes[id].Score);
            }

            overallBand = Band(n => n.Overall.Score);
        }

        static double? DomainScore(RefNumbers numbers, string id) => numbers.Domains.TryGetValue(id, out var number) ? number.Score : null;
        return new RefChanges(
            method,
            paired,
            earlierPartners.Count,
            laterPartners.Count,
            resamples,
            [.. domainIds.Select(id => new RefChange(id, DomainScore(before, id), DomainScore(after, id), domainBands[id]))],
            [.. themeIds.Select(id => new RefChange(id, before.Themes[id].Score, after.Themes[id].Score, themeBands[id]))],
            new RefChange("overall", before.Overall.Score, after.Overall.Score, overallBand));
    }

    /// <summary>
    /// The weighted 2.5 % and 97.5 % points of the changes that are not null, their weights (integer numerators)
    /// taken as shares of the kept weight; null when none is kept.
    /// </summary>
    public static RefChangeBand? BandOf(IReadOnlyList<(double? Change, long Weight)> resamples, long denominator)
    {
        var kept = resamples.Where(r => r.Change is not null).Select(r => (Change: r.Change!.Value, r.Weight)).OrderBy(r => r.Change).ToList();
        var keptWeight = kept.Sum(r => r.Weight);
        if (kept.Count == 0)
        {
            return null;
        }

        double Point(long share)
        {
            long cumulative = 0;
            foreach (var (change, weight) in kept)
            {
                cumulative += weight;
                if (cumulative * 40 >= share * keptWeight)
                {
                    return change;
                }
            }

            throw new InvalidOperationException("The cumulative weight always reaches the kept weight.");
        }

        return new RefChangeBand(Point(1), Point(39), keptWeight, denominator);
    }
}
