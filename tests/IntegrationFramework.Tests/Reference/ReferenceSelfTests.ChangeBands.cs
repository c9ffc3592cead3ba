namespace IntegrationFramework.Tests.Reference;

// Hand-worked checks of the reference's change bands (RefChangeBands): two reviews, one multiset applied to both.
public sealed partial class ReferenceSelfTests
{
    private static readonly string[] FourPartners = ["A", "B", "C", "D"];

    [Theory]
    [InlineData(41, 4, 35)]
    [InlineData(42, 5, 126)]
    [InlineData(43, 6, 462)]
    public void Identical_reviews_give_every_change_the_band_0_to_0(int seed, int m, int resamples)
    {
        // Each resample scores the same partners' same ratings twice: its change is exactly 0 for every series.
        var review = RefBuilder.Random(seed, m, 2, 2, 3);

        var changes = RefChangeBands.Of(review, review);

        Assert.Equal((RefBandMethod.Exact, true, m, m, (int?)resamples), (changes.Method, changes.Paired, changes.EarlierPartners, changes.LaterPartners, changes.Resamples));
        Assert.All(changes.Domains.Concat(changes.Themes).Append(changes.Overall), change =>
        {
            Assert.Equal(0, change.Difference);
            Assert.Equal((0.0, 0.0), (change.Band!.Low, change.Band.High));
            Assert.False(change.Band.BeyondNoise);
        });
    }

    [Fact]
    public void One_multiset_applied_to_both_reviews_worked_by_hand()
    {
        // Earlier A, B, C, D give 1, 1, 1, 2; later 3, 3, 3, 2. Only j = copies of D matters, j ~ Binomial(4, 1/4):
        // j = 0 (81/256), 1 (108/256): earlier median 1, later 3 → change 2 levels = 50 points;
        // j = 2 (54/256): (1, 1, 2, 2) → 1.5, (2, 2, 3, 3) → 2.5 → 25; j = 3 (12/256), 4 (1/256): 2 and 2 → 0.
        // Ascending: 0 (13), 25 (54), 50 (189). Low: 13·40 ≥ 256 → 0. High: 67·40 < 39·256, 256·40 ≥ → 50.
        // The actual change is 50, yet the band [0, 50] takes in 0: not beyond noise.
        var earlier = RefBuilder.Build(FourPartners, [], "T D I 1 1 1 2");
        var later = RefBuilder.Build(FourPartners, [], "T D I 3 3 3 2");

        var changes = RefChangeBands.Of(earlier, later);

        Assert.Equal(new RefChange("D", 25, 75, new RefChangeBand(0, 50, 256, 256)), changes.Domains.Single());
        Assert.Equal(new RefChange("T", 25, 75, new RefChangeBand(0, 50, 256, 256)), changes.Themes.Single());
        Assert.Equal(new RefChange("overall", 25, 75, new RefChangeBand(0, 50, 256, 256)), changes.Overall);
        Assert.False(changes.Overall.Band!.BeyondNoise);
        Assert.Equal(35, changes.Resamples);
    }

    [Fact]
    public void A_fall_is_the_mirror_of_the_rise()
    {
        // The reviews of the case above swapped: −50 (189), −25 (54), 0 (13). Low: 189·40 ≥ 256 → −50.
        // High: 189·40, 243·40 = 9,720 < 39·256 = 9,984; 256·40 ≥ → 0.
        var earlier = RefBuilder.Build(FourPartners, [], "T D I 3 3 3 2");
        var later = RefBuilder.Build(FourPartners, [], "T D I 1 1 1 2");

        var band = RefChangeBands.Of(earlier, later).Overall.Band!;

        Assert.Equal(new RefChangeBand(-50, 0, 256, 256), band);
        Assert.False(band.BeyondNoise);
    }

