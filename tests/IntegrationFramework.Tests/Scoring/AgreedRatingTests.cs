using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Scoring;

/// <summary>
/// What the consensus meeting agreed: it is the item's consensus, the rule's median is kept beside it, and
/// agreement and alpha stay the individual ratings'; it is written as schemaVersion 2 and reads back as itself.
/// </summary>
public sealed class AgreedRatingTests
{
    private static readonly LocalDate Assessed = new(2026, 3, 2);

    /// <summary>Two partners three levels apart on TRA.1, which their meeting settles at inPlace.</summary>
    private static AssessmentBuilder Croydon => AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), Assessed)
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("icb", "NHS South West London ICB", PartnerKind.IntegratedCareBoard)
        .Rate("TRA.1", "council", Progress.Planned, Progress.InPlace)
        .Rate("TRA.1", "icb", Progress.Embedded)
        .Rate("TRA.2", "council", Progress.Planned)
        .Rate("TRA.2", "icb", Progress.Planned);

    [Fact]
    public void The_agreed_level_is_the_consensus_and_the_median_is_kept_beside_it()
    {
        var met = Croydon.Agree("TRA.1", Progress.InPlace, "The alliance agreement is signed and in use.", Assessed.PlusDays(14), "Croydon consensus workshop", Progress.Embedded).Build();

        var before = Scorer.Score(Croydon.Build()).FindItem("TRA.1")!.Value;
        var after = Scorer.Score(met);
        var item = after.FindItem("TRA.1")!.Value;

        Assert.Equal((MedianLevel.Above(Progress.UnderDevelopment), false), (before.Consensus!.Value, before.AgreedByMeeting));
        Assert.Equal((MedianLevel.Of(Progress.InPlace), MedianLevel.Above(Progress.UnderDevelopment), true, 75.0), (item.Consensus!.Value, item.Median!.Value, item.AgreedByMeeting, item.Points!.Value));
        Assert.Equal(MedianLevel.Of(Progress.Embedded), item.Target);
        // Agreement stays the partners': they were three levels apart.
        Assert.Equal(Agreement.Split, item.Agreement);
        Assert.Equal(Scorer.Score(Croydon.Build()).FindDomain("TRA")!.Value.Alpha, after.FindDomain("TRA")!.Value.Alpha);
        Assert.Equal((75.0 + 25.0) / 2, after.FindDomain("TRA")!.Value.Score);
        // Once agreed, the work list no longer sends the item back to a consensus discussion.
        Assert.DoesNotContain(GapAnalysis.Of(after).Items, g => g.ItemId == "TRA.1" && g.NeedsConsensusDiscussion);
        Assert.Contains(GapAnalysis.Of(Scorer.Score(Croydon.Build())).Items, g => g.ItemId == "TRA.1" && g.NeedsConsensusDiscussion);
    }

    [Fact]
    public void A_meeting_can_agree_a_level_where_most_partners_said_not_applicable()
    {
        var met = Croydon.Rate("GOV.1", "council", Progress.NotApplicable).Rate("GOV.1", "icb", Progress.NotApplicable)
            .Agree("GOV.1", Progress.Planned, "The board agreed it applies here.", Assessed, "Health and wellbeing board").Build();

        var item = Scorer.Score(met).FindItem("GOV.1")!.Value;

        Assert.Equal((ItemStatus.Rated, MedianLevel.Of(Progress.Planned), (MedianLevel?)null, (Agreement?)null), (item.Status, item.Consensus!.Value, item.Median, item.Agreement));
    }

    [Fact]
    public void Every_agreed_rating_problem_has_its_path_and_says_what_to_do()
    {
        var bad = Croydon
            .Agree("TRA.9", Progress.InPlace, "Unknown.", Assessed, "Meeting")
            .Agree("PCC.1", Progress.InPlace, "Nobody rated it.", Assessed, "Meeting")
            .Agree("TRA.2", Progress.InPlace, "Below.", Assessed.PlusDays(-1), "Meeting", Progress.Planned)
            .Build();
        var twice = new Assessment(bad.Framework, bad.Footprint, bad.AssessedOn, bad.Assessors, bad.Ratings, [], [new AgreedRating("TRA.1", Progress.InPlace, "One.", Assessed, "Meeting"), new AgreedRating("TRA.1", Progress.Embedded, "Two.", Assessed, "Meeting")]);

        Assert.Equal(
            [
                new Problem(ProblemCodes.UnknownItem, "$.agreedRatings[0].item", "Item 'TRA.9' is not in the shifting-the-centre-of-gravity-2018 checklist; domain TRA has items TRA.1 to TRA.7."),
                new Problem(ProblemCodes.AgreedWithoutRatings, "$.agreedRatings[1].item", "Item PCC.1 has an agreed rating but no partner rated it; the meeting agrees among the partners' ratings, so add theirs, or remove the agreed rating."),
                new Problem(ProblemCodes.TargetBelowProgress, "$.agreedRatings[2].target", "The agreed target (planned) is below the agreed progress (inPlace); a target is the level aimed for, so it must be at least the progress."),
                new Problem(ProblemCodes.AgreedBeforeAssessment, "$.agreedRatings[2].agreedOn", "The rating was agreed on 2026-03-01, before the assessment (2026-03-02); the meeting agrees after the partners rate, so date it on or after the assessment."),
            ],
            bad.Validate());
        Assert.Equal(
            new Problem(ProblemCodes.DuplicateAgreedRating, "$.agreedRatings[1]", "Item TRA.1 is agreed more than once; the meeting agrees one rating an item: keep one (the first is $.agreedRatings[0])."),
            Assert.Single(twice.Validate()));
    }

    [Fact]
    public void An_agreed_rating_is_a_level_with_a_rationale_and_who_agreed_it()
    {
        var notApplicable = Assert.Throws<ArgumentOutOfRangeException>(() => new AgreedRating("TRA.1", Progress.NotApplicable, "Why.", Assessed, "Meeting"));
        Assert.StartsWith("An agreed rating's progress must be a level, from NotStarted to Embedded; it was NotApplicable.", notApplicable.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AgreedRating("TRA.1", Progress.InPlace, " ", Assessed, "Meeting"));
        Assert.Throws<ArgumentException>(() => new AgreedRating("TRA.1", Progress.InPlace, "Why.", Assessed, ""));
    }

    [Fact]
    public void A_file_with_agreed_ratings_is_schema_version_2_and_a_version_1_file_with_them_is_refused()
    {
        var met = Croydon.Agree("TRA.1", Progress.InPlace, "Signed.", Assessed, "Croydon consensus workshop").Build();

        var json = AssessmentJson.Serialize(met);
        Assert.Contains("\"schemaVersion\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"agreedRatings\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", AssessmentJson.Serialize(Croydon.Build()), StringComparison.Ordinal);
        Assert.DoesNotContain("agreedRatings", AssessmentJson.Serialize(Croydon.Build()), StringComparison.Ordinal);

        var asVersion1 = AssessmentJson.Parse(json.Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal));
        Assert.Null(asVersion1.Value);
        Assert.Equal(
            new Problem(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", "The file has agreed ratings, which need schemaVersion 2: a reader of version 1 would score it without them. Set schemaVersion to 2."),
            Assert.Single(asVersion1.Problems));
    }

    [Fact]
    public void A_bad_agreed_rating_in_a_file_names_its_path_and_the_levels_allowed()
    {
        var json = AssessmentJson.Serialize(Croydon.Agree("TRA.1", Progress.InPlace, "Signed.", Assessed, "Croydon consensus workshop").Build())
            .Replace("\"progress\": \"inPlace\",\n      \"rationale\"", "\"progress\": \"notApplicable\",\n      \"rationale\"", StringComparison.Ordinal)
            .Replace("\"agreedBy\": \"Croydon consensus workshop\"", "\"agreedBy\": \" \"", StringComparison.Ordinal);

        var read = AssessmentJson.Parse(json);

        Assert.Null(read.Value);
        Assert.Equal(["$.agreedRatings[0].progress", "$.agreedRatings[0].agreedBy"], read.Problems.Select(p => p.Path));
        Assert.Contains("notStarted, planned, underDevelopment, inPlace, embedded", read.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_carries_what_the_meeting_agreed_and_refuses_two_different_agreements_of_one_item()
    {
        var met = Croydon.Agree("TRA.1", Progress.InPlace, "Signed.", Assessed, "Croydon consensus workshop").Build();
        var council = new Assessment(met.Framework, met.Footprint, met.AssessedOn, [met.Assessors[0]], [.. met.Ratings.Where(r => r.AssessorId == "council")]);
        var icb = new Assessment(met.Framework, met.Footprint, met.AssessedOn, [met.Assessors[1]], [.. met.Ratings.Where(r => r.AssessorId == "icb")], [], met.AgreedRatings);

        var merged = AssessmentMerge.Merge([new PartnerFile("council.xlsx", council), new PartnerFile("meeting.json", icb)]);
        Assert.Equal(met.AgreedRatings, merged.Value!.AgreedRatings);
        Assert.Equal(Scorer.Score(met), Scorer.Score(merged.Value));

        var other = new Assessment(met.Framework, met.Footprint, met.AssessedOn, [met.Assessors[0]], [], [], [met.AgreedRatings[0] with { Progress = Progress.Embedded }]);
        var conflict = AssessmentMerge.Merge([new PartnerFile("meeting.json", icb), new PartnerFile("other.json", other)]);
        Assert.Null(conflict.Value);
        Assert.Equal(
            "TRA.1 is agreed as embedded on 2026-03-02 by Croydon consensus workshop: \"Signed.\" here and as inPlace on 2026-03-02 by Croydon consensus workshop: \"Signed.\" in meeting.json; the meeting agrees one rating an item: keep the one it agreed.",
            Assert.Single(conflict.Problems).Message);
    }

    /// <summary>
    /// Whatever the ratings and whatever the meeting agreed: an agreed item in scope is rated at the agreed level, its
    /// lower median and agreement are those of the individual levels, its target the agreed one or else the rule's; every
    /// other item, and every domain's alpha, is as if the meeting had not met.
    /// </summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(ScoringArbitraries)])]
    public Property An_agreed_rating_changes_its_item_consensus_and_target_and_nothing_the_partners_said(MetAssessment met)
    {
        var assessment = met.Value;
        var without = new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, assessment.Ratings, assessment.ExcludedDomains);
        var (card, plain) = (Scorer.Score(assessment), Scorer.Score(without));
        var failures = new List<string>();
        foreach (var item in card.Items)
        {
            var before = plain.FindItem(item.ItemId)!.Value;
            var agreed = assessment.AgreedRatings.FirstOrDefault(a => a.ItemId == item.ItemId);
            if (agreed is null || item.Status == ItemStatus.Excluded)
            {
                if (item != before)
                {
                    failures.Add($"{item.ItemId}: {item} but {before} without the meeting");
                }

                continue;
            }

            var levels = assessment.Ratings.Where(r => r.ItemId == item.ItemId && r.Progress.IsLevel()).Select(r => r.Progress).Order().ToList();
            var targets = assessment.Ratings.Where(r => r.ItemId == item.ItemId && r.Target is not null).Select(r => r.Target!.Value).Order().ToList();
            double? median = levels.Count > 0 ? ((int)levels[(levels.Count - 1) / 2] + (int)levels[levels.Count / 2]) / 2.0 : null;
            Agreement? agreement = levels.Count == 0 ? null : (levels[^1] - levels[0]) switch { <= 1 => Agreement.Full, 2 => Agreement.Partial, _ => Agreement.Split };
            double? target = agreed.Target is { } aim ? (int)aim : targets.Count > 0 ? ((int)targets[(targets.Count - 1) / 2] + (int)targets[targets.Count / 2]) / 2.0 : null;
            var expected = (ItemStatus.Rated, (double?)(int)agreed.Progress, (double?)agreed.Progress.Points(), true, median, agreement, target, before.Ratings);
            var actual = (item.Status, item.Consensus?.Value, item.Points, item.AgreedByMeeting, item.Median?.Value, item.Agreement, item.Target?.Value, item.Ratings);
            if (expected != actual)
            {
                failures.Add($"{item.ItemId}: {actual}, expected {expected}");
            }
        }

        foreach (var domain in card.Domains)
        {
            if (!Nullable.Equals(domain.Alpha, plain.FindDomain(domain.Code)!.Value.Alpha))
            {
                failures.Add($"{domain.Code}: alpha {domain.Alpha}, {plain.FindDomain(domain.Code)!.Value.Alpha} without the meeting");
            }
        }

        return (assessment.Validate().IsEmpty && failures.Count == 0).Label(string.Join("; ", [.. assessment.Validate().Select(p => p.Message), .. failures]));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(ScoringArbitraries)])]
    public void An_assessment_with_agreed_ratings_and_its_score_card_read_back_as_themselves(MetAssessment met)
    {
        var read = AssessmentJson.Read(AssessmentJson.SerializeToUtf8Bytes(met.Value));
        Assert.Empty(read.Problems);
        Assert.Equal(met.Value, read.Value);

        var card = Scorer.Score(met.Value);
        var cardRead = ScoreCardJson.Read(ScoreCardJson.SerializeToUtf8Bytes(card));
        Assert.Empty(cardRead.Problems);
        Assert.Equal(card, cardRead.Value);
    }
}
