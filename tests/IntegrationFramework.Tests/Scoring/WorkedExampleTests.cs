using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

/// <summary>
/// Assessments scored by hand, with the working in the comments. Every domain score (and the alphas) is asserted to
/// 1e-9; the alphas were also checked against an independent pairwise implementation of Krippendorff's definition.
/// </summary>
public sealed class WorkedExampleTests
{
    private const double Precision = 1e-9;
    private static readonly Footprint Place = new("E08000018", "Rotherham", Level.Place, 265_800);

    // Example 1: two assessors (a council and a VCSE organisation), the LGA characteristics.
    //
    // IND  IND.1  council inPlace (3), vcse planned (1)    levels [1,3], median (1 + 3) / 2 = 2 -> 50 points; spread 2 -> partial
    //      IND.2  embedded (4), embedded (4)               -> 4 -> 100; agreement
    //      IND.3  notApplicable, notApplicable             2 of 2 say so (more than half) -> not applicable, leaves everything
    //      IND.4  unrated
    //      score = (50 + 100) / 2 = 75, maturing (75 belongs to the lower stage); coverage = rated 2 / applicable 3
    //      alpha: units {1,3} and {4,4}; n1=1 n3=1 n4=2, n=4; o13=o31=1, o44=2
    //             d(1,3)=2-1=1, d(1,4)=4-1.5=2.5, d(3,4)=3-1.5=1.5
    //             observed = 2·1·1 = 2; expected = 2·(1·1·1 + 1·2·6.25 + 1·2·2.25) = 36; alpha = 1 - 3·2/36 = 5/6
    // COMMUNITY.1  2, 2 -> 50           COMMUNITY.2  0, 3 -> median 1.5 -> 37.5 points; spread 3 -> split; each level
    //              1.5 from the median, none 2 or more, so not uncertain
    //          .3  3, notApplicable -> 1 of 2 is not more than half, so applicable; levels [3] -> 75
    //          .4  1, 2 -> 1.5 -> 37.5
    //      score = (50 + 37.5 + 75 + 37.5) / 4 = 50, developing; coverage 4/4
    //      alpha over {2,2}, {0,3}, {1,2} ({3} has one value): = -52/93
    // PROVIDERS  unrated: no score, coverage 0/6, no alpha
    // BOARDS     excluded (its rating is kept, not scored)
    // NATIONAL.1  3 (target 4), 3 (target 3) -> 75; targets [3,4] -> 3.5; gap +0.5
    //         .2  1 (target 2), 4 -> median 2.5 -> 62.5; split; target 2 (one partner set it); gap -0.5
    //      score = (75 + 62.5) / 2 = 68.75; coverage 2/5, below half, so no stage; target score = (87.5 + 50) / 2 = 68.75
    //      alpha over {3,3}, {1,4}: n1=1 n3=2 n4=1; observed 2·1·9 = 18; expected 36; alpha = 1 - 3·18/36 = -1/2
    // Theme = mean of 75, 50, 68.75 = 193.75/3; overall the same, with no stage (NATIONAL has none, PROVIDERS no score);
    // coverage = (2+4+0+2) / (3+4+6+5) = 8/18. Theme target = mean of 75, 50, 68.75 = 193.75/3
    private static Assessment Example1() => AssessmentBuilder
        .For(Frameworks.LgaPositionPaper, Place, new LocalDate(2021, 11, 1))
        .WithAssessor("council", "Rotherham Council", PartnerKind.Council)
        .WithAssessor("vcse", "Voluntary Action Rotherham", PartnerKind.Vcse)
        .Rate("IND.1", "council", Progress.InPlace).Rate("IND.1", "vcse", Progress.Planned)
        .Rate("IND.2", "council", Progress.Embedded).Rate("IND.2", "vcse", Progress.Embedded)
        .Rate("IND.3", "council", Progress.NotApplicable).Rate("IND.3", "vcse", Progress.NotApplicable)
        .Rate("COMMUNITY.1", "council", Progress.UnderDevelopment).Rate("COMMUNITY.1", "vcse", Progress.UnderDevelopment)
        .Rate("COMMUNITY.2", "council", Progress.NotStarted).Rate("COMMUNITY.2", "vcse", Progress.InPlace)
        .Rate("COMMUNITY.3", "council", Progress.InPlace).Rate("COMMUNITY.3", "vcse", Progress.NotApplicable)
        .Rate("COMMUNITY.4", "council", Progress.Planned).Rate("COMMUNITY.4", "vcse", Progress.UnderDevelopment)
        .Rate("BOARDS.1", "council", Progress.Embedded)
        .Rate("NATIONAL.1", "council", Progress.InPlace, Progress.Embedded).Rate("NATIONAL.1", "vcse", Progress.InPlace, Progress.InPlace)
        .Rate("NATIONAL.2", "council", Progress.Planned, Progress.UnderDevelopment).Rate("NATIONAL.2", "vcse", Progress.Embedded)
        .Excluding("BOARDS")
        .Build();

