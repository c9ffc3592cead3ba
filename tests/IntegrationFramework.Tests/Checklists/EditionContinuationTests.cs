using System.Text.Json.Nodes;
using FsCheck;
using IntegrationFramework.Assessments;
using FsCheck.Xunit;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collecting;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Checklists;

/// <summary>Editions derived from another: what continues, and what carrying an assessment forward keeps.</summary>
public sealed class EditionContinuationTests
{
    private static readonly Framework Report = Frameworks.ShiftingTheCentreOfGravity2018;

    [Property(MaxTest = 40)]
    public void An_edition_that_drops_items_scores_every_untouched_domain_as_the_edition_it_derives_from(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var dropped = Report.Checklist.Domains.Where(_ => random.Next(3) == 0)
            .Select(d => d.Items[random.Next(d.Items.Count)].Id).ToHashSet(StringComparer.Ordinal);
        var edition = Derived(dropped);
        var assessment = AssessmentGenerators.Build(random, Report, random.Next(1, 6), random.Next(30, 100), 10, random.Next(3) == 0, false);

        var continuation = EditionContinuation.Between(Report, edition)!;
        var carried = AssessmentTemplate.Carry(assessment, continuation);
        var (before, after) = (Scorer.Score(assessment), Scorer.Score(carried));

        Assert.Empty(continuation.NewItems);
        Assert.Equal(dropped.Order(StringComparer.Ordinal), continuation.DroppedItems.Order(StringComparer.Ordinal));
        Assert.All(edition.Checklist.Items, item => Assert.Equal(item.Id, continuation.EarlierItem(item.Id)));
        Assert.Equal(assessment.Ratings.Count(r => !dropped.Contains(r.ItemId)), carried.Ratings.Count);
        var untouched = Report.Checklist.Domains.Where(d => !d.Items.Any(i => dropped.Contains(i.Id))).Select(d => d.Code).ToList();
        Assert.All(untouched, code => Assert.Equal(before.FindDomain(code), after.FindDomain(code)));
    }

    [Fact]
    public void A_reworded_item_continues_what_its_sameAs_names_and_a_new_one_nothing()
    {
        var json = Edition(id: "reworded");
        Item(json, "TRA.1")["sameAs"] = null;
        Item(json, "TRA.2")["sameAs"] = "TRA.1";
        Item(json, "TRA.3")["sameAs"] = "TRA.2";
        Item(json, "TRA.4")["sameAs"] = "TRA.3";
        var edition = Read(json);
        var assessment = AssessmentGenerators.Build(new Random(7), Report, 3, 100, 0, false, false);

        var continuation = EditionContinuation.Between(Report, edition)!;
        var carried = AssessmentTemplate.Carry(assessment, continuation);

        Assert.Equal(["TRA.1"], continuation.NewItems);
        Assert.Equal(["TRA.4"], continuation.DroppedItems);
        Assert.Equal("TRA.3", continuation.LaterItem("TRA.2"));
        Assert.DoesNotContain(carried.Ratings, r => r.ItemId == "TRA.1");
        Assert.Equal(
            assessment.Ratings.Where(r => r.ItemId == "TRA.1").Select(r => (r.AssessorId, r.Progress, r.Target, r.Evidence)),
            carried.Ratings.Where(r => r.ItemId == "TRA.2").Select(r => (r.AssessorId, r.Progress, r.Target, r.Evidence)));
        Assert.Equal(edition, carried.Framework);
    }

    [Fact]
    public void Across_editions_an_action_is_read_on_the_item_that_continues_its_item_and_one_on_a_dropped_item_is_not()
    {
        var json = Edition(id: "renumbered");
        Item(json, "TRA.1")["sameAs"] = null;
        Item(json, "TRA.2")["sameAs"] = "TRA.1";
        Item(json, "TRA.3")["sameAs"] = "TRA.2";
        Item(json, "TRA.4")["sameAs"] = "TRA.3";
        var edition = Read(json);
        var earlier = AssessmentGenerators.Build(new Random(11), Report, 3, 100, 0, false, false);
        var due = earlier.AssessedOn.PlusMonths(6);
        earlier = new Assessment(earlier.Framework, earlier.Footprint, earlier.AssessedOn, earlier.Assessors, earlier.Ratings, [], [],
            [new PlannedAction("TRA.1", "Agree the vision", "council", due), new PlannedAction("TRA.4", "Involve carers", "council", due)]);
        var later = AssessmentTemplate.Carry(earlier, EditionContinuation.Between(Report, edition)!);
        later = new Assessment(edition, later.Footprint, earlier.AssessedOn.PlusYears(1), later.Assessors, later.Ratings, [], [], later.Actions);

        var comparison = ReviewComparison.Of(Scorer.Score(earlier), Scorer.Score(later), null, earlier.Actions, later.Actions);

        var review = Assert.Single(comparison.Actions);
        Assert.Equal("TRA.1", review.Action.ItemId);
        Assert.Equal("TRA.2", review.Item.Code);
        Assert.Equal(0, review.Item.Difference);
        Assert.Equal(ActionStatus.Open, review.LaterStatus);
        Assert.Equal((1, 1), (comparison.Domains[0].NewItems, comparison.Domains[0].DroppedItems));
        Assert.Null(comparison.Domains[0].Band);
        Assert.True(comparison.AcrossEditions);
    }

