using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

public sealed class ScoreExplanationTests
{
    [Fact]
    public void A_domain_score_names_its_rule_every_counted_item_with_its_points_and_what_was_left_out()
    {
        var assessment = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .Rate("TRA.1", "council", Progress.InPlace)
            .Rate("TRA.3", "council", Progress.UnderDevelopment)
            .Rate("TRA.5", "council", Progress.NotApplicable)
            .Build();
        var report = ScoreCardReport.For(Scorer.Score(assessment), assessment);

        Assert.Equal(
            "62.5: the mean of 2 rated items, TRA.1 in place 75 and TRA.3 under development 50. Not counted: TRA.2, TRA.4, TRA.6 and TRA.7 unrated; TRA.5 not applicable.",
            ScoreExplanation.Of(report, "TRA").ToText().Plain);
        Assert.Equal("No score: no item is rated. Not counted: PCC.1, PCC.2, PCC.3, PCC.4, PCC.5, PCC.6, PCC.7, PCC.8, PCC.9, PCC.10, PCC.11 and PCC.12 unrated.", ScoreExplanation.Of(report, "PCC").ToText().Plain);
    }

    [Fact]
    public void Weights_and_the_weakest_link_are_named_in_the_explanation()
    {
        var assessment = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .Rate("TRA.1", "council", Progress.InPlace)
            .Rate("TRA.3", "council", Progress.Planned)
            .Build();
        var weighted = new ScoringPolicyBuilder("tra-1-counts-thrice").WeightItem("TRA.1", 3).Build();

        Assert.StartsWith(
            "62.5: the weighted mean of 2 rated items, TRA.1 in place 75 (weight 3) and TRA.3 planned 25 (weight 1).",
            ScoreExplanation.Of(ScoreCardReport.For(Scorer.Score(assessment, weighted), assessment, weighted), "TRA").ToText().Plain,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "25.0: the lowest of 2 rated items, TRA.1 in place 75 and TRA.3 planned 25.",
            ScoreExplanation.Of(ScoreCardReport.For(Scorer.Score(assessment, ScoringPolicy.WeakestLink), assessment, ScoringPolicy.WeakestLink), "TRA").ToText().Plain,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "14.3: the mean of 7 items, TRA.1 in place 75, TRA.2 unrated, counted as not started 0,",
            ScoreExplanation.Of(ScoreCardReport.For(Scorer.Score(assessment, ScoringPolicy.UnratedAsNotStarted), assessment, ScoringPolicy.UnratedAsNotStarted), "TRA").ToText().Plain,
            StringComparison.Ordinal);
    }

    /// <summary>
    /// Whatever the ratings and the policy, the terms an explanation counts reproduce the domain's score by the rule it
    /// names, and every item of a domain in scope is either counted or said to be left out, once.
    /// </summary>
    [Property(MaxTest = 200, Arbitrary = [typeof(ScoringArbitraries)])]
    public Property The_counted_terms_reproduce_every_domain_score(Assessment assessment, NonNegativeInt policyChoice, PositiveInt seed)
    {
        var policy = Policy(assessment.Framework, policyChoice.Get % 4, seed.Get);
        var report = ScoreCardReport.For(Scorer.Score(assessment, policy), assessment, policy);
        var failures = new List<string>();
        foreach (var domain in assessment.Framework.Checklist.Domains)
        {
            var explanation = ScoreExplanation.Of(report, domain.Code);
            var score = report.Card.FindDomain(domain.Code)!.Value;
            if (explanation.Excluded != score.Excluded)
            {
                failures.Add($"{domain.Code}: excluded {explanation.Excluded}, card {score.Excluded}");
            }

            if (score.Excluded)
            {
                continue;
            }

            var listed = explanation.Counted.Select(t => t.ItemId).Concat(explanation.Unrated).Concat(explanation.NotApplicable).Order(StringComparer.Ordinal);
            if (!listed.SequenceEqual(domain.Items.Select(i => i.Id).Order(StringComparer.Ordinal)))
            {
                failures.Add($"{domain.Code}: lists {string.Join(",", listed)}");
            }

            double? recomputed = explanation.Counted.Count == 0 ? null
                : explanation.Rule == "lowest" ? explanation.Counted.Min(t => t.Points)
                : explanation.Counted.Sum(t => t.Points * t.Weight) / explanation.Counted.Sum(t => t.Weight);
            if (recomputed is null != score.Score is null || (recomputed is { } r && Math.Abs(r - score.Score!.Value) > 1e-9))
            {
                failures.Add($"{domain.Code}: {explanation.Rule} of terms {recomputed}, card {score.Score}");
            }

            var sentence = explanation.ToText().Plain;
            if (score.Score is { } s && !sentence.StartsWith(Display.Score(s) + ":", StringComparison.Ordinal))
            {
                failures.Add($"{domain.Code}: '{sentence}'");
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    private static ScoringPolicy Policy(Framework framework, int choice, int seed)
    {
        if (choice < 3)
        {
            return ScoringPolicy.Named[choice];
        }

        var random = new Random(seed);
        var builder = new ScoringPolicyBuilder("weighted");
        foreach (var item in framework.Checklist.Items.Where(_ => random.Next(3) == 0))
        {
            builder.WeightItem(item.Id, random.Next(1, 8) / 2.0);
        }

        return builder.Build();
    }
}
