using FsCheck;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Reference;

/// <summary>
/// The library's scorer and bands against the independent reference (<see cref="ReferenceScoring"/>, written from the
/// rules alone by someone who had not seen the library): every item's consensus, uncertainty and target, every
/// domain's, theme's and the overall score, coverage and stage, the partner bands and stage probabilities of the exact
/// enumeration (4 to 8 partners), and each alpha with its jackknife band.
/// </summary>
/// <remarks>
/// Where the rules leave room, the library reads them as docs/DESIGN.md says, and the comparison takes the reference's
/// matching reading: a resample without a score is left out and the rest taken as the whole (the reference's
/// <c>Renormalised</c> points, and its stage probability over the kept weight); the partners resampled are those who
/// rated anything; a leave-one-out alpha over one item counts as undefined, so two items get no alpha band.
/// </remarks>
public sealed class LibraryAgainstReferenceTests
{
    private const double Close = 1e-9;

    [Theory]
    [InlineData(4, 11)]
    [InlineData(4, 12)]
    [InlineData(6, 13)]
    [InlineData(6, 14)]
    [InlineData(5, 15)]
    [InlineData(7, 16)]
    [InlineData(3, 17)]
    [InlineData(2, 18)]
    [InlineData(1, 19)]
    public void A_generated_assessment_scores_and_bands_as_the_reference_says(int partners, int seed)
    {
        var assessment = AssessmentGenerators.Build(new Random(seed), Frameworks.ShiftingTheCentreOfGravity2018, partners, 85, 8, excluding: seed % 2 == 0, agreeing: false);

        AssertAgree(assessment, ScoringPolicy.Standard);
    }

    [Fact]
    public void Eight_partners_give_the_reference_bands_of_all_6435_multisets()
    {
        var assessment = AssessmentGenerators.Build(new Random(8), Frameworks.LgaPositionPaper, 8, 90, 5, excluding: false, agreeing: false);

        Assert.Equal(6435, AssertAgree(assessment, ScoringPolicy.Standard).Resamples);
    }

    [Theory]
    [InlineData("croydon-2025.json")]
    [InlineData("dorset-2025.json")]
    [InlineData("plymouth-2026.json")]
    [InlineData("rotherham-2025.json")]
    public void Each_sample_scores_and_bands_as_the_reference_says(string file)
    {
        var assessment = AssessmentJson.Read(File.ReadAllBytes(Path.Combine(Root(), "samples", "data", file))).Value!;

        AssertAgree(assessment, ScoringPolicy.Standard);
    }

    [Fact]
    public void Item_weights_weigh_the_domain_scores_and_their_bands_as_in_the_reference()
    {
        var policy = new ScoringPolicyBuilder("weighted").WeightItem("TRA.1", 3).WeightItem("PCC.4", 2.5).WeightItem("GOV.3", 0.5).Build();
        var assessment = AssessmentGenerators.Build(new Random(21), Frameworks.ShiftingTheCentreOfGravity2018, 5, 80, 10, excluding: false, agreeing: false);

        AssertAgree(assessment, policy);
    }

    [Property(MaxTest = 40)]
    public void Any_assessment_of_up_to_six_partners_agrees_with_the_reference(PositiveInt seed, PositiveInt partners, bool lga)
    {
        IntegrationFramework.Checklists.Framework framework = lga ? Frameworks.LgaPositionPaper : Frameworks.ShiftingTheCentreOfGravity2018;
        var random = new Random(seed.Get);
        var assessment = AssessmentGenerators.Build(random, framework, 1 + (partners.Get % 6), random.Next(5, 101), random.Next(0, 40), excluding: random.Next(3) == 0, agreeing: false);

        AssertAgree(assessment, ScoringPolicy.Standard);
    }

