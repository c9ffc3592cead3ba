using FsCheck.Xunit;

namespace IntegrationFramework.Tests.Reference;

// Hand-worked checks of the partner band (rule 4) and of Krippendorff's alpha with its jackknife band (rule 6).
public sealed partial class ReferenceSelfTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 10)]
    [InlineData(4, 35)]
    [InlineData(5, 126)]
    [InlineData(6, 462)]
    [InlineData(7, 1716)]
    [InlineData(8, 6435)]
    public void Multisets_number_C_2m_minus_1_m_and_their_weights_sum_to_one(int m, int expected)
    {
        // C(2m − 1, m) count vectors; Σ m!/∏kᵢ! = mᵐ (the multinomial theorem), i.e. the weights sum to 1.
        var multisets = RefPartnerBand.Multisets(m).ToList();
        Assert.Equal(expected, multisets.Count);
        Assert.Equal(expected, multisets.Select(ms => string.Join(',', ms.Counts)).Distinct().Count());
        Assert.All(multisets, ms => Assert.Equal(m, ms.Counts.Sum()));
        Assert.Equal(RefPartnerBand.Denominator(m), multisets.Sum(ms => ms.Weight));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Each_multiset_weight_is_the_share_of_ordered_draws_giving_it(int m)
    {
        // Drawing m times with replacement gives mᵐ equally likely ordered draws; the multiset of a draw is its count
        // vector, so m!/∏kᵢ! must be the number of ordered draws with that count vector.
        var draws = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var code = 0L; code < RefPartnerBand.Denominator(m); code++)
        {
            var counts = new int[m];
            for (long rest = code, i = 0; i < m; i++, rest /= m)
            {
                counts[rest % m]++;
            }

            var key = string.Join(',', counts);
            draws[key] = draws.GetValueOrDefault(key) + 1;
        }

        var multisets = RefPartnerBand.Multisets(m).ToDictionary(ms => string.Join(',', ms.Counts), ms => ms.Weight, StringComparer.Ordinal);
        Assert.Equal(draws.OrderBy(d => d.Key, StringComparer.Ordinal), multisets.OrderBy(d => d.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Band_of_one_outlying_partner_worked_by_hand()
    {
        // Levels 0, 0, 0, 4 (partner D gives 4). The score depends only on j = copies of D, j ~ Binomial(4, 1/4):
        // j = 0: 81/256, j = 1: 108/256 → median 0 → 0 points; j = 2: 54/256 → (0, 0, 4, 4) → 2 → 50;
        // j = 3: 12/256, j = 4: 1/256 → 4 → 100. Cumulative: 0 → 189/256 ≥ 0.025 → low 0; 50 → 243/256 = 0.949 < 0.975;
        // 100 → 1 → high 100. Actual score 0 (emerging): stageProbability = 189/256.
        var result = ReferenceScoring.Score(RefBuilder.Build(["A", "B", "C", "D"], [], "T D I 0 0 0 4"));
        var band = result.Domains.Single().Score.Band!;
        Assert.Equal(new RefBand(0, 100, 0, 100, 189.0 / 256, 1, 35), band);
        Assert.Equal(band, result.Overall.Band);
    }

    [Fact]
    public void Identical_partners_give_a_zero_width_band_and_stage_probability_one()
    {
        // Every resample is the assessment itself: D = (75 + 25)/2 = 50, E = 100, T = (50 + 100)/2 = 75.
        var result = ReferenceScoring.Score(RefBuilder.Build(
            ["A", "B", "C", "D", "E"], [], "T D I1 3 3 3 3 3", "T D I2 1 1 1 1 1", "T E I3 4 4 4 4 4"));
        Assert.Equal(new RefBand(50, 50, 50, 50, 1, 1, 126), result.Domains[0].Score.Band);
        Assert.Equal(new RefBand(100, 100, 100, 100, 1, 1, 126), result.Domains[1].Score.Band);
        Assert.Equal(new RefBand(75, 75, 75, 75, 1, 1, 126), result.Overall.Band);
    }

    [Fact]
    public void Resamples_without_a_score_are_left_out_without_renormalising()
    {
        // Only A rates (level 2 → 50). Resamples without A (3⁴ = 81 of 256 weight) have no score and are left out:
        // kept weight 175/256 ≈ 0.684 never reaches 0.975 → no high point; low 50. Renormalised: 50 to 50.
        var band = ReferenceScoring.Score(RefBuilder.Build(["A", "B", "C", "D"], [], "T D I 2 - - -")).Domains[0].Score.Band;
        Assert.Equal(new RefBand(50, null, 50, 50, 175.0 / 256, 175.0 / 256, 35), band);
    }

    [Fact]
    public void Three_partners_or_fewer_have_no_band()
    {
        var result = ReferenceScoring.Score(RefBuilder.Build(["A", "B", "C"], [], "T D I 0 2 4"));
        Assert.Null(result.Domains[0].Score.Band);
        Assert.Null(result.Overall.Band);
    }

    [Fact]
    public void Jackknife_of_a_three_item_domain_worked_by_hand()
    {
        // Units (0,1), (1,2), (0,2): o₀₁ = o₁₂ = o₀₂ = 1 (each way); n₀ = n₁ = n₂ = 2, n = 6.
        // δ²₀₁ = (2 + 2 − 2)² = 4, δ²₁₂ = 4, δ²₀₂ = (6 − 2)² = 16. D_o ∝ 4 + 4 + 16 = 24; D_e ∝ 4·4 + 4·4 + 4·16 = 96.
        // α = 1 − 5·24/96 = −0.25.
        // Without (0,1): n = (1, 1, 2), δ²₀₁ = 1, δ²₁₂ = 2.25, δ²₀₂ = 6.25 → α = 1 − 3·(2.25 + 6.25)/(1 + 4.5 + 12.5) = −5/12.
        // Without (1,2): the mirror image → −5/12. Without (0,2): n = (1, 2, 1), δ²₀₁ = δ²₁₂ = 2.25, δ²₀₂ = 9 →
        // α = 1 − 3·4.5/(4.5 + 4.5 + 9) = 1/4. Mean −7/36; deviations −8/36, −8/36, 16/36; Σ² = 384/1296;
        // SE² = (2/3)·384/1296 = 256/1296 → SE = 4/9. Band = −0.25 ± 1.96·4/9.
        IReadOnlyList<IReadOnlyList<int>> units = [[0, 1], [1, 2], [0, 2]];
        Assert.Equal(-0.25, RefKrippendorff.Alpha(units)!.Value, Tolerance);
        Assert.Equal(-5.0 / 12, RefKrippendorff.Alpha([[1, 2], [0, 2]])!.Value, Tolerance);
        Assert.Equal(-5.0 / 12, RefKrippendorff.Alpha([[0, 1], [0, 2]])!.Value, Tolerance);
        Assert.Equal(0.25, RefKrippendorff.Alpha([[0, 1], [1, 2]])!.Value, Tolerance);
        var band = RefKrippendorff.AlphaWithBand(units);
        Assert.Equal(-0.25 - (1.96 * 4 / 9), band.Low!.Value, Tolerance);
        Assert.Equal(-0.25 + (1.96 * 4 / 9), band.High!.Value, Tolerance);
        Assert.Equal(3, band.Units);

        // The same units as a domain of three partners' ratings (the third partner leaves each item unrated).
        var result = ReferenceScoring.Score(RefBuilder.Build(["A", "B", "C"], [], "T D I1 0 1 -", "T D I2 1 - 2", "T D I3 - 0 2"));
        Assert.Equal(band, result.Domains[0].Alpha);
        Assert.Equal(band, result.ChecklistAlpha);
    }

    [Fact]
    public void Jackknife_band_top_is_clipped_at_one()
    {
        // Units (0,0), (1,1), (0,1): n₀ = n₁ = 3, δ²₀₁ = (6 − 3)² = 9 → α = 1 − 5·9/81 = 4/9.
        // Leave-one-out: 0, 0 (n = (1, 3) or (3, 1), δ² = 4 → 1 − 3·4/12) and 1 (no disagreement left).
        // Mean 1/3; Σ² = 1/9 + 1/9 + 4/9 = 2/3; SE² = (2/3)(2/3) → SE = 2/3. Top 4/9 + 1.96·2/3 > 1 → 1.
        var band = RefKrippendorff.AlphaWithBand([[0, 0], [1, 1], [0, 1]]);
        Assert.Equal(4.0 / 9, band.Alpha!.Value, Tolerance);
        Assert.Equal((4.0 / 9) - (1.96 * 2 / 3), band.Low!.Value, Tolerance);
        Assert.Equal(1.0, band.High);
    }

    [Fact]
    public void Alpha_is_undefined_without_variation_or_pairable_values()
    {
        Assert.Null(RefKrippendorff.Alpha([[2, 2], [2, 2, 2]]));
        Assert.Null(RefKrippendorff.Alpha([[3], [1]]));
        Assert.Equal(new RefAlpha(null, null, null, 0), RefKrippendorff.AlphaWithBand([[3], [1]]));

        // (1,1), (1,2): n₁ = 3, n₂ = 1, δ²₁₂ = (4 − 2)² = 4 → α = 1 − 3·4/12 = 0; without (1,2) alpha is undefined → no band.
        Assert.Equal(new RefAlpha(0, null, null, 2), RefKrippendorff.AlphaWithBand([[1, 1], [1, 2]]));
    }

    [Fact]
    public void Ordinal_alpha_of_Krippendorffs_2011_example()
    {
        // "Computing Krippendorff's Alpha-Reliability" (2011): 4 observers, 12 units, values 1–5 with gaps; the
        // ordinal alpha is 0.815. Values shifted down by 1 (order kept, so alpha unchanged); unit 12 has one value.
        IReadOnlyList<IReadOnlyList<int>> units =
        [
            [0, 0, 0], [1, 1, 2, 1], [2, 2, 2, 2], [2, 2, 2, 2], [1, 1, 1, 1], [0, 1, 2, 3],
            [3, 3, 3, 3], [0, 0, 1, 0], [1, 1, 1, 1], [4, 4, 4], [0, 0], [2],
        ];
        Assert.Equal(0.815, RefKrippendorff.Alpha(units)!.Value, 0.0005);
    }

    [Fact]
    public void Eight_partners_over_84_items_give_6435_resamples_and_ordered_bands()
    {
        var assessment = RefBuilder.Random(seed: 25, m: 8, themes: 4, domainsPerTheme: 3, itemsPerDomain: 7);
        var result = ReferenceScoring.Score(assessment);
        var bands = result.Domains.Select(d => d.Score.Band).Append(result.Overall.Band).ToList();
        Assert.All(bands, band => Assert.True(band is { Resamples: 6435, Low: not null, High: not null } && band.Low <= band.High));
        Assert.All(bands, band => Assert.InRange(band!.StageProbability!.Value, 0, band.KeptWeight));
    }

    [Property(MaxTest = 25)]
    public bool Reordering_the_assessors_changes_nothing(int seed)
    {
        var assessment = RefBuilder.Random(seed, m: 4 + (Math.Abs(seed % 2)), themes: 2, domainsPerTheme: 2, itemsPerDomain: 3);
        var reordered = assessment with { Assessors = [.. assessment.Assessors.Reverse()] };
        var (a, b) = (ReferenceScoring.Score(assessment), ReferenceScoring.Score(reordered));
        return a.Domains.SequenceEqual(b.Domains) && a.Themes.SequenceEqual(b.Themes) && a.Overall == b.Overall
            && a.Items.SequenceEqual(b.Items) && a.ChecklistAlpha == b.ChecklistAlpha;
    }
}