    [Fact]
    public void Example_1_two_assessors_with_not_applicable_unrated_and_excluded()
    {
        var card = Scorer.Score(Example1());

        AssertDomain(card, "IND", 75, 2.0 / 3, 5.0 / 6);
        AssertDomain(card, "COMMUNITY", 50, 1, -52.0 / 93);
        AssertDomain(card, "PROVIDERS", null, 0, null);
        AssertDomain(card, "NATIONAL", 68.75, 0.4, -0.5);
        Assert.Equal((Stage.Maturing, Stage.Developing, (Stage?)null), (card.FindDomain("IND")!.Value.Stage, card.FindDomain("COMMUNITY")!.Value.Stage, card.FindDomain("NATIONAL")!.Value.Stage));
        Assert.True(card.FindDomain("BOARDS")!.Value.Excluded);
        Assert.Null(card.FindDomain("BOARDS")!.Value.Score);
        Assert.Equal(68.75, card.FindDomain("NATIONAL")!.Value.TargetScore!.Value, Precision);
        Assert.Equal(193.75 / 3, card.Themes[0].Score!.Value, Precision);
        Assert.Equal(193.75 / 3, card.Themes[0].TargetScore!.Value, Precision);
        Assert.Equal(193.75 / 3, card.Overall.Score!.Value, Precision);
        Assert.Null(card.Themes[0].Stage);
        Assert.Null(card.Overall.Stage);
        Assert.Equal(8.0 / 18, card.Overall.Coverage!.Value, Precision);

        Assert.Equal(ItemScore.From("IND.1", ItemStatus.Rated, MedianLevel.Of(Progress.UnderDevelopment), 50, Agreement.Partial, 2, 0, null, 0, Progress.Planned, Progress.InPlace), card.FindItem("IND.1"));
        Assert.Equal(ItemScore.From("IND.3", ItemStatus.NotApplicable, null, null, null, 2, 2, null), card.FindItem("IND.3"));
        Assert.Equal(ItemScore.From("IND.4", ItemStatus.Unrated, null, null, null, 0, 0, null), card.FindItem("IND.4"));
        Assert.Equal(ItemScore.From("COMMUNITY.2", ItemStatus.Rated, MedianLevel.Above(Progress.Planned), 37.5, Agreement.Split, 2, 0, null, 0, Progress.NotStarted, Progress.InPlace), card.FindItem("COMMUNITY.2"));
        Assert.Equal(ItemScore.From("COMMUNITY.3", ItemStatus.Rated, MedianLevel.Of(Progress.InPlace), 75, Agreement.Full, 2, 1, null, 0, Progress.InPlace, Progress.InPlace), card.FindItem("COMMUNITY.3"));
        Assert.Equal(ItemScore.From("BOARDS.1", ItemStatus.Excluded, null, null, null, 1, 0, null), card.FindItem("BOARDS.1"));
        Assert.Equal((Agreement.Split, MedianLevel.Of(Progress.UnderDevelopment), 1), (card.FindItem("NATIONAL.2")!.Value.Agreement, card.FindItem("NATIONAL.2")!.Value.Target, card.FindItem("NATIONAL.2")!.Value.TargetSetters));
        Assert.Equal(-0.5, card.FindItem("NATIONAL.2")!.Value.Gap);
        Assert.Equal((MedianLevel.Above(Progress.InPlace), 2, 0.5), (card.FindItem("NATIONAL.1")!.Value.Target!.Value, card.FindItem("NATIONAL.1")!.Value.TargetSetters, card.FindItem("NATIONAL.1")!.Value.Gap));
    }

