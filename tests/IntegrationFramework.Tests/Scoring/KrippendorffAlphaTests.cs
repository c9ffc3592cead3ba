using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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

    [Property(MaxTest = 500)]
    public Property Alpha_summed_in_vectors_of_doubles_equals_alpha_summed_in_whole_numbers_to_the_last_bit()
    {
        // Units of changing sizes (so that the pair counts are divided at each change), counts from none to large.
        var count = Gen.Frequency((6, Gen.Choose(0, 6)), (2, Gen.Choose(0, 40)), (1, Gen.Choose(0, 100_000)));
        var unit = Gen.ArrayOf(count, 5);
        return Prop.ForAll(Gen.ListOf(unit).ToArbitrary(), units =>
        {
            var alpha = default(KrippendorffAlpha);
            foreach (var each in units)
            {
                alpha.AddUnit(each);
            }

            var (vectors, whole) = (alpha.Value(), InWholeNumbers(units));
            Assert.Equal(whole is { } w ? BitConverter.DoubleToInt64Bits(w) : null, vectors is { } v ? BitConverter.DoubleToInt64Bits(v) : (long?)null);
        });
    }

    /// <summary>
    /// Alpha as the scorer summed it before it used vectors: level totals and pair counts in longs, divided by size − 1
    /// when the size changes, then the coincidences summed pair by pair in the order 01, 02, …, 34.
    /// </summary>
    private static double? InWholeNumbers(IEnumerable<int[]> units)
    {
        var totals = new long[5];
        var pairs = new long[10];
        var coincidences = new double[10];
        var size = 0;
        void Divide()
        {
            for (var p = 0; p < 10 && size >= 2; p++)
            {
                coincidences[p] += pairs[p] * (1.0 / (size - 1));
                pairs[p] = 0;
            }
        }

        foreach (var unit in units)
        {
            var values = unit.Sum();
            if (values < 2)
            {
                continue;
            }

            if (values != size)
            {
                Divide();
                size = values;
            }

            for (int c = 0, p = 0; c < 5; c++)
            {
                totals[c] += unit[c];
                for (var k = c + 1; k < 5; k++)
                {
                    pairs[p++] += (long)unit[c] * unit[k];
                }
            }
        }

        Divide();
        return KrippendorffAlpha.ValueOf([.. totals.Select(t => (double)t)], coincidences);
    }
}
