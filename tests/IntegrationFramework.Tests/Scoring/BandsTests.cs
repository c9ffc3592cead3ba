using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

/// <summary>How sure each score is: partner bands, alpha bands, partners' coverage and uncertain items.</summary>
public sealed class BandsTests
{
    private static readonly LocalDate Assessed = new(2026, 3, 2);

    [Property(MaxTest = 60)]
    public void Identical_partners_give_a_zero_width_band_and_stage_probability_one(PositiveInt seed, PositiveInt extra)
    {
        // Four to nine partners who all rate alike: every resample is the assessment itself.
        var one = AssessmentGenerators.Build(new Random(seed.Get), Frameworks.LgaPositionPaper, 1, 70, 10, excluding: false, agreeing: false);
        var partners = 4 + (extra.Get % 6);
        var assessors = Enumerable.Range(1, partners).Select(p => new Assessor($"p{p}", $"Partner {p}", PartnerKind.Vcse)).ToEquatableArray();
        var ratings = assessors.SelectMany(a => one.Ratings.Select(r => r with { AssessorId = a.Id })).ToEquatableArray();
        var alike = new Assessment(one.Framework, one.Footprint, one.AssessedOn, assessors, ratings);

        var card = Scorer.ScoreWithBands(alike);

        Assert.All(Scored(card), pair => Assert.Equal((pair.Score, pair.Score, 1.0), (pair.Band!.Value.Low, pair.Band.Value.High, pair.Band.Value.StageProbability)));
    }

    [Property(MaxTest = 60)]
    public void Bands_ignore_the_partners_order_and_names(PositiveInt seed, PositiveInt partners, int shuffle)
    {
        var assessment = AssessmentGenerators.Build(new Random(seed.Get), Frameworks.LgaPositionPaper, 4 + (partners.Get % 7), 75, 10, excluding: false, agreeing: false);
        var renamed = assessment.Assessors.ToDictionary(a => a.Id, a => $"partner {shuffle} once called {a.Id}");
        var shuffled = assessment.Assessors.Select(a => a with { Id = renamed[a.Id] }).ToArray();
        new Random(shuffle).Shuffle(shuffled);
        var other = new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, shuffled.ToEquatableArray(), assessment.Ratings.Select(r => r with { AssessorId = renamed[r.AssessorId] }).Reverse().ToEquatableArray());

        var (before, after) = (Bands.Of(assessment), Bands.Of(other));