    // Example 1 again, under a weakest-link policy: each score is the lowest of its parts.
    // IND = min(50, 100) = 50; COMMUNITY = min(50, 37.5, 75, 37.5) = 37.5; NATIONAL = min(75, 62.5) = 62.5; theme = min = 37.5.
    [Fact]
    public void Example_1_under_a_weakest_link_policy()
    {
        var policy = new ScoringPolicyBuilder("weakest-link").Aggregate(Aggregation.WeakestLink).Build();

        var card = Scorer.Score(Example1(), policy);

        AssertDomain(card, "IND", 50, 2.0 / 3, 5.0 / 6);
        AssertDomain(card, "COMMUNITY", 37.5, 1, -52.0 / 93);
        AssertDomain(card, "NATIONAL", 62.5, 0.4, -0.5);
        Assert.Equal(37.5, card.Overall.Score!.Value, Precision);
        Assert.Equal("weakest-link", card.PolicyId);
    }

    // Example 2: five assessors, the 2018 checklist.
    //
    // GOV.1  0,1,2,3,4           sorted, the middle one (of 5) -> 2 -> 50; spread 4 -> split; 0 and 4 stand 2 from the
    //                            median, and 2 >= max(2, ceil(5/3)) -> uncertain
    // GOV.2  3,3,3,3, n/a        1 of 5 n/a; [3,3,3,3] midpoint of 3 and 3 -> 3 -> 75
    // GOV.3  n/a,n/a,n/a, 2, 4   3 of 5 n/a -> not applicable
    // GOV.4  1,2,2,4,4           -> 2 -> 50; spread 3 -> split; the two 4s stand 2 from it -> uncertain
    // GOV.5  n/a,n/a, 4,4        (carers did not rate) 2 of 4 is not more than half; [4,4] -> 4 -> 100
    //   score = (50 + 75 + 50 + 100) / 4 = 68.75, maturing; coverage 4/4
    //   alpha over {0,1,2,3,4}, {3,3,3,3}, {1,2,2,4,4}, {4,4}: n = [1,2,3,5,5], n = 16
    //     sum over c<k of o·d² = 288.75 (observed 577.5); sum over c<k of n·n·d² = 5080 (expected 10160)
    //     alpha = 1 - 15·577.5/10160 = 599/4064
    // WFD.1  2,2,2,3,3 -> 2 -> 50; WFD.2-7 unrated: score 50, coverage 1/7, so no stage
    //   alpha over one unit {2,2,2,3,3}: o23 = 1.5, d(2,3)² = 6.25; observed 18.75, expected 75 -> 1 - 4·18.75/75 = 0
    // Theme SL = mean(68.75, 50) = 59.375; SO and SS have no score; overall = 59.375; no stage for either (WFD has none)
    // Overall coverage = (4 + 1) / (86 items - 1 not applicable) = 5/85
    private static Assessment Example2()
    {
        string[] ids = ["council", "ccg", "trust", "vcse", "carers"];
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E06000026", "Plymouth", Level.Place), new LocalDate(2018, 10, 1))
            .WithAssessor("council", "Plymouth City Council", PartnerKind.UnitaryCouncil)
            .WithAssessor("ccg", "NEW Devon CCG", PartnerKind.ClinicalCommissioningGroup)
            .WithAssessor("trust", "Livewell Southwest", PartnerKind.Vcse)
            .WithAssessor("vcse", "Plymouth VCSE forum", PartnerKind.Vcse)
            .WithAssessor("carers", "Carers' group", PartnerKind.Carers);
        var n = Progress.NotApplicable;
        (string Item, Progress?[] Levels)[] rows =
        [
            ("GOV.1", [Progress.NotStarted, Progress.Planned, Progress.UnderDevelopment, Progress.InPlace, Progress.Embedded]),
            ("GOV.2", [Progress.InPlace, Progress.InPlace, Progress.InPlace, Progress.InPlace, n]),
            ("GOV.3", [n, n, n, Progress.UnderDevelopment, Progress.Embedded]),
            ("GOV.4", [Progress.Planned, Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.Embedded, Progress.Embedded]),
            ("GOV.5", [n, n, Progress.Embedded, Progress.Embedded, null]),
            ("WFD.1", [Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.InPlace, Progress.InPlace]),
        ];
        foreach (var (item, levels) in rows)
        {
            for (var a = 0; a < ids.Length; a++)
            {
                if (levels[a] is { } level)
                {
                    builder = builder.Rate(item, ids[a], level);
                }
            }
        }

        return builder.Build();
    }

