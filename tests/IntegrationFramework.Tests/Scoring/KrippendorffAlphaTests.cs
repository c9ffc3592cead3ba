using IntegrationFramework.Scoring;

namespace IntegrationFramework.Tests.Scoring;

public sealed class KrippendorffAlphaTests
{
    private static double? Alpha(params int[][] units)
    {
        var alpha = default(KrippendorffAlpha);
        foreach (var unit in units)
        {
            var counts = new int[5];
            foreach (var value in unit)
            {
                counts[value]++;
            }

            alpha.AddUnit(counts);
        }

        return alpha.Value();
    }

    [Fact]
    public void The_published_reference_example_gives_an_ordinal_alpha_of_0_815()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers, 12 units, values 1–5 with
        // missing data, shifted here to 0–4 (the ordinal metric depends on order only). Published ordinal alpha: 0.815.
        var alpha = Alpha(
            [0, 0, 0], [1, 1, 2, 1], [2, 2, 2, 2], [2, 2, 2, 2], [1, 1, 1, 1], [0, 1, 2, 3],
            [3, 3, 3, 3], [0, 0, 1, 0], [1, 1, 1, 1], [4, 4, 4], [0, 0], [2]);

        Assert.Equal(0.815, alpha!.Value, 3);
    }

    [Fact]
    public void Perfect_agreement_with_variation_between_units_gives_1()
        => Assert.Equal(1, Alpha([0, 0, 0], [2, 2], [4, 4, 4, 4])!.Value, 12);

    [Fact]
    public void Systematic_disagreement_gives_a_negative_alpha_above_minus_1()
    {
        var alpha = Alpha([0, 4], [0, 4], [0, 4])!.Value;

        Assert.InRange(alpha, -1, 0);
        Assert.Equal(-1 + (1.0 / 3), alpha, 12);
    }

    [Fact]
    public void Alpha_is_undefined_without_pairable_values_or_without_variation()
    {
        Assert.Null(Alpha());
        Assert.Null(Alpha([3], [1], [4]));
        Assert.Null(Alpha([2, 2], [2, 2, 2]));
    }
}