    [Fact]
    public void An_item_moved_to_another_domain_takes_the_band_from_both_domains_and_their_themes_but_not_from_untouched_ones()
    {
        // GOV.3 moves to TRA as TRA.8: GOV (theme SL) loses an item and TRA (theme SO) gains one; the overall keeps 86.
        var json = Edition(id: "moved");
        var gov = json["themes"]!.AsArray().SelectMany(t => t!["domains"]!.AsArray()).Single(d => d!["code"]!.GetValue<string>() == "GOV")!["items"]!.AsArray();
        gov.Remove(gov.Single(i => i!["id"]!.GetValue<string>() == "GOV.3"));
        json["themes"]![0]!["domains"]![0]!["items"]!.AsArray().Add(new JsonObject { ["id"] = "TRA.8", ["text"] = "Moved from GOV.3.", ["sameAs"] = "GOV.3" });
        var edition = Read(json);
        var earlier = AssessmentGenerators.Build(new Random(5), Report, 5, 100, 0, false, false);
        var later = AssessmentTemplate.Carry(earlier, EditionContinuation.Between(Report, edition)!);
        later = new Assessment(edition, later.Footprint, earlier.AssessedOn.PlusYears(1), later.Assessors, later.Ratings);

        var bands = ChangeBands.Of(earlier, later);
        var comparison = ReviewComparison.Of(Scorer.Score(earlier), Scorer.Score(later), bands);

        var domains = comparison.Domains.ToDictionary(d => d.Code);
        var themes = comparison.Themes.ToDictionary(t => t.Code);
        Assert.Equal((1, 0), (domains["TRA"].NewItems, domains["TRA"].DroppedItems));
        Assert.Equal((0, 1), (domains["GOV"].NewItems, domains["GOV"].DroppedItems));
        Assert.Equal((1, 1), (themes["SO"].NewItems + themes["SL"].NewItems, themes["SO"].DroppedItems + themes["SL"].DroppedItems));
        Assert.Equal((0, 0), (comparison.Overall.NewItems, comparison.Overall.DroppedItems));
        Assert.All([domains["TRA"], domains["GOV"], themes["SO"], themes["SL"]], change => Assert.Null(change.Band));
        Assert.Null(bands.Domains[edition.Checklist.Domains.ToList().FindIndex(d => d.Code == "GOV")]);
        Assert.NotNull(domains["PCC"].Band);
        Assert.NotNull(themes["SS"].Band);
        Assert.NotNull(comparison.Overall.Band);
    }

    [Fact]
    public void Carrying_an_assessment_of_another_edition_is_refused()
    {
        var continuation = EditionContinuation.Between(Report, Derived(new HashSet<string>(StringComparer.Ordinal)))!;
        var lga = AssessmentGenerators.Build(new Random(1), Frameworks.LgaPositionPaper, 1, 50, 0, false, false);

        var error = Assert.Throws<ArgumentException>(() => AssessmentTemplate.Carry(lga, continuation));

        Assert.StartsWith("The assessment is on lga-position-paper 1.0.0, not on shifting-the-centre-of-gravity-2018 1.0.0, the edition the continuation starts from.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_derivation_naming_an_item_the_checklist_lacks_or_two_items_continuing_one_is_refused_by_the_constructor()
    {
        var checklist = Report.Checklist;

        var unknown = Assert.Throws<ArgumentException>(() => new Framework("x", "1", Report.Document, checklist, default, new Derivation(Report.Id, Report.Version, new Dictionary<string, string?> { ["ZZZ.1"] = null })));
        var twice = Assert.Throws<ArgumentException>(() => new Framework("x", "1", Report.Document, checklist, default, new Derivation(Report.Id, Report.Version, new Dictionary<string, string?> { ["TRA.2"] = "TRA.1" })));

        Assert.StartsWith("The derivation says what item 'ZZZ.1' continues, but the checklist has no such item.", unknown.Message, StringComparison.Ordinal);
        Assert.StartsWith("Items TRA.1 and TRA.2 both continue TRA.1 of shifting-the-centre-of-gravity-2018 1.0.0; an earlier item is continued by one item at most.", twice.Message, StringComparison.Ordinal);
    }

    private static Framework Derived(HashSet<string> dropped)
    {
        var json = Edition(id: "derived");
        foreach (var domain in json["themes"]!.AsArray().SelectMany(t => t!["domains"]!.AsArray()))
        {
            var items = domain!["items"]!.AsArray();
            foreach (var item in items.Where(i => dropped.Contains(i!["id"]!.GetValue<string>())).ToList())
            {
                items.Remove(item);
            }
        }

        return Read(json);
    }

    private static JsonObject Edition(string id)
    {
        var json = JsonNode.Parse(CatalogueJson.Serialize([Report]))!["frameworks"]![0]!.AsObject();
        json["id"] = id;
        json["derivedFrom"] = new JsonObject { ["id"] = Report.Id, ["version"] = Report.Version };
        return json;
    }

    private static JsonObject Item(JsonObject edition, string id)
        => edition["themes"]!.AsArray().SelectMany(t => t!["domains"]!.AsArray()).SelectMany(d => d!["items"]!.AsArray()).Single(i => i!["id"]!.GetValue<string>() == id)!.AsObject();

    private static Framework Read(JsonObject edition)
    {
        var read = CatalogueJson.Parse(edition.ToJsonString());
        Assert.Empty(read.Problems);
        return Assert.Single(read.Value!);
    }
}