    [Fact]
    public void Example_2_five_assessors_with_not_applicable_majorities_and_minorities()
    {
        var card = Scorer.Score(Example2());

        AssertDomain(card, "GOV", 68.75, 1, 599.0 / 4064);
        AssertDomain(card, "WFD", 50, 1.0 / 7, 0);
        foreach (var code in new[] { "TRA", "PCC", "PRV", "CUL", "LEA", "PBS", "COM", "INF" })
        {
            AssertDomain(card, code, null, 0, null);
        }

        Assert.Equal([null, 59.375, null], card.Themes.Select(t => t.Score));
        Assert.Equal(59.375, card.Overall.Score!.Value, Precision);
        Assert.Equal(5.0 / 85, card.Overall.Coverage!.Value, Precision);
        Assert.Equal(ItemStatus.NotApplicable, card.FindItem("GOV.3")!.Value.Status);
        Assert.Equal(ItemScore.From("GOV.5", ItemStatus.Rated, MedianLevel.Of(Progress.Embedded), 100, Agreement.Full, 4, 2, null, 0, Progress.Embedded, Progress.Embedded), card.FindItem("GOV.5"));
        Assert.Equal(Agreement.Split, card.FindItem("GOV.1")!.Value.Agreement);
        Assert.Equal(Agreement.Split, card.FindItem("GOV.4")!.Value.Agreement);
        Assert.Equal(Stage.Maturing, card.FindDomain("GOV")!.Value.Stage);
        Assert.Null(card.FindDomain("WFD")!.Value.Stage);
        Assert.Equal(((Stage?)null, (Stage?)null), (card.FindTheme("SL")!.Value.Stage, card.Overall.Stage));
        Assert.Equal(["GOV.1", "GOV.4"], card.Items.Where(i => i.Uncertain).Select(i => i.ItemId));
    }

