using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Peers;
using IntegrationFramework.Scoring;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Peers;

public sealed class LearningPartnersTests
{
    [Fact]
    public void Peers_at_least_15_points_ahead_in_the_weakest_domains_are_named_with_case_examples()
    {
        var own = PeerGroupTests.Card("E1", Progress.Planned, framework: Frameworks.ShiftingTheCentreOfGravity2018);
        var ahead = PeerGroupTests.Card("P1", Progress.InPlace, framework: Frameworks.ShiftingTheCentreOfGravity2018);
        var level = PeerGroupTests.Card("P2", Progress.Planned, framework: Frameworks.ShiftingTheCentreOfGravity2018);

        var partners = LearningPartners.Match(own, [ahead, level]);

        Assert.Equal(LearningPartners.WeakestDomains, partners.Leaders.Count);
        Assert.All(partners.Leaders, d =>
        {
            Assert.Equal(["P1"], d.Peers.Select(p => p.Footprint.Code));
            Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.CaseExamplesFor(d.Domain), d.CaseExamples);
        });

        // P1 is ahead everywhere: it is not a complementary pair, as E1 leads it nowhere.
        Assert.Empty(partners.Pairs);
    }

    [Property(MaxTest = 200)]
    public Property Every_named_peer_is_far_enough_ahead_and_every_pair_is_complementary(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var cards = Enumerable.Range(0, random.Next(2, 10))
            .Select(i => Relabel(Scorer.Score(AssessmentGenerators.Build(random, Frameworks.ShiftingTheCentreOfGravity2018, 2, 70, 10, false, false)), $"P{i}"))
            .ToList();
        var own = cards[0];

        var partners = LearningPartners.Match(own, cards);

        var named = partners.Leaders.All(d => d.Peers.Count <= LearningPartners.PeersPerDomain
            && d.Peers.All(p => p.Score >= d.Score + LearningPartners.Lead && p.Footprint.Code != own.Footprint.Code));
        var weakest = own.Domains.Where(d => d.Score is not null).OrderBy(d => d.Score).Take(3).Select(d => d.Code).ToHashSet();
        var paired = partners.Pairs.All(p =>
        {
            var peer = cards.Single(c => c.Footprint.Code == p.Peer.Code);
            var peerWeakest = peer.Domains.Where(d => d.Score is not null).OrderBy(d => d.Score).Take(3).Select(d => d.Code).ToHashSet();
            return weakest.Contains(p.TheyLeadIn) && peerWeakest.Contains(p.YouLeadIn)
                && peer.FindDomain(p.TheyLeadIn)!.Value.Score - own.FindDomain(p.TheyLeadIn)!.Value.Score >= LearningPartners.Lead
                && own.FindDomain(p.YouLeadIn)!.Value.Score - peer.FindDomain(p.YouLeadIn)!.Value.Score >= LearningPartners.Lead;
        });
        return (named && paired && partners.Leaders.Select(d => d.Domain).ToHashSet().SetEquals(weakest)).Label($"seed {seed.Get}");
    }

    private static ScoreCard Relabel(ScoreCard card, string code)
    {
        var json = IntegrationFramework.Serialization.ScoreCardJson.Serialize(card).Replace($"\"code\": \"{card.Footprint.Code}\"", $"\"code\": \"{code}\"", StringComparison.Ordinal);
        return IntegrationFramework.Serialization.ScoreCardJson.Parse(json).Value!;
    }
}
