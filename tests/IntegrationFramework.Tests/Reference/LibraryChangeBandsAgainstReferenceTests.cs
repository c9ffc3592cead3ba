using FsCheck;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Reference;

/// <summary>
/// The library's bands of change (<see cref="ChangeBands.Of"/>, and the bands <see cref="ReviewComparison.Of"/> puts on
/// each change) against the independent brute-force reference <see cref="RefChangeBands"/>: with the same 4 to 6
/// partners in both reviews, every multiset applied to both reviews, each band's low and high within 1e-9, whether it is
/// beyond noise, the method, pairing, partner counts and number of resamples (C(2m − 1, m)); with 3 or fewer partners,
/// no band. With different partners the library draws at random (not reproduced): only its method and shape are checked.
/// </summary>
public sealed class LibraryChangeBandsAgainstReferenceTests
{
    private const double Close = 1e-9;

    public static TheoryData<int, int, string> GeneratedPairs => new()
    {
        { 4, 61, "plain" },
        { 5, 62, "plain" },
        { 6, 63, "plain" },
        { 4, 64, "excludedLater" },
        { 5, 65, "excludedEarlier" },
        { 6, 66, "unratedLater" },
        { 4, 67, "unratedEarlier" },
        { 5, 68, "silentAssessor" },
        { 4, 69, "sparse" },
        { 5, 70, "unchanged" },
    };

    [Theory]
    [MemberData(nameof(GeneratedPairs))]
    public void A_generated_pair_of_reviews_bands_as_the_reference_says(int partners, int seed, string variant)
    {
        var random = new Random(seed);
        Framework framework = seed % 2 == 0 ? Frameworks.LgaPositionPaper : Frameworks.ShiftingTheCentreOfGravity2018;
        var domains = framework.Checklist.Domains;
        var listed = variant == "silentAssessor" ? partners + 1 : partners;
        var earlier = EveryoneRates(random, AssessmentGenerators.Build(random, framework, listed, variant == "sparse" ? 15 : 85, 8, excluding: false, agreeing: false), listed - partners);
        EquatableArray<string>? excludedLater = variant == "excludedLater" ? new[] { domains[1].Code, domains[^1].Code }.ToEquatableArray() : null;
        var later = Revise(random, earlier, variant == "unchanged" ? 0 : 30, excludedLater, unrated: variant == "unratedLater" ? domains[2].Code : null);
        if (variant == "excludedEarlier")
        {
            earlier = Revise(random, earlier, 0, new[] { domains[0].Code, domains[2].Code }.ToEquatableArray(), date: earlier.AssessedOn);
        }
        else if (variant == "unratedEarlier")
        {
            earlier = Revise(random, earlier, 0, unrated: domains[1].Code, date: earlier.AssessedOn);
        }

        var bands = AssertAgree(earlier, later);

        Assert.Equal((BandMethod.Exact, true, partners, partners, Choose((2 * partners) - 1, partners)), (bands.Method, bands.Paired, bands.EarlierPartners, bands.LaterPartners, bands.Resamples));
        if (variant == "unchanged")
        {
            // The same ratings twice: every resample's change is 0, so every band is [0, 0].
            Assert.All(bands.Domains.Concat(bands.Themes).Append(bands.Overall), band => Assert.Equal((0.0, 0.0, false), (band!.Value.Low, band.Value.High, band.Value.BeyondNoise)));
        }
    }

    [Property(MaxTest = 30, StartSize = 1_000, EndSize = 1_000_000)]
    public void Any_small_pair_of_reviews_with_the_same_partners_bands_as_the_reference_says(PositiveInt seed, bool five, bool lga)
    {
        var random = new Random(seed.Get);
        Framework framework = lga ? Frameworks.LgaPositionPaper : Frameworks.ShiftingTheCentreOfGravity2018;
        var partners = five ? 5 : 4;
        var domains = framework.Checklist.Domains;
        var earlier = EveryoneRates(random, AssessmentGenerators.Build(random, framework, partners, random.Next(5, 101), random.Next(0, 40), excluding: random.Next(3) == 0, agreeing: false), 0);
        EquatableArray<string>? excluded = random.Next(3) == 0 ? domains.Where(_ => random.Next(4) == 0).Select(d => d.Code).ToEquatableArray() : null;
        var later = Revise(random, earlier, random.Next(0, 60), excluded, unrated: random.Next(3) == 0 ? domains[random.Next(domains.Count)].Code : null);

        var bands = AssertAgree(earlier, later);

        Assert.Equal((BandMethod.Exact, true, partners, five ? 126 : 35), (bands.Method, bands.Paired, bands.EarlierPartners, bands.Resamples));
    }

