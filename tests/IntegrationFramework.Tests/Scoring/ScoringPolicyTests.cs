using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Scoring;

public sealed class ScoringPolicyTests
{
    [Fact]
    public void The_standard_policy_weighs_everything_1_treats_unrated_as_missing_and_takes_means()
    {
        var standard = ScoringPolicy.Standard;

        Assert.Equal("standard", standard.Id);
        Assert.Equal(UnratedItems.Missing, standard.UnratedItems);
        Assert.Equal(Aggregation.Mean, standard.Aggregation);
        Assert.Empty(standard.ItemWeights);
        Assert.Equal(1, standard.ItemWeight("TRA.1"));
        Assert.Equal(1, standard.DomainWeight("TRA"));
        Assert.Equal("standard (unrated missing, mean, 0 item and 0 domain weights)", standard.ToString());
    }

    [Fact]
    public void A_built_policy_keeps_its_rules_and_is_equal_to_one_built_the_same_way()
    {
        ScoringPolicy Build() => new ScoringPolicyBuilder("prevention-first").WeightDomain("PRV", 2).WeightItem("PCC.4", 3).WeightItem("PCC.5", 1).Build();

        var policy = Build();

        Assert.Equal(2, policy.DomainWeight("PRV"));
        Assert.Equal(3, policy.ItemWeight("PCC.4"));
        Assert.Equal(["PCC.4"], policy.ItemWeights.Keys);
        EqualityContract.AssertEqual(policy, Build());
        EqualityContract.AssertNotEqual(policy, ScoringPolicy.Standard);
    }

    [Fact]
    public void Rules_identical_to_the_standard_ones_may_be_called_standard()
        => EqualityContract.AssertEqual(ScoringPolicy.Standard, new ScoringPolicyBuilder("standard").WeightItem("TRA.1", 1).Build());

    [Fact]
    public void Changed_rules_may_not_be_called_standard()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScoringPolicyBuilder("standard").WeightItem("TRA.1", 2).Build());

        Assert.Equal($"The scoring policy 'standard' is not valid:{Environment.NewLine}The id 'standard' names the published rules; give a policy that changes them another id.", error.Message);
    }

    [Fact]
    public void The_named_policies_are_in_the_core_and_a_score_cards_policy_id_resolves_to_them()
    {
        Assert.Equal(["standard", "unrated-as-not-started", "weakest-link"], ScoringPolicy.Named.Select(p => p.Id));
        Assert.Equal((UnratedItems.NotStarted, Aggregation.Mean), (ScoringPolicy.UnratedAsNotStarted.UnratedItems, ScoringPolicy.UnratedAsNotStarted.Aggregation));
        Assert.Equal((UnratedItems.Missing, Aggregation.WeakestLink), (ScoringPolicy.WeakestLink.UnratedItems, ScoringPolicy.WeakestLink.Aggregation));
        Assert.All(ScoringPolicy.Named, p => Assert.Same(p, ScoringPolicy.Find(p.Id)));
        Assert.Null(ScoringPolicy.Find("prevention-first"));
        Assert.Null(ScoringPolicy.Find(null));
    }

    [Fact]
    public void Changed_rules_may_not_take_the_id_of_another_named_policy()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScoringPolicyBuilder("weakest-link").Build());

        Assert.Equal($"The scoring policy 'weakest-link' is not valid:{Environment.NewLine}The id 'weakest-link' names one of the library's named policies; give a policy with other rules another id.", error.Message);
        Assert.Equal(ScoringPolicy.WeakestLink, new ScoringPolicyBuilder("weakest-link").Aggregate(Aggregation.WeakestLink).Build());
    }

    [Fact]
    public void Build_lists_every_invalid_rule_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScoringPolicyBuilder(" ")
            .WeightItem("TRA.1", 0)
            .WeightItem("TRA.2", double.NaN)
            .WeightDomain("PRV", -1)
            .WeightDomain("", 2)
            .TreatUnratedAs((UnratedItems)9)
            .Aggregate((Aggregation)0)
            .Build());

        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "The scoring policy ' ' is not valid:",
                "The policy needs an id that is not blank; every score card records it.",
                "The treatment of unrated items must be one of Missing, NotStarted; it was 9.",
                "The aggregation must be one of Mean, WeakestLink; it was 0.",
                "The weight of item TRA.1 must be a finite number greater than 0; it was 0.",
                "The weight of item TRA.2 must be a finite number greater than 0; it was NaN.",
                "A domain weight is given for a blank domain; name the domain.",
                "The weight of domain PRV must be a finite number greater than 0; it was -1."),
            error.Message);
    }

    [Fact]
    public void Scoring_with_a_policy_that_weights_items_the_framework_lacks_is_refused()
    {
        var policy = new ScoringPolicyBuilder("for-2018").WeightItem("TRA.1", 2).WeightDomain("PRV", 2).Build();
        var assessment = new IntegrationFramework.Assessments.Assessment(Frameworks.LgaPositionPaper, new IntegrationFramework.Geography.Footprint("C", "N", IntegrationFramework.Geography.Level.Place), default, [], []);

        var error = Assert.Throws<ArgumentException>(() => Scorer.Score(assessment, policy));

        Assert.StartsWith("The policy 'for-2018' weights PRV, TRA.1, which the lga-position-paper checklist does not have; a policy is written for one framework.", error.Message, StringComparison.Ordinal);
    }
}