    [Theory]
    [InlineData(1, 25)]
    [InlineData(-1, -25)]
    public void Every_partner_moving_one_level_on_every_item_is_beyond_noise(int step, double points)
    {
        // Whatever the multiset, every consensus moves by exactly one level: every resample's change is ±25.
        string[] rows = ["T D I1 1 2 2 3", "T D I2 2 1 3 3", "T E I3 3 1 2 2", "U F I4 1 3 2 1"];
        var earlier = RefBuilder.Build(FourPartners, [], rows);
        var later = RefBuilder.Build(FourPartners, [], [.. rows.Select(row => Shift(row, step))]);

        var changes = RefChangeBands.Of(earlier, later);

        Assert.All(changes.Domains.Concat(changes.Themes).Append(changes.Overall), change =>
        {
            Assert.Equal(new RefChangeBand(points, points, 256, 256), change.Band);
            Assert.True(change.Band!.BeyondNoise);
        });
    }

    [Fact]
    public void Resamples_without_a_score_in_a_review_are_left_out_and_the_rest_renormalised()
    {
        // Only A rates D1 (2, later 3); everyone rates D2 (2 both times). Multisets without A (81/256) leave D1 with no
        // score: they are left out and the kept weight 175 is the whole, so D1's band is [25, 25] (the unrenormalised
        // reading would never reach 0.975 and give no high point). D2 never changes: [0, 0].
        // T (and the overall, one theme): without A, T = D2 = 50 both times → 0 (81); with A, (50 + 50)/2 → (75 + 50)/2
        // → 12.5 (175). Low: 81·40 ≥ 256 → 0; high: 81·40 < 39·256 → 12.5.
        var earlier = RefBuilder.Build(FourPartners, [], "T D1 I1 2 - - -", "T D2 I2 2 2 2 2");
        var later = RefBuilder.Build(FourPartners, [], "T D1 I1 3 - - -", "T D2 I2 2 2 2 2");

        var changes = RefChangeBands.Of(earlier, later);

        Assert.Equal(new RefChange("D1", 50, 75, new RefChangeBand(25, 25, 175, 256)), changes.Domains[0]);
        Assert.True(changes.Domains[0].Band!.BeyondNoise);
        Assert.Equal(new RefChange("D2", 50, 50, new RefChangeBand(0, 0, 256, 256)), changes.Domains[1]);
        Assert.Equal(new RefChangeBand(0, 12.5, 256, 256), changes.Themes.Single().Band);
        Assert.Equal(new RefChangeBand(0, 12.5, 256, 256), changes.Overall.Band);
        Assert.False(changes.Overall.Band!.BeyondNoise);
    }

    [Fact]
    public void A_domain_out_of_scope_or_unrated_in_either_review_has_no_change_band()
    {
        // D1 is excluded in the later review, D2 is unrated (no partner rates it) in the earlier one: every resample
        // lacks one of the two scores, so neither has a band; E is scored in both.
        var earlier = RefBuilder.Build(FourPartners, [], "T D1 I1 2 2 3 1", "T D2 I2 - - - -", "T E I3 1 2 2 2");
        var later = RefBuilder.Build(FourPartners, ["D1"], "T D1 I1 3 3 3 1", "T D2 I2 2 2 2 4", "T E I3 2 2 2 2");

        var changes = RefChangeBands.Of(earlier, later);

        Assert.All(changes.Domains.Take(2), change => Assert.Equal((null, null), (change.Band, change.Difference)));
        Assert.NotNull(changes.Domains[2].Band);
        Assert.NotNull(changes.Overall.Band);
    }

    [Theory]
    [InlineData("T D I 1 1 1", "T D I 2 2 2")]
    [InlineData("T D I 1 1 1 -", "T D I 2 2 2 2")]
    [InlineData("T D I 1 1 1 -", "T D I 2 2 2 -")]
    public void Three_partners_or_fewer_in_either_review_give_no_band(string earlierRow, string laterRow)
    {
        // An assessor with no rating is no partner: "A B C D" with D silent is three partners.
        string[] Assessors(string row) => row.Split(' ').Length == 6 ? ["A", "B", "C"] : FourPartners;
        var changes = RefChangeBands.Of(RefBuilder.Build(Assessors(earlierRow), [], earlierRow), RefBuilder.Build(Assessors(laterRow), [], laterRow));

        Assert.Equal((RefBandMethod.TooFewPartners, 0), (changes.Method, changes.Resamples));
        Assert.All(changes.Domains.Concat(changes.Themes).Append(changes.Overall), change => Assert.Null(change.Band));
        Assert.Equal(25, changes.Overall.Difference);
    }