    [Fact]
    public void A_domain_not_applicable_by_majority_in_both_reviews_has_no_band_though_some_resamples_score_it()
    {
        // In the first domain a1 alone gives a level (1, later 3) and a2…a4 say notApplicable: the items are not
        // applicable, so neither review scores the domain, but resamples drawing a1 more often than the others score it
        // in both (+50). Those resamples alone would make a band of [50, 50] for a change that did not happen: the
        // library gives none.
        var random = new Random(71);
        var framework = Frameworks.LgaPositionPaper;
        var domain = framework.Checklist.Domains[0];
        var earlier = EveryoneRates(random, AssessmentGenerators.Build(random, framework, 4, 80, 5, excluding: false, agreeing: false), 0);
        var later = Revise(random, earlier, 30);
        earlier = LoneLevel(earlier, domain, Progress.Planned);
        later = LoneLevel(later, domain, Progress.InPlace);

        var bands = AssertAgree(earlier, later);
        var reference = RefChangeBands.Of(ToReference(earlier), ToReference(later)).Domains[0];

        Assert.Equal((null, null, 50.0, 50.0), (reference.Earlier, reference.Later, reference.Band?.Low, reference.Band?.High));
        Assert.Null(bands.Domains[0]);
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(3, 4)]
    [InlineData(5, 3)]
    public void Three_partners_or_fewer_in_either_review_give_no_band(int earlierPartners, int laterPartners)
    {
        var random = new Random(80 + earlierPartners + laterPartners);
        var framework = Frameworks.ShiftingTheCentreOfGravity2018;
        var earlier = EveryoneRates(random, AssessmentGenerators.Build(random, framework, earlierPartners, 80, 5, excluding: false, agreeing: false), 0);
        var later = WithPartners(random, Revise(random, earlier, 30), laterPartners);

        var bands = AssertAgree(earlier, later);

        Assert.Equal((BandMethod.TooFewPartners, earlierPartners, laterPartners), (bands.Method, bands.EarlierPartners, bands.LaterPartners));
        Assert.Null(bands.Overall);
        Assert.All(bands.Themes, band => Assert.Null(band));
        Assert.All(bands.Domains, band => Assert.Null(band));
    }

    [Theory]
    [InlineData(4, 4, 91)]
    [InlineData(5, 5, 92)]
    [InlineData(4, 6, 93)]
    [InlineData(9, 9, 94)]
    public void Different_partners_are_drawn_at_random_with_2000_seeded_pairs(int earlierPartners, int laterPartners, int seed)
    {
        // The later review keeps a1…a(n − 1) and brings a newcomer "b": the partner sets differ, so nothing is paired.
        var random = new Random(seed);
        var framework = Frameworks.LgaPositionPaper;
        var earlier = EveryoneRates(random, AssessmentGenerators.Build(random, framework, earlierPartners, 80, 5, excluding: false, agreeing: false), 0);
        var later = WithPartners(random, Revise(random, earlier, 30), laterPartners, newcomer: true);

        var bands = ChangeBands.Of(earlier, later);

        Assert.Equal(RefBandMethod.SeededDraws, RefChangeBands.Of(ToReference(earlier), ToReference(later)).Method);
        Assert.Equal((BandMethod.SeededDraws, false, earlierPartners, laterPartners, 2000), (bands.Method, bands.Paired, bands.EarlierPartners, bands.LaterPartners, bands.Resamples));
        Assert.NotNull(bands.Overall);
        Assert.All(bands.Domains.Concat(bands.Themes).Append(bands.Overall), band => Assert.True(band is not { } b || b.Low <= b.High, $"band {band} is not ordered"));
        Assert.Equal(bands, ChangeBands.Of(earlier, later));
    }

    /// <summary>
    /// Compares the library's change bands of the two reviews with the reference's, series by series, and the bands
    /// and beyond-noise flags <see cref="ReviewComparison.Of"/> puts on the changes. The reference must model the case
    /// (exact or too few partners): every comparison below always runs.
    /// </summary>
    private static ChangeBands AssertAgree(Assessment earlier, Assessment later)
    {
        var bands = ChangeBands.Of(earlier, later);
        var reference = RefChangeBands.Of(ToReference(earlier), ToReference(later));
        var (before, after) = (Scorer.Score(earlier), Scorer.Score(later));
        var comparison = ReviewComparison.Of(before, after, bands);
        var checklist = earlier.Framework.Checklist;

        Assert.NotEqual(RefBandMethod.SeededDraws, reference.Method);
        Assert.Equal(reference.Method.ToString(), bands.Method.ToString());
        Assert.Equal((reference.EarlierPartners, reference.LaterPartners), (bands.EarlierPartners, bands.LaterPartners));
        if (reference.Method == RefBandMethod.Exact)
        {
            Assert.Equal((reference.Paired, reference.Resamples), (bands.Paired, (int?)bands.Resamples));
        }

        Assert.Equal((checklist.Domains.Count, checklist.Themes.Count), (bands.Domains.Count, bands.Themes.Count));
        for (var d = 0; d < checklist.Domains.Count; d++)
        {
            Assert.Equal(reference.Domains[d].Code, checklist.Domains[d].Code);
            AssertSeries(reference.Domains[d], bands.Domains[d], comparison.Domains[d]);
        }

        for (var t = 0; t < checklist.Themes.Count; t++)
        {
            Assert.Equal(reference.Themes[t].Code, checklist.Themes[t].Code);
            AssertSeries(reference.Themes[t], bands.Themes[t], comparison.Themes[t]);
        }

        AssertSeries(reference.Overall, bands.Overall, comparison.Overall);
        return bands;
    }