        Assert.Equal((before.Method, before.Resamples, before.Overall, before.Themes, before.Domains, before.Alphas, before.ChecklistAlpha, before.UncertainItems), (after.Method, after.Resamples, after.Overall, after.Themes, after.Domains, after.Alphas, after.ChecklistAlpha, after.UncertainItems));
    }

    [Property(MaxTest = 60)]
    public void Every_band_lies_between_the_scores_with_each_item_at_its_lowest_and_at_its_highest_level(PositiveInt seed, PositiveInt partners)
    {
        // Every partner rates every item with a level, so no resample leaves an item out; then a resample's median of
        // an item lies between the lowest and the highest level given, and so does each score.
        var assessment = AssessmentGenerators.Build(new Random(seed.Get), Frameworks.ShiftingTheCentreOfGravity2018, 4 + (partners.Get % 5), 100, 0, excluding: false, agreeing: false);
        var card = Scorer.ScoreWithBands(assessment);
        var lowest = Scorer.Score(AtEach(assessment, card, i => i.LowestLevel!.Value));
        var highest = Scorer.Score(AtEach(assessment, card, i => i.HighestLevel!.Value));

        foreach (var ((score, band), (low, high)) in Scored(card).Zip(Scored(lowest).Zip(Scored(highest), (l, h) => (l.Score, h.Score))))
        {
            Assert.InRange(band!.Value.Low, low - 1e-9, score + 1e-9);
            Assert.InRange(band.Value.High, score - 1e-9, high + 1e-9);
        }
    }

    [Fact]
    public void Three_partners_or_fewer_get_no_band_and_the_card_says_why()
    {
        var bands = Bands.Of(Partners(3, "TRA.1 3 3 4", "TRA.2 1 2 2"));

        Assert.Equal((BandMethod.TooFewPartners, 0, (ScoreBand?)null), (bands.Method, bands.Resamples, bands.Overall));
        Assert.All(bands.Domains, band => Assert.Null(band));
    }

    [Theory]
    [InlineData(4, 35)]
    [InlineData(5, 126)]
    [InlineData(6, 462)]
    [InlineData(7, 1716)]
    [InlineData(8, 6435)]
    public void The_multisets_of_m_partners_are_all_there_once_each_weighted_by_its_probability(int m, int count)
    {
        var order = Multisets.Of(m);
        var multisets = Enumerable.Range(0, order.Weights.Length).Select(r => string.Join(",", order.Copies.Skip(r * m).Take(m))).ToList();

        Assert.Equal(count, multisets.Count);
        Assert.Equal(count, multisets.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Enumerable.Range(0, count), r => Assert.Equal(m, order.Copies.Skip(r * m).Take(m).Sum()));
        // m!/∏kᵢ! over every multiset is every ordered draw of m partners: mᵐ of them.
        Assert.Equal((long)Math.Pow(m, m), order.Weights.Sum());
        // Each step the order calls a move is one copy from the giver to the taker.
        Assert.All(Enumerable.Range(1, count - 1).Where(r => order.Givers[r] >= 0), r => Assert.Equal(
            [.. order.Copies.Skip((r - 1) * m).Take(m).Select((k, p) => k - (p == order.Givers[r] ? 1 : 0) + (p == order.Takers[r] ? 1 : 0))],
            order.Copies.Skip(r * m).Take(m).ToArray()));
        Assert.True(Enumerable.Range(1, count - 1).Count(r => order.Givers[r] >= 0) >= 0.95 * (count - 1));
    }

    [Fact]
    public void Above_eight_partners_2000_seeded_draws_give_the_same_bands_every_time()
    {
        var assessment = AssessmentGenerators.Build(new Random(10), Frameworks.ShiftingTheCentreOfGravity2018, 10, 90, 5, excluding: false, agreeing: false);

        var (first, second) = (Bands.Of(assessment), Bands.Of(assessment));

        Assert.Equal((BandMethod.SeededDraws, 2000, (int?)2018), (first.Method, first.Resamples, first.Seed));
        Assert.Equal(first, second);
        Assert.All(first.Domains.Zip(Scorer.Score(assessment).Domains), pair => Assert.InRange(pair.Second.Score!.Value, pair.First!.Value.Low, pair.First.Value.High));
    }

    /// <summary>
    /// One partner apart on one item, worked by hand. Four partners rate TRA.1 and TRA.2; on TRA.1 three say 2 and one
    /// says 0. A resample of four draws has j copies of the one who says 0, with probability C(4, j) 3^(4 − j) / 4⁴:
    /// j = 0: 81/256, 1: 108/256, 2: 54/256, 3: 12/256, 4: 1/256. TRA.1's median is 2 for j ≤ 1 (levels 2,2,2,2 or
    /// 0,2,2,2), midway for j = 2 (0,0,2,2 → 1), 0 for j ≥ 3; TRA.2 is 3 in every resample. So TRA scores (50 + 75) / 2 =
    /// 62.5 with weight 189/256, (25 + 75) / 2 = 50 with 54/256, and (0 + 75) / 2 = 37.5 with 13/256. The 2.5 % point:
    /// cumulative from the bottom, 13/256 ≥ 0.025 at 37.5. The 97.5 % point: 67/256 &lt; 0.975, so 62.5. The stage of
    /// 62.5 (maturing) holds in 189/256 = 0.738 of resamples, below 0.8.
    /// </summary>
    [Fact]
    public void A_partner_band_worked_by_hand()
    {
        var card = Scorer.ScoreWithBands(Partners(4, "TRA.1 2 2 2 0", "TRA.2 3 3 3 3"));
        var tra = card.Bands!.DomainBand(card, "TRA")!.Value;

        Assert.Equal(62.5, card.FindDomain("TRA")!.Value.Score);
        Assert.Equal((37.5, 62.5, 189.0 / 256), (tra.Low, tra.High, tra.StageProbability));
        Assert.False(tra.StageHeld);
        Assert.Equal([Stage.Developing, Stage.Maturing], tra.Spanned());
    }

    /// <summary>
    /// The jackknife worked by hand for three items of two partners: A (1, 1), B (2, 2), C (1, 2). Alpha over all three:
    /// values 1,1,2,2,1,2 (n = 6; three 1s, three 2s); coincidences o12 = 1 from C; δ²(1,2) = (3 + 3 − 3)² = 9... so
    /// alpha = 1 − (n − 1) o12 δ² / (n1 n2 δ²) = 1 − 5 · 1 / 9 = 4/9. Without A: values 2,2,1,2 (n1 = 1, n2 = 3), o12 = 1:
    /// 1 − 3 · 1 / 3 = 0. Without B: 1,1,1,2 (n1 = 3, n2 = 1): 0. Without C: 1,1,2,2 with no pair apart: 1. Mean 1/3;
    /// SE² = 2/3 · ((0 − 1/3)² + (0 − 1/3)² + (1 − 1/3)²) = 2/3 · 6/9 = 4/9, SE = 2/3. Band 4/9 ± 1.96 · 2/3 = −0.862 to
    /// 1.751, its top clipped at 1: not enough to tell.
    /// </summary>
    [Fact]
    public void An_alpha_band_worked_by_hand()
    {
        var alpha = Bands.Of(Partners(2, "TRA.1 1 1", "TRA.2 2 2", "TRA.3 1 2")).Alphas[0];

        Assert.Equal(4.0 / 9, alpha.Alpha!.Value, 12);
        Assert.Equal((4.0 / 9) - (1.96 * 2 / 3), alpha.Low!.Value, 12);
        Assert.Equal((1.0, 3, AlphaReading.NotEnoughToTell), (alpha.High, alpha.Items, alpha.Reading));
    }

    [Theory]
    [InlineData(new[] { "TRA.1 2 3" }, AlphaReading.TooFewItems)]
    [InlineData(new[] { "TRA.1 2 3", "TRA.2 3 2" }, AlphaReading.TooFewItems)]
    [InlineData(new[] { "TRA.1 2 2", "TRA.2 2 2", "TRA.3 2 2", "TRA.4 2 3" }, AlphaReading.BarelyDiffer)]
    [InlineData(new[] { "TRA.1 2 2", "TRA.2 2 2", "TRA.3 2 2" }, AlphaReading.FullAgreement)]
    [InlineData(new[] { "TRA.1 2 -", "TRA.2 - 3" }, AlphaReading.NoPairs)]
    [InlineData(new[] { "TRA.1 0 0", "TRA.2 1 1", "TRA.3 2 2", "TRA.4 3 3", "TRA.5 4 4", "TRA.6 0 0", "TRA.7 4 4" }, AlphaReading.Alike)]
    public void Alpha_is_read_only_where_the_ratings_can_carry_it(string[] rows, AlphaReading reading)
        => Assert.Equal(reading, Bands.Of(Partners(2, rows)).Alphas[0].Reading);

    [Fact]
    public void Each_partners_coverage_counts_the_applicable_items_in_scope_they_rated()
    {
        var assessment = AssessmentBuilder
            .For(Frameworks.LgaPositionPaper, new Footprint("E1", "Place", Level.Place), Assessed)
            .WithAssessor("a", "A", PartnerKind.Council).WithAssessor("b", "B", PartnerKind.Vcse).WithAssessor("c", "C", PartnerKind.Carers)
            .Rate("IND.1", "a", Progress.InPlace).Rate("IND.1", "b", Progress.Planned)
            .Rate("IND.2", "a", Progress.NotApplicable).Rate("IND.2", "b", Progress.NotApplicable)
            .Rate("IND.3", "a", Progress.NotApplicable).Rate("IND.3", "b", Progress.Planned)
            .Rate("NATIONAL.1", "a", Progress.Embedded)
            .Excluding("NATIONAL")
            .Build();

        var partners = Bands.Of(assessment).Partners;

        // 23 items, less NATIONAL's 5 excluded, less IND.2 not applicable: 17 applicable. A rated IND.1 and IND.3 (its
        // notApplicable on IND.3 is an answer); B the same; C nothing.
        Assert.Equal([new PartnerCoverage("a", 2, 17), new PartnerCoverage("b", 2, 17), new PartnerCoverage("c", 0, 17)], partners);
        Assert.All(partners, p => Assert.True(p.RatedLessThanHalf));
    }

    [Fact]
    public void An_uncertain_item_moves_its_domain_from_its_lowest_to_its_highest_level()
    {
        // GOV.3: levels 0, 0, 3, 4, 4: median 3, and 0, 0 stand three levels off: uncertain. GOV.1: 2 for all.
        var card = Scorer.ScoreWithBands(Partners(5, "GOV.1 2 2 2 2 2", "GOV.3 0 0 3 4 4"));

        Assert.True(card.FindItem("GOV.3")!.Value.Uncertain);
        Assert.Equal([new UncertainItem("GOV.3", "GOV", (50 + 0) / 2.0, (50 + 100) / 2.0)], card.Bands!.UncertainItems);
    }

    /// <summary>The domain, theme and overall scores of a card that have one, with their bands.</summary>
    private static IEnumerable<(double Score, ScoreBand? Band)> Scored(ScoreCard card)
        => card.Domains.Select((d, i) => (d.Score, card.Bands?.Domains[i]))
            .Concat(card.Themes.Select((t, i) => (t.Score, card.Bands?.Themes[i])))
            .Append((card.Overall.Score, card.Bands?.Overall))
            .Where(s => s.Item1 is not null)
            .Select(s => (s.Item1!.Value, s.Item2));

    /// <summary>The assessment with every rating of each scored item set to one level, such as its lowest given.</summary>
    private static Assessment AtEach(Assessment assessment, ScoreCard card, Func<ItemScore, Progress> level)
        => new(assessment.Framework, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, assessment.Ratings.Select(r => r with { Progress = level(card.FindItem(r.ItemId)!.Value), Target = null }).ToEquatableArray());

    /// <summary>An assessment of the 2018 checklist from rows "ITEM level level …", one level per partner, "-" for none.</summary>
    private static Assessment Partners(int partners, params string[] rows)
    {
        var builder = AssessmentBuilder.For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), Assessed);
        for (var p = 1; p <= partners; p++)
        {
            builder = builder.WithAssessor($"p{p}", $"Partner {p}", PartnerKind.Vcse);
        }

        foreach (var row in rows)
        {
            var tokens = row.Split(' ');
            for (var p = 1; p < tokens.Length; p++)
            {
                if (tokens[p] != "-")
                {
                    builder = builder.Rate(tokens[0], $"p{p}", (Progress)int.Parse(tokens[p], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return builder.Build();
    }
}