    [Fact]
    public void Different_partners_are_not_paired_and_not_modelled()
    {
        var earlier = RefBuilder.Build(FourPartners, [], "T D I 1 1 1 2");
        var later = RefBuilder.Build(["A", "B", "C", "E"], [], "T D I 2 2 2 2");

        var changes = RefChangeBands.Of(earlier, later);

        Assert.Equal((RefBandMethod.SeededDraws, false, (int?)null), (changes.Method, changes.Paired, changes.Resamples));
        Assert.Null(changes.Overall.Band);
    }

    [Fact]
    public void The_same_partners_in_another_order_are_paired_by_id()
    {
        // The later review lists its partners in reverse: the multisets must still match partners by id.
        var earlier = RefBuilder.Build(FourPartners, [], "T D I 1 1 1 2");
        var later = RefBuilder.Build(["D", "C", "B", "A"], [], "T D I 2 3 3 3");

        var expected = RefChangeBands.Of(earlier, RefBuilder.Build(FourPartners, [], "T D I 3 3 3 2"));
        var changes = RefChangeBands.Of(earlier, later);

        Assert.Equal(expected.Domains, changes.Domains);
        Assert.Equal(expected.Themes, changes.Themes);
        Assert.Equal(expected.Overall, changes.Overall);
        Assert.Equal(new RefChangeBand(0, 50, 256, 256), changes.Overall.Band);
    }

    [Theory]
    [InlineData(51, 4)]
    [InlineData(52, 5)]
    public void A_resampled_review_scores_as_the_grid_with_those_counts(int seed, int m)
    {
        // The rebuilt review (k copies of each partner) scored from scratch equals the reference's own counts route,
        // and ReferenceScoring.Score reports the same numbers.
        var review = RefBuilder.Random(seed, m, 2, 2, 3);
        var grid = new RefGrid(review);
        foreach (var multiset in RefPartnerBand.Multisets(m).Where((_, i) => i % 7 == 0))
        {
            var counts = new Dictionary<string, int>(review.Assessors.Select((a, i) => KeyValuePair.Create(a, multiset.Counts[i])), StringComparer.Ordinal);
            var rebuilt = RefChangeBands.Resampled(review, counts);
            var expected = grid.Numbers([.. multiset.Counts]);

            var numbers = RefChangeBands.ScoresOf(rebuilt);
            var scored = ReferenceScoring.Score(rebuilt);

            Assert.Equal(m, rebuilt.Assessors.Count);
            Assert.Equal(expected.Overall, numbers.Overall);
            Assert.Equal(expected.Themes.OrderBy(t => t.Key, StringComparer.Ordinal), numbers.Themes.OrderBy(t => t.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Domains.OrderBy(t => t.Key, StringComparer.Ordinal), numbers.Domains.OrderBy(t => t.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Overall.Score, scored.Overall.Score);
            Assert.Equal(scored.Domains.Select(d => d.Score.Score), numbers.Domains.Values.Select(d => d.Score));
        }
    }

    [Fact]
    public void The_points_are_the_first_changes_whose_cumulative_weight_reaches_the_thresholds()
    {
        // Kept weight 40 (a null change is left out): 1 reaches 1/40 exactly → low −3; 1 + 38 = 39 reaches 39/40 exactly → high 2.
        var band = RefChangeBands.BandOf([(2, 38), (null, 100), (7, 1), (-3, 1)], 256);
        Assert.Equal(new RefChangeBand(-3, 2, 40, 256), band);

        // Just short of each threshold: 0.99/40 and 38.99/40 → the next change.
        Assert.Equal(new RefChangeBand(2, 7, 4000, 4000), RefChangeBands.BandOf([(-3, 99), (2, 3800), (7, 101)], 4000));
        Assert.Null(RefChangeBands.BandOf([(null, 10)], 10));
    }

    private static string Shift(string row, int step)
    {
        var tokens = row.Split(' ');
        return string.Join(' ', tokens.Select((t, i) => i < 3 ? t : $"{int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) + step}"));
    }
}