    private static void AssertSeries(RefChange expected, ChangeBand? band, ScoreChange change)
    {
        var what = expected.Code;

        // The reference's actual scores are the library's (a check of the conversion, not of the bands).
        Assert.True(Same(expected.Earlier, change.Earlier) && Same(expected.Later, change.Later), $"{what}: the reference scores {expected.Earlier} → {expected.Later}, the library {change.Earlier} → {change.Later}");

        // Both give a band only to a change that exists (a score in both reviews): resamples can score a domain that
        // neither review scores, and a band of a change that did not happen would read as one.
        var shown = expected.Difference is null ? null : expected.Band;
        AssertBand(what + " (ChangeBands)", shown, band);
        AssertBand(what + " (ReviewComparison)", shown, change.Band);

        // A change is beyond the noise when its band leaves out 0 and the change lies on the band's side.
        var beyond = shown is null ? (bool?)null : shown.BeyondNoise && Math.Sign(expected.Difference!.Value) == Math.Sign(shown.Low);
        Assert.Equal((what, beyond), (what, change.BeyondNoise));
    }

    private static void AssertBand(string what, RefChangeBand? expected, ChangeBand? actual)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: the reference gives no band, the library {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: the reference gives the band {expected.Low} to {expected.High}, the library none");
        Assert.True(Same(expected.Low, actual.Value.Low) && Same(expected.High, actual.Value.High), $"{what} band: expected {expected.Low} to {expected.High}, was {actual.Value.Low} to {actual.Value.High}");
        Assert.Equal((what, expected.BeyondNoise), (what, actual.Value.BeyondNoise));
    }

    private static bool Same(double? expected, double? actual)
        => expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= Close;

    private static RefAssessment ToReference(Assessment assessment) => LibraryAgainstReferenceTests.ToReference(assessment, ScoringPolicy.Standard);

    private static int Choose(int n, int k)
    {
        long c = 1;
        for (var i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i;
        }

        return (int)c;
    }

