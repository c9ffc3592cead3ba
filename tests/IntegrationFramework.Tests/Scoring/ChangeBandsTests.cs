using FsCheck;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

/// <summary>
/// <see cref="ChangeBands"/> beyond what the reference checks (it enumerates, so stops at eight partners): nine paired
/// partners drawn from the seed, what cannot be compared, and how a change is read against its band.
/// </summary>
public sealed class ChangeBandsTests
{
    private static readonly LocalDate LastYear = new(2025, 10, 1);

    [Fact]
    public void Nine_partners_unchanged_give_every_change_a_zero_band_from_paired_draws()
    {
        var review = Nine(LastYear, Progress.UnderDevelopment);

        var bands = ChangeBands.Of(review, Nine(LastYear.PlusYears(1), Progress.UnderDevelopment));

        Assert.Equal((BandMethod.SeededDraws, 2000, true, 2018), (bands.Method, bands.Resamples, bands.Paired, bands.Seed));
        Assert.All(bands.Domains.Where(b => b is not null).Append(bands.Overall), b => Assert.Equal((0.0, 0.0), (b!.Value.Low, b.Value.High)));
        Assert.Equal(2, bands.Domains.Count(b => b is not null));
    }

    [Fact]
    public void Nine_partners_who_all_move_an_item_up_a_level_move_its_domain_in_every_draw()
    {
        // Every partner's PCC.1 goes from under development to in place; GOV does not move. Paired, every draw moves PCC
        // by 25 / 12 (one item of twelve up a level) and GOV by nothing, even with 2,000 draws rather than every multiset.
        var trend = Compare(Nine(LastYear, Progress.UnderDevelopment), Nine(LastYear.PlusYears(1), Progress.InPlace));

        var pcc = trend.Domains.Single(d => d.Code == "PCC");
        var gov = trend.Domains.Single(d => d.Code == "GOV");
        Assert.Equal(25.0 / 12, pcc.Band!.Value.Low, 12);
        Assert.Equal(25.0 / 12, pcc.Band.Value.High, 12);
        Assert.True(pcc.BeyondNoise);
        Assert.Equal((0.0, 0.0), (gov.Band!.Value.Low, gov.Band.Value.High));
        Assert.False(gov.BeyondNoise);
    }

    [Fact]
    public void Reviews_that_cannot_be_compared_are_refused_and_bands_of_other_reviews_are_not_taken()
    {
        var earlier = Nine(LastYear, Progress.UnderDevelopment);
        var later = Nine(LastYear.PlusYears(1), Progress.InPlace);
        var elsewhere = AssessmentBuilder.From(later).WithFootprint(new Footprint("E08000018", "Rotherham", Level.Place)).Build();

        Assert.Equal(ProblemCodes.DatesReversed, Assert.Single(Assert.Throws<ScoringException>(() => ChangeBands.Of(later, earlier)).Problems).Code);
        Assert.Equal(ProblemCodes.FootprintMismatch, Assert.Single(Assert.Throws<ScoringException>(() => ChangeBands.Of(earlier, elsewhere)).Problems).Code);
        var otherPolicy = ChangeBands.Of(earlier, later, ScoringPolicy.WeakestLink);
        Assert.Throws<ArgumentException>(() => ReviewComparison.Of(Scorer.Score(earlier), Scorer.Score(later), otherPolicy));
    }

    [Property(MaxTest = 30)]
    public void A_change_read_beyond_the_noise_lies_in_its_band_on_one_side_of_zero(int seed)
    {
        var random = new Random(seed);
        var partners = 4 + random.Next(3);
        var earlier = AssessmentGenerators.Build(random, Frameworks.ShiftingTheCentreOfGravity2018, partners, 60, 5, excluding: false, agreeing: false);
        var later = Later(earlier, random);

        var trend = Compare(earlier, later);

        Assert.All(trend.Domains.Concat(trend.Themes).Append(trend.Overall), change =>
        {
            Assert.Equal(change.Band is null, change.BeyondNoise is null);
            Assert.True(change.BeyondNoise != true || (change.WithinBand == true && Math.Sign(change.Difference!.Value) == Math.Sign(change.Band!.Value.Low) && Math.Sign(change.Band.Value.Low) == Math.Sign(change.Band.Value.High)));
            Assert.True(change.Band is null || change.Band.Value.Low <= change.Band.Value.High);
        });
    }

    private static ReviewComparison Compare(Assessment earlier, Assessment later)
        => ReviewComparison.Of(Scorer.Score(earlier), Scorer.Score(later), ChangeBands.Of(earlier, later));

    /// <summary>The same partners a year on, a fifth of their ratings moved a level at random.</summary>
    private static Assessment Later(Assessment earlier, Random random)
    {
        var ratings = earlier.Ratings.Select(r => r.Progress.IsLevel() && random.Next(5) == 0
            ? r with { Progress = (Progress)Math.Clamp((int)r.Progress + (random.Next(2) * 2) - 1, 0, 4), Target = null }
            : r).ToEquatableArray();
        return new Assessment(earlier.Framework, earlier.Footprint, earlier.AssessedOn.PlusYears(1), earlier.Assessors, ratings, earlier.ExcludedDomains);
    }

    /// <summary>Nine partners rating every PCC and GOV item under development, PCC.1 as given. Illustrative.</summary>
    private static Assessment Nine(LocalDate on, Progress pcc1)
    {
        var builder = AssessmentBuilder.For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), on);
        for (var p = 1; p <= 9; p++)
        {
            builder = builder.WithAssessor($"p{p}", $"Partner {p}", PartnerKind.Council);
            foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("PCC").Items.Concat(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("GOV").Items))
            {
                builder = builder.Rate(item.Id, $"p{p}", item.Id == "PCC.1" ? pcc1 : Progress.UnderDevelopment);
            }
        }

        return builder.Build();
    }
}
