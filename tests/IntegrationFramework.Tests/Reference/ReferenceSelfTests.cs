namespace IntegrationFramework.Tests.Reference;

// Hand-worked checks of the reference scorer: the numbers in the comments were worked on paper from the rules.
public sealed partial class ReferenceSelfTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Two_partners_two_items_worked_by_hand()
    {
        // I1 (weight 2): P 1 (target 3), Q 2 (target 4) → median of two = (1 + 2)/2 = 1.5 → 37.5 points; target
        //   (3 + 4)/2 = 3.5 set by 2 partners; gap 3.5 − 1.5 = 2.
        // I2 (weight 1): P 3, Q notApplicable → 1 NA of 2 ratings is not MORE than half → applicable, consensus 3 → 75.
        // Domain = (2·37.5 + 1·75)/3 = 150/3 = 50 exactly → developing (50 belongs to the lower stage); coverage 2/2.
        var result = ReferenceScoring.Score(RefBuilder.Build(["P", "Q"], [], "T D I1*2 1>3 2>4", "T D I2 3 n"));
        var i1 = result.Items[0];
        var i2 = result.Items[1];
        Assert.Equal((RefItemStatus.Rated, 1.5, 37.5, 3.5, 2, 2.0), (i1.Status, i1.Consensus, i1.Points, i1.Target, i1.TargetSetters, i1.Gap));
        Assert.Equal((RefItemStatus.Rated, 3.0, 75.0, (double?)null, 0), (i2.Status, i2.Consensus, i2.Points, i2.Target, i2.TargetSetters));
        var domain = result.Domains.Single().Score;
        Assert.Equal(50, domain.Score!.Value, Tolerance);
        Assert.Equal(1.0, domain.Coverage);
        Assert.Equal(RefStage.Developing, domain.Stage);
        Assert.Null(domain.Band); // 2 partners: no band
        Assert.Equal(RefStage.Developing, result.Themes.Single().Score.Stage);
        Assert.Equal(50, result.Overall.Score!.Value, Tolerance);

        // Target score: I1 at its target 3.5 (87.5 points), I2 at its consensus (75): (2·87.5 + 75)/3 = 250/3.
        Assert.Equal(250.0 / 3, result.Domains.Single().TargetScore!.Value, Tolerance);

        // Alpha: only I1 has 2 values (1, 2): o₁₂ = o₂₁ = 1, n₁ = n₂ = 1, n = 2; δ²₁₂ = (1 + 1 − 1)² = 1;
        // α = 1 − (2 − 1)·1·1 / (1·1·1) = 0; one unit → no band.
        Assert.Equal(new RefAlpha(0, null, null, 1), result.Domains.Single().Alpha);

        // Rule 7: P on I1: 1 − median(2) = −1; on I2 Q has no level → not counted. Q: 2 − 1 = +1. No split item.
        Assert.Equal(new RefPartnerPattern("P", -1, 1, 0), result.Partners[0]);
        Assert.Equal(new RefPartnerPattern("Q", 1, 1, 0), result.Partners[1]);
    }

    [Fact]
    public void Not_applicable_majority_coverage_withholding_and_scope()
    {
        // D1: X = (n, n, 3): 2 of 3 NA → not applicable. Y = (1, 2, n): 1 of 3 NA → rated, median(1, 2) = 1.5 → 37.5.
        //     Z and W: no rating → unrated but applicable. Coverage = 1 rated ÷ 3 applicable < 0.5 → no stage.
        // D2 (theme T2): V = (4, 4, 4) → 100, coverage 1 → thriving. D3 (theme T2) is excluded: its 0s are not scored.
        // T1 = 37.5 (no stage: D1 has none); T2 = 100 (thriving); overall = (37.5 + 100)/2 = 68.75, no stage (D1).
        var result = ReferenceScoring.Score(RefBuilder.Build(
            ["A", "B", "C"],
            ["D3"],
            "T1 D1 X n n 3", "T1 D1 Y 1 2 n", "T1 D1 Z - - -", "T1 D1 W - - -", "T2 D2 V 4 4 4", "T2 D3 U 0 0 0"));
        Assert.Equal(
            [RefItemStatus.NotApplicable, RefItemStatus.Rated, RefItemStatus.Unrated, RefItemStatus.Unrated, RefItemStatus.Rated, RefItemStatus.Rated],
            result.Items.Select(i => i.Status));
        Assert.Equal(new RefScore(37.5, 1.0 / 3, null, null), result.Domains[0].Score);
        Assert.Equal(new RefScore(100, 1, RefStage.Thriving, null), result.Domains[1].Score);
        Assert.False(result.Domains[2].InScope);
        Assert.Null(result.Domains[2].Score.Score);
        Assert.Equal(new RefScore(37.5, 1.0 / 3, null, null), result.Themes[0].Score);
        Assert.Equal(new RefScore(100, 1, RefStage.Thriving, null), result.Themes[1].Score);
        Assert.Equal(new RefScore(68.75, 2.0 / 4, null, null), result.Overall);

        // (n, n, 3, 3): 2 NA of 4 is exactly half, not more → rated 3.
        Assert.Equal((RefItemStatus.Rated, 3.0), ReferenceScoring.ItemConsensus([3, 3], 2));
    }

    [Fact]
    public void Even_count_medians_give_halves()
    {
        Assert.Equal(1.5, ReferenceScoring.Median([1, 2]));
        Assert.Equal(2.0, ReferenceScoring.Median([4, 0, 3, 1]));
        Assert.Equal(1.5, ReferenceScoring.Median([0, 1, 2, 4]));
        Assert.Equal(3.0, ReferenceScoring.Median([4, 3, 0]));
        Assert.Null(ReferenceScoring.Median([]));
        var (_, consensus) = ReferenceScoring.ItemConsensus([2, 3], 0);
        Assert.Equal(2.5, consensus);
        Assert.Equal(62.5, ReferenceScoring.Score(RefBuilder.Build(["A", "B"], [], "T D I 2 3")).Items[0].Points);
    }

    [Theory]
    [InlineData(0, RefStage.Emerging)]
    [InlineData(25, RefStage.Emerging)]
    [InlineData(25.000001, RefStage.Developing)]
    [InlineData(50, RefStage.Developing)]
    [InlineData(50.1, RefStage.Maturing)]
    [InlineData(75, RefStage.Maturing)]
    [InlineData(75.0001, RefStage.Thriving)]
    [InlineData(100, RefStage.Thriving)]
    public void Stage_boundaries_belong_to_the_lower_stage(double score, RefStage stage) =>
        Assert.Equal(stage, ReferenceScoring.StageOf(score));

    [Theory]
    [InlineData(new[] { 0, 0, 0, 4, 4, 4 }, true)]        // consensus 2; all 6 are 2 away; need max(2, 2) = 2
    [InlineData(new[] { 0, 2, 2, 2, 4 }, true)]           // consensus 2; 2 are 2 away; need max(2, ⌈5/3⌉ = 2) = 2
    [InlineData(new[] { 0, 0, 2, 2, 2, 2, 4 }, true)]     // consensus 2; 3 away; need max(2, ⌈7/3⌉ = 3) = 3
    [InlineData(new[] { 0, 2, 2, 2, 2, 2, 4 }, false)]    // consensus 2; 2 away < 3 (split, not uncertain)
    [InlineData(new[] { 0, 4, 4 }, false)]                // consensus 4; only the 0 is away
    [InlineData(new[] { 0, 2, 4 }, true)]                 // consensus 2; 0 and 4 are 2 away
    [InlineData(new[] { 1, 2 }, false)]                   // consensus 1.5; nobody is 2 away
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 2, 4, 4, 4 }, true)]  // consensus (0 + 0)/2 = 0; 4 away ≥ max(2, ⌈10/3⌉ = 4)
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 4, 4, 4 }, false)] // consensus 0; 3 away < 4
    public void Uncertain_items(int[] levels, bool uncertain)
    {
        var (_, consensus) = ReferenceScoring.ItemConsensus(levels, 0);
        Assert.Equal(uncertain, ReferenceScoring.IsUncertain(levels, consensus!.Value));
    }

    [Fact]
    public void Partner_pattern_counts_each_tied_partner()
    {
        // One item P 0, Q 2, R 4: consensus 2, spread 4 → split (and uncertain: 2 of 3 are 2 away, need 2).
        // Others' medians: P: median(2, 4) = 3 → 0 − 3 = −3; Q: median(0, 4) = 2 → 0; R: median(0, 2) = 1 → +3.
        // Furthest out: |0 − 2| = |4 − 2| = 2 tie → P and R both count the item; Q does not.
        var result = ReferenceScoring.Score(RefBuilder.Build(["P", "Q", "R"], [], "T D I 0 2 4"));
        Assert.True(result.Items[0].Split);
        Assert.Equal(
            [new RefPartnerPattern("P", -3, 1, 1), new RefPartnerPattern("Q", 0, 1, 0), new RefPartnerPattern("R", 3, 1, 1)],
            result.Partners);
    }

    [Fact]
    public void Targets_take_the_median_of_the_targets_set()
    {
        // Targets 2, 4 and 4 (the last on a notApplicable rating) → median 4, 3 setters; consensus median(1, 1) = 1.
        // An item without targets has no target, no setters and no gap.
        var result = ReferenceScoring.Score(RefBuilder.Build(["A", "B", "C"], [], "T D I 1>2 1>4 n>4", "T D J 1 2 3"));
        Assert.Equal((4.0, 3, 3.0), (result.Items[0].Target!.Value, result.Items[0].TargetSetters, result.Items[0].Gap!.Value));
        Assert.Equal(((double?)null, 0, (double?)null), (result.Items[1].Target, result.Items[1].TargetSetters, result.Items[1].Gap));
    }
}