    /// <summary>
    /// The assessment with every listed assessor but the last <paramref name="silent"/> rating at least one item (one
    /// rating added where one rates nothing), and those last ones rating nothing at all.
    /// </summary>
    private static Assessment EveryoneRates(Random random, Assessment assessment, int silent)
    {
        var items = assessment.Framework.Checklist.Items;
        var speaking = assessment.Assessors.Take(assessment.Assessors.Count - silent).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var ratings = assessment.Ratings.Where(r => speaking.Contains(r.AssessorId)).ToList();
        foreach (var id in speaking.Where(id => !ratings.Any(r => r.AssessorId == id)))
        {
            ratings.Add(new Rating(items[random.Next(items.Count)].Id, id, (Progress)random.Next(0, 5)));
        }

        return new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, ratings.ToEquatableArray(), assessment.ExcludedDomains);
    }

    /// <summary>
    /// A later review of the same footprint by the same assessors, a year on (or on <paramref name="date"/>): about
    /// <paramref name="changePercent"/> % of the ratings moved (a level up to two either way, sometimes to or from
    /// notApplicable) and, unless it is 0, a few dropped and a few new ones from the same partners; <paramref name="unrated"/>'s items rated by no one; the given excluded domains
    /// (else the same). Whoever rated before still rates something outside <paramref name="unrated"/>, and no one else rates.
    /// </summary>
    private static Assessment Revise(Random random, Assessment earlier, int changePercent, EquatableArray<string>? excluded = null, string? unrated = null, NodaTime.LocalDate? date = null)
    {
        var checklist = earlier.Framework.Checklist;
        HashSet<string> silent = unrated is null ? [] : checklist.FindDomain(unrated)!.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var partners = earlier.Assessors.Select(a => a.Id).Where(id => earlier.Ratings.Any(r => r.AssessorId == id)).ToList();
        var ratings = new List<Rating>();
        foreach (var rating in earlier.Ratings.Where(r => !silent.Contains(r.ItemId)))
        {
            var roll = random.Next(100);
            if (roll < changePercent && random.Next(10) > 0)
            {
                ratings.Add(Moved(random, rating));
            }
            else if (changePercent > 0 && random.Next(100) < 3)
            {
                continue; // dropped
            }
            else
            {
                ratings.Add(rating);
            }
        }

        var rated = ratings.Select(r => (r.ItemId, r.AssessorId)).ToHashSet();
        foreach (var item in checklist.Items.Where(i => !silent.Contains(i.Id)))
        {
            foreach (var id in partners.Where(id => !rated.Contains((item.Id, id)) && random.Next(100) < changePercent / 10))
            {
                ratings.Add(new Rating(item.Id, id, (Progress)random.Next(-1, 5)));
            }
        }

        var open = checklist.Items.Where(i => !silent.Contains(i.Id)).ToList();
        foreach (var id in partners.Where(id => !ratings.Any(r => r.AssessorId == id)))
        {
            ratings.Add(new Rating(open[random.Next(open.Count)].Id, id, (Progress)random.Next(0, 5)));
        }

        return new Assessment(earlier.Framework, earlier.Footprint, date ?? earlier.AssessedOn.PlusDays(365), earlier.Assessors, ratings.ToEquatableArray(), excluded ?? earlier.ExcludedDomains);
    }

    /// <summary>The review with <paramref name="domain"/>'s items rated <paramref name="level"/> by a1 and notApplicable by every other partner.</summary>
    private static Assessment LoneLevel(Assessment review, Domain domain, Progress level)
    {
        var items = domain.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var partners = review.Assessors.Select(a => a.Id).Where(id => review.Ratings.Any(r => r.AssessorId == id)).ToList();
        var ratings = review.Ratings.Where(r => !items.Contains(r.ItemId))
            .Concat(items.SelectMany(item => partners.Select(id => new Rating(item, id, id == partners[0] ? level : Progress.NotApplicable))));
        return new Assessment(review.Framework, review.Footprint, review.AssessedOn, review.Assessors, ratings.ToEquatableArray(), review.ExcludedDomains);
    }

    private static Rating Moved(Random random, Rating rating)
    {
        var progress = random.Next(8) == 0 ? Progress.NotApplicable
            : rating.Progress == Progress.NotApplicable ? (Progress)random.Next(0, 5)
            : (Progress)Math.Clamp((int)rating.Progress + random.Next(-2, 3), 0, 4);
        Progress? target = progress != Progress.NotApplicable && rating.Target is { } aim && aim >= progress ? aim : null;
        return rating with { Progress = progress, Target = target };
    }

    /// <summary>
    /// The review rated by its first <paramref name="count"/> assessors only (more listed and rating as needed), the rest
    /// listed but silent; with <paramref name="newcomer"/> the last of them is replaced by a new assessor "b" with the
    /// same ratings, so the partner set differs from the earlier one's.
    /// </summary>
    private static Assessment WithPartners(Random random, Assessment review, int count, bool newcomer = false)
    {
        var kinds = Enum.GetValues<PartnerKind>();
        var assessors = review.Assessors.ToList();
        while (assessors.Count < count)
        {
            assessors.Add(new Assessor($"a{assessors.Count + 1}", $"Assessor {assessors.Count + 1}", kinds[random.Next(kinds.Length)]));
        }

        var keep = assessors.Take(count).Select(a => a.Id).ToList();
        var ratings = review.Ratings.Where(r => keep.Contains(r.AssessorId)).ToList();
        var items = review.Framework.Checklist.Items;
        foreach (var id in keep.Where(id => !ratings.Any(r => r.AssessorId == id)).ToList())
        {
            ratings.AddRange(items.Where(_ => random.Next(100) < 60).Select(i => new Rating(i.Id, id, (Progress)random.Next(0, 5))));
            if (!ratings.Any(r => r.AssessorId == id))
            {
                ratings.Add(new Rating(items[0].Id, id, Progress.Planned));
            }
        }

        if (newcomer)
        {
            var last = keep[^1];
            assessors.Add(new Assessor("b", "Newcomer", kinds[random.Next(kinds.Length)]));
            ratings = [.. ratings.Select(r => r.AssessorId == last ? r with { AssessorId = "b" } : r)];
        }

        return new Assessment(review.Framework, review.Footprint, review.AssessedOn, assessors.ToEquatableArray(), ratings.ToEquatableArray(), review.ExcludedDomains);
    }
}