    // Example 3: three assessors, a policy that counts unrated items as not started and weighs TRA.1 ×3 and TRA ×2.
    //
    // TRA.1  4,4,3 -> [3,4,4] the middle one -> 4 -> 100 (weight 3)
    // TRA.2  2, n/a, 2 -> 1 of 3 n/a; [2,2] -> 50
    // TRA.3  n/a, n/a, 1 -> 2 of 3 n/a -> not applicable
    // TRA.4-7 unrated -> not started, 0 points (weight 1 each)
    //   score = (3·100 + 50 + 4·0) / (3 + 1 + 4) = 350/8 = 43.75; coverage = 2 rated / 6 applicable, so no stage
    //   alpha over {4,4,3}, {2,2}: n2=2 n3=1 n4=2, n=5; o44 = 1, o34 = o43 = 1, o22 = 2
    //     d(2,3)² = 2.25, d(2,4)² = 9, d(3,4)² = 2.25; observed = 2·1·2.25 = 4.5; expected = 2·(2·2.25 + 4·9 + 2·2.25) = 90
    //     alpha = 1 - 4·4.5/90 = 0.8
    // PCC.1  1,2,3 (targets 3,3,4) -> 2 -> 50; target 3; PCC.2-12 unrated -> 0
    //   score = 50/12; target score = 75/12; coverage 1/12
    //   alpha over one unit {1,2,3}: every pair is within the unit, so observed = expected disagreement: alpha = 0
    // Every other domain: all unrated -> 0 (not missing, under this policy); coverage 0
    // Theme SO = (2·43.75 + 50/12 + 0) / (2 + 1 + 1) = (87.5 + 50/12) / 4; SL = SS = 0
    // Overall = SO / 3, with no stage: under this policy unrated items count, but coverage is still what was rated
    [Fact]
    public void Example_3_three_assessors_a_weighted_policy_and_unrated_as_not_started()
    {
        var policy = new ScoringPolicyBuilder("worked")
            .WeightItem("TRA.1", 3)
            .WeightDomain("TRA", 2)
            .TreatUnratedAs(UnratedItems.NotStarted)
            .Build();
        var assessment = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("DORSET-N1", "A Dorset GP locality", Level.Neighbourhood), new LocalDate(2019, 3, 1))
            .WithAssessor("council", "Council", PartnerKind.Council)
            .WithAssessor("ccg", "CCG", PartnerKind.ClinicalCommissioningGroup)
            .WithAssessor("vcse", "VCSE", PartnerKind.Vcse)
            .Rate("TRA.1", "council", Progress.Embedded).Rate("TRA.1", "ccg", Progress.Embedded).Rate("TRA.1", "vcse", Progress.InPlace)
            .Rate("TRA.2", "council", Progress.UnderDevelopment).Rate("TRA.2", "ccg", Progress.NotApplicable).Rate("TRA.2", "vcse", Progress.UnderDevelopment)
            .Rate("TRA.3", "council", Progress.NotApplicable).Rate("TRA.3", "ccg", Progress.NotApplicable).Rate("TRA.3", "vcse", Progress.Planned)
            .Rate("PCC.1", "council", Progress.Planned, Progress.InPlace).Rate("PCC.1", "ccg", Progress.UnderDevelopment, Progress.InPlace).Rate("PCC.1", "vcse", Progress.InPlace, Progress.Embedded)
            .Build();

        var card = Scorer.Score(assessment, policy);

        AssertDomain(card, "TRA", 43.75, 2.0 / 6, 0.8);
        AssertDomain(card, "PCC", 50.0 / 12, 1.0 / 12, 0);
        Assert.Equal(75.0 / 12, card.FindDomain("PCC")!.Value.TargetScore!.Value, Precision);
        foreach (var code in new[] { "PRV", "CUL", "LEA", "GOV", "WFD", "PBS", "COM", "INF" })
        {
            AssertDomain(card, code, 0, 0, null);
        }

        var so = (87.5 + (50.0 / 12)) / 4;
        Assert.Equal(so, card.FindTheme("SO")!.Value.Score!.Value, Precision);
        Assert.Equal(0, card.FindTheme("SL")!.Value.Score!.Value, Precision);
        Assert.Equal(so / 3, card.Overall.Score!.Value, Precision);
        Assert.Equal(ItemScore.From("TRA.4", ItemStatus.Unrated, MedianLevel.Of(Progress.NotStarted), 0, null, 0, 0, null), card.FindItem("TRA.4"));
        Assert.Equal(1, card.FindItem("PCC.1")!.Value.Gap);
        Assert.Null(card.Overall.Stage);
    }

    private static void AssertDomain(ScoreCard card, string code, double? score, double? coverage, double? alpha)
    {
        var domain = card.FindDomain(code) ?? throw new InvalidOperationException($"No domain {code}.");
        AssertClose(score, domain.Score, $"{code} score");
        AssertClose(coverage, domain.Coverage, $"{code} coverage");
        AssertClose(alpha, domain.Alpha, $"{code} alpha");
        Assert.Equal(domain.Coverage >= 0.5 ? Stages.Of(domain.Score) : null, domain.Stage);
    }

    private static void AssertClose(double? expected, double? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected none, was {actual}.");
        }
        else
        {
            Assert.True(actual is not null, $"{what}: expected {expected}, was none.");
            Assert.True(Math.Abs(expected.Value - actual.Value) <= Precision, $"{what}: expected {expected}, was {actual}.");
        }
    }
}
