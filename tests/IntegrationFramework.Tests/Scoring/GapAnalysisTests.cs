using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

public sealed class GapAnalysisTests
{
    private static ScoreCard Card(Level level, ScoringPolicy? policy = null) => Scorer.Score(
        AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("F", "Footprint", level), new LocalDate(2019, 1, 1))
            .WithAssessor("a", "A", PartnerKind.Council)
            .WithAssessor("b", "B", PartnerKind.Vcse)
            .Rate("TRA.1", "a", Progress.InPlace, Progress.Embedded).Rate("TRA.1", "b", Progress.InPlace)           // consensus 3, target 4: gap 1
            .Rate("TRA.2", "a", Progress.Planned, Progress.InPlace).Rate("TRA.2", "b", Progress.Planned)             // consensus 1, target 3: gap 2
            .Rate("TRA.3", "a", Progress.NotStarted).Rate("TRA.3", "b", Progress.InPlace, Progress.InPlace)           // split; consensus 1.5, target 3: gap 1.5
            .Rate("TRA.4", "a", Progress.Embedded).Rate("TRA.4", "b", Progress.Embedded)                             // gap 0: not listed
            .Rate("TRA.5", "a", Progress.InPlace).Rate("TRA.5", "b", Progress.InPlace)                               // no target: at its target, not listed (TRA scores 62.5)
            .Rate("TRA.6", "a", Progress.Planned).Rate("TRA.6", "b", Progress.Embedded)                              // split (consensus 2.5), no target: listed, gap 0
            .Rate("PBS.1", "a", Progress.Planned, Progress.Embedded).Rate("PBS.1", "b", Progress.Planned)           // PBS scores 25: weak; gap 3
            .Rate("INF.1", "a", Progress.NotStarted, Progress.Embedded).Rate("INF.1", "b", Progress.NotStarted)     // INF scores 0: weakest; gap 4
            .Build(),
        policy);

    [Fact]
    public void Split_items_come_first_then_items_by_weighted_gap()
    {
        var analysis = GapAnalysis.Of(Card(Level.Place));

        Assert.Equal(["TRA.3", "TRA.6", "INF.1", "PBS.1", "TRA.2", "TRA.1"], analysis.Items.Select(i => i.ItemId));
        Assert.Equal(new ItemGap("TRA.3", "TRA", MedianLevel.Above(Progress.Planned), MedianLevel.Of(Progress.InPlace), false, 1.5, 1, 1.5, true), analysis.Items[0]);
        Assert.Equal(new ItemGap("TRA.6", "TRA", MedianLevel.Above(Progress.UnderDevelopment), MedianLevel.Above(Progress.UnderDevelopment), true, 0, 1, 0, true), analysis.Items[1]);
        Assert.Equal(new ItemGap("INF.1", "INF", MedianLevel.Of(Progress.NotStarted), MedianLevel.Of(Progress.Embedded), false, 4, 1, 4, false), analysis.Items[2]);
        Assert.Equal(new ItemGap("TRA.1", "TRA", MedianLevel.Of(Progress.InPlace), MedianLevel.Of(Progress.Embedded), false, 1, 1, 1, false), analysis.Items[^1]);
    }

    [Fact]
    public void An_item_without_a_target_has_no_gap_here_as_in_its_domains_target_score()
    {
        var card = Card(Level.Place);

        var analysis = GapAnalysis.Of(card);

        Assert.DoesNotContain(analysis.Items, i => i.ItemId == "TRA.5");
        Assert.Null(card.FindItem("TRA.5")!.Value.Target);
        // TRA's target score counts TRA.4, TRA.5 and TRA.6, without targets, at their consensus: (100 + 75 + 75 + 100 + 75 + 62.5) / 6 = 81.25.
        Assert.Equal(81.25, card.FindDomain("TRA")!.Value.TargetScore);
        Assert.StartsWith("An item without a target counts as at its target", GapAnalysis.NoTargetRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_weights_reorder_the_items()
    {
        var policy = new ScoringPolicyBuilder("transformation").WeightDomain("TRA", 3).Build();

        var analysis = GapAnalysis.Of(Card(Level.Place, policy), policy);

        // Split items first (TRA.3: 1.5 × 3, TRA.6: 0); then TRA.2: gap 2 × 3 = 6; INF.1: 4 × 1 = 4; TRA.1: 1 × 3 = 3 ties
        // PBS.1: 3 × 1 = 3, and ties keep the checklist's order.
        Assert.Equal(["TRA.3", "TRA.6", "TRA.2", "INF.1", "TRA.1", "PBS.1"], analysis.Items.Select(i => i.ItemId));
        Assert.Equal(6, analysis.Items[2].WeightedGap);
        Assert.Equal(analysis.Items[4].WeightedGap, analysis.Items[5].WeightedGap);
    }

    [Fact]
    public void Weak_domains_come_weakest_first_with_case_examples_at_the_footprints_level_first()
    {
        var neighbourhood = GapAnalysis.Of(Card(Level.Neighbourhood));
        var system = GapAnalysis.Of(Card(Level.System));

        Assert.Equal(["INF", "PBS"], neighbourhood.WeakDomains.Select(d => d.DomainCode));
        Assert.Equal([0, 25], neighbourhood.WeakDomains.Select(d => d.Score));
        // One item of each is rated, too little for a stage (at least half the applicable items).
        Assert.Equal(new Stage?[] { null, null }, neighbourhood.WeakDomains.Select(d => d.Stage));
        // The report's six examples of PBS (section 4, pp. 28 to 31): four at neighbourhood level, one place, one system.
        Assert.Equal(
            ["dorset-neighbourhood-planning", "nottinghamshire-multidisciplinary-teams", "croydon-new-care-models", "rotherham-village", "north-east-lincolnshire-union", "greater-manchester-and-salford"],
            neighbourhood.WeakDomains[1].CaseExamples.Select(e => e.Id));
        Assert.Equal(
            ["greater-manchester-and-salford", "north-east-lincolnshire-union", "dorset-neighbourhood-planning", "nottinghamshire-multidisciplinary-teams", "croydon-new-care-models", "rotherham-village"],
            system.WeakDomains[1].CaseExamples.Select(e => e.Id));
    }

    [Fact]
    public void The_policy_must_be_the_one_the_card_was_scored_under()
    {
        var error = Assert.Throws<ArgumentException>(() => GapAnalysis.Of(Card(Level.Place), new ScoringPolicyBuilder("other").WeightItem("TRA.1", 2).Build()));

        Assert.StartsWith("The card was scored under the policy 'standard'; analyse it with that policy, not 'other'.", error.Message, StringComparison.Ordinal);
    }
}