    /// <summary>Scores <paramref name="assessment"/> with bands and by the reference, and compares everything the reference models.</summary>
    private static Bands AssertAgree(Assessment assessment, ScoringPolicy policy)
    {
        var card = Scorer.ScoreWithBands(assessment, policy);
        var bands = card.Bands!;
        var reference = ReferenceScoring.Score(ToReference(assessment, policy));
        var checklist = assessment.Framework.Checklist;

        foreach (var expected in reference.Items.Where(i => i.InScope))
        {
            var item = card.FindItem(expected.Item)!.Value;
            var status = expected.Status switch { RefItemStatus.Rated => ItemStatus.Rated, RefItemStatus.Unrated => ItemStatus.Unrated, _ => ItemStatus.NotApplicable };
            Assert.Equal((expected.Item, status, expected.Consensus, expected.Points), (item.ItemId, item.Status, item.Consensus?.Value, item.Points));
            Assert.Equal((expected.Item, expected.Uncertain, expected.Split), (item.ItemId, item.Uncertain, item.Agreement == Agreement.Split));
            Assert.Equal((expected.Item, expected.Target, expected.TargetSetters, expected.Gap), (item.ItemId, item.Status == ItemStatus.Rated ? item.Target?.Value : expected.Target, item.Status == ItemStatus.Rated ? item.TargetSetters : expected.TargetSetters, item.Gap));
        }

        for (var d = 0; d < checklist.Domains.Count; d++)
        {
            var (domain, expected) = (card.Domains[d], reference.Domains[d]);
            Assert.Equal(expected.Domain, domain.Code);
            if (!expected.InScope)
            {
                Assert.True(domain.Excluded);
                continue;
            }

            AssertScore(expected.Domain, expected.Score, domain.Score, domain.Coverage, domain.Stage, bands.Domains[d]);
            Assert.Equal(expected.TargetScore ?? double.NaN, domain.TargetScore ?? double.NaN, Close);
            AssertAlpha(expected.Domain, expected.Alpha, bands.Alphas[d]);
            Assert.Equal(expected.Alpha.Alpha ?? double.NaN, domain.Alpha ?? double.NaN, Close);
        }

        for (var t = 0; t < checklist.Themes.Count; t++)
        {
            AssertScore(reference.Themes[t].Theme, reference.Themes[t].Score, card.Themes[t].Score, null, card.Themes[t].Stage, bands.Themes[t]);
        }

        AssertScore("overall", reference.Overall, card.Overall.Score, card.Overall.Coverage, card.Overall.Stage, bands.Overall);
        AssertAlpha("checklist", reference.ChecklistAlpha, bands.ChecklistAlpha);

        var patterns = PartnerPattern.Of(assessment, card).ToDictionary(p => p.AssessorId, StringComparer.Ordinal);
        foreach (var expected in reference.Partners)
        {
            var pattern = patterns[expected.Assessor];
            Assert.True(Same(expected.MeanOffset, pattern.MeanOffset), $"{expected.Assessor} mean offset: expected {expected.MeanOffset}, was {pattern.MeanOffset}");
            Assert.Equal((expected.Assessor, expected.ItemsCompared, expected.FurthestOutCount), (pattern.AssessorId, pattern.ItemsCompared, pattern.FurthestOut));
        }

        return bands;
    }

    private static void AssertScore(string what, RefScore expected, double? score, double? coverage, Stage? stage, ScoreBand? band)
    {
        Assert.True(Same(expected.Score, score), $"{what} score: expected {expected.Score}, was {score}");
        if (coverage is not null)
        {
            Assert.True(Same(expected.Coverage, coverage), $"{what} coverage: expected {expected.Coverage}, was {coverage}");
        }

        Assert.Equal((what, expected.Stage is { } s ? (Stage)((int)s + 1) : null), (what, stage));
        if (expected.Band is not { } reference)
        {
            Assert.True(band is null, $"{what}: the reference gives no band, the library {band}");
            return;
        }

        Assert.True(band is not null, $"{what}: the reference gives a band, the library none");
        Assert.True(Same(reference.RenormalisedLow, band.Value.Low) && Same(reference.RenormalisedHigh, band.Value.High), $"{what} band: expected {reference.RenormalisedLow} to {reference.RenormalisedHigh}, was {band.Value.Low} to {band.Value.High}");
        Assert.Equal(reference.StageProbability!.Value / reference.KeptWeight, band.Value.StageProbability, Close);
    }

    private static void AssertAlpha(string what, RefAlpha expected, AlphaBand actual)
    {
        Assert.True(Same(expected.Alpha, actual.Alpha), $"{what} alpha: expected {expected.Alpha}, was {actual.Alpha}");
        Assert.Equal(expected.Units, actual.Items);

        // With two items each leave-one-out alpha is over one item, which the library counts as undefined.
        var (low, high) = expected.Units == 2 ? (null, null) : (expected.Low, expected.High);
        Assert.True(Same(low, actual.Low) && Same(high, actual.High), $"{what} alpha band: expected {low} to {high}, was {actual.Low} to {actual.High}");
    }

    private static bool Same(double? expected, double? actual)
        => expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= Close;

    /// <summary>The assessment in the reference's plain terms: the checklist with the policy's item weights, the partners who rated anything, their ratings.</summary>
    internal static RefAssessment ToReference(Assessment assessment, ScoringPolicy policy)
    {
        var checklist = assessment.Framework.Checklist;
        var themes = checklist.Themes.Select(t => new RefTheme(
            t.Code,
            [.. t.Domains.Select(d => new RefDomain(d.Code, [.. d.Items.Select(i => new RefItem(i.Id, policy.ItemWeight(i.Id)))]))])).ToList();
        var raters = assessment.Assessors.Select(a => a.Id).Where(id => assessment.Ratings.Any(r => r.AssessorId == id)).ToList();
        var ratings = assessment.Ratings.Select(r => new RefRating(
            r.AssessorId,
            r.ItemId,
            r.Progress == Progress.NotApplicable ? null : (int)r.Progress,
            r.Progress == Progress.NotApplicable,
            r.Target is { } target ? (int)target : null)).ToList();
        return new RefAssessment(themes, raters, ratings, [.. assessment.ExcludedDomains]);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "IntegrationFramework.sln")))
        {
            directory = directory.Parent!;
        }

        return directory.FullName;
    }
}
