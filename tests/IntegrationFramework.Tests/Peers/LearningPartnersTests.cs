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

    [Fact]
    public void With_both_bands_a_peer_is_ahead_only_beyond_them_and_without_a_band_15_points_may_be_noise()
    {
        // Four partners a level apart on every item: the footprint's first domain has a score and a partner band.
        var builder = AssessmentBuilder.For(Frameworks.LgaPositionPaper, new IntegrationFramework.Geography.Footprint("E1", "Place E1", IntegrationFramework.Geography.Level.Place, 300_000), new NodaTime.LocalDate(2025, 10, 1));
        Progress[] levels = [Progress.Planned, Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.InPlace];
        for (var a = 0; a < levels.Length; a++)
        {
            builder = builder.WithAssessor($"a{a}", $"Partner {a}", IntegrationFramework.Partners.PartnerKind.Council);
        }

        foreach (var item in Frameworks.LgaPositionPaper.Checklist.Items)
        {
            for (var a = 0; a < levels.Length; a++)
            {
                builder = builder.Rate(item.Id, $"a{a}", levels[(a + item.Id.Length) % levels.Length]);
            }
        }

        var own = Scorer.ScoreWithBands(builder.Build());
        var domain = own.Domains[0].Code;
        var (score, band) = (own.Domains[0].Score!.Value, own.Bands!.Domains[0]!.Value);
        Assert.True(band.High > score, "the footprint's band has width");

        // A: above the top of the footprint's band, its own band's bottom above the footprint's score: ahead.
        // B: 20 points higher but its band reaches below the footprint's score: partner disagreement could explain it.
        // C: no band, 15 points higher: ahead, but it may be noise. D: no band, 14 points: not ahead.
        var peerA = Peer("A", domain, band.High + 0.1, new ScoreBand(score + 0.1, band.High + 5, 1));
        var peerB = Peer("B", domain, score + 20, new ScoreBand(score - 0.1, score + 30, 1));
        var peerC = Peer("C", domain, score + LearningPartners.Lead, null);
        var peerD = Peer("D", domain, score + LearningPartners.Lead - 1, null);

        var leaders = LearningPartners.Match(own, [peerA, peerB, peerC, peerD]).Leaders.Single(l => l.Domain == domain);

        Assert.Equal([.. new[] { ("A", false, band.High + 0.1), ("C", true, score + LearningPartners.Lead) }.OrderByDescending(p => p.Item3).Select(p => (p.Item1, p.Item2))], leaders.Peers.Select(p => (p.Footprint.Code, p.MayBeNoise)));

        PeerCard Peer(string code, string domainCode, double value, ScoreBand? peerBand)
            => PeerCard.Of(own) with
            {
                Footprint = new IntegrationFramework.Geography.Footprint(code, $"Place {code}", IntegrationFramework.Geography.Level.Place, 300_000),
                Domains = [.. own.Domains.Select(x => new PeerDomainScore(x.Code, x.Code == domainCode ? value : 0, x.Code == domainCode ? peerBand : null))],
            };
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
            && d.Peers.All(p => p.Score >= d.Score + LearningPartners.Lead && p.MayBeNoise && p.Footprint.Code != own.Footprint.Code));
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
