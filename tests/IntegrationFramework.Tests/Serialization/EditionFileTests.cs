using System.Text.Json.Nodes;
using IntegrationFramework.Checklists;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>Edition files: the catalogue JSON read back as frameworks (DESIGN.md, "Edition files").</summary>
public sealed class EditionFileTests
{
    public static TheoryData<string> BuiltIn => [.. Frameworks.All.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void A_built_in_edition_written_as_a_file_reads_back_as_itself(string id)
    {
        var framework = Frameworks.Get(id);

        var read = CatalogueJson.Read(CatalogueJson.SerializeToUtf8Bytes([framework]));

        Assert.Empty(read.Problems);
        Assert.Same(framework, Assert.Single(read.Value!));
    }

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void A_built_in_edition_under_another_id_has_the_same_ids_texts_order_sections_and_pages(string id)
    {
        var framework = Frameworks.Get(id);

        var copy = Single(Renamed(framework, "copy-of-" + id));

        Assert.Equal("copy-of-" + id, copy.Id);
        Assert.Equal(framework.Version, copy.Version);
        Assert.Equal(framework.Title, copy.Title);
        Assert.Equal(framework.Document.Title, copy.Document.Title);
        Assert.Equal(framework.Document.Publishers, copy.Document.Publishers);
        Assert.Equal(framework.Document.Year, copy.Document.Year);
        Assert.Equal(Describe(framework.Checklist), Describe(copy.Checklist));
    }

    [Fact]
    public void An_assessment_scores_identically_against_a_copy_of_its_edition_under_another_id()
    {
        var copy = Single(Renamed(Frameworks.ShiftingTheCentreOfGravity2018, "our-copy-of-2018"));
        var assessment = TestSupport.AssessmentGenerators.Build(new Random(2026), Frameworks.ShiftingTheCentreOfGravity2018, 5, 80, 10, excluding: true, agreeing: true);
        var onCopy = new IntegrationFramework.Assessments.Assessment(copy, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, assessment.Ratings, assessment.ExcludedDomains, assessment.AgreedRatings);

        var (original, copied) = (IntegrationFramework.Scoring.Scorer.ScoreWithBands(assessment), IntegrationFramework.Scoring.Scorer.ScoreWithBands(onCopy));

        Assert.Equal("our-copy-of-2018", copied.Framework.Id);
        Assert.Equal(original.Overall, copied.Overall);
        Assert.Equal(original.Themes, copied.Themes);
        Assert.Equal(original.Domains, copied.Domains);
        Assert.Equal(original.Items, copied.Items);
        Assert.Equal(original.Bands!.Domains, copied.Bands!.Domains);
    }

    [Fact]
    public void One_edition_may_stand_at_the_root_of_the_file()
    {
        var edition = Local();

        var framework = Single(edition);

        Assert.Equal("our-place-2026", framework.Id);
        Assert.Equal(["TRA.1", "TRA.3", "LOC.1", "LOC.2"], framework.Checklist.Items.Select(i => i.Id));
        Assert.Equal("Our place › Local", framework.Checklist.Domain("LOC").Source.Section);
        Assert.Null(framework.Document.Publishers);
        Assert.Equal("Our place's integration checklist (illustrative)", framework.Document.Citation);
    }

    [Fact]
    public void A_derived_edition_says_what_each_item_continues()
    {
        var edition = Local();
        edition["derivedFrom"] = new JsonObject { ["id"] = "shifting-the-centre-of-gravity-2018", ["version"] = "1.0.0" };
        Items(edition, 0)[1]!["sameAs"] = "TRA.2";
        Items(edition, 1)[0]!["sameAs"] = null;

        var framework = Single(edition);
        var continuation = EditionContinuation.Between(Frameworks.ShiftingTheCentreOfGravity2018, framework)!;

        Assert.Equal("TRA.1", continuation.EarlierItem("TRA.1"));
        Assert.Equal("TRA.2", continuation.EarlierItem("TRA.3"));
        Assert.Null(continuation.EarlierItem("LOC.1"));
        Assert.Null(continuation.EarlierItem("LOC.2"));
        Assert.Equal(["LOC.1", "LOC.2"], continuation.NewItems);
        Assert.Equal(84, continuation.DroppedItems.Count);
        Assert.Contains("TRA.3", continuation.DroppedItems);
        Assert.True(continuation.AcrossEditions);

        var again = Single(JsonNode.Parse(CatalogueJson.Serialize([framework]))!["frameworks"]![0]!.AsObject());
        Assert.Equal(framework.DerivedFrom, again.DerivedFrom);
        Assert.Null(again.DerivedFrom!.Continues("LOC.1"));
    }

    [Fact]
    public void Editions_that_are_not_related_do_not_continue_each_other()
    {
        Assert.Null(EditionContinuation.Between(Frameworks.ShiftingTheCentreOfGravity2018, Single(Local())));
        Assert.Null(EditionContinuation.Between(Frameworks.ShiftingTheCentreOfGravity2018, Frameworks.LgaPositionPaper));
        Assert.False(EditionContinuation.Between(Frameworks.LgaPositionPaper, Frameworks.LgaPositionPaper)!.AcrossEditions);
    }

    [Fact]
    public void Every_value_of_the_wrong_type_is_reported_at_its_path_in_an_edition_at_the_root()
    {
        var edition = Local();
        Items(edition, 0)[0]!["text"] = 5;
        Items(edition, 1)[1]!["text"] = 6;

        var read = CatalogueJson.Parse(edition.ToJsonString());

        Assert.Null(read.Value);
        Assert.Equal(
            ["$.themes[0].domains[0].items[0].text: The value has the wrong type: expected a string; it was the number 5.", "$.themes[0].domains[1].items[1].text: The value has the wrong type: expected a string; it was the number 6."],
            read.Problems.Select(p => $"{p.Path}: {p.Message}"));
    }

    [Fact]
    public void A_built_in_edition_with_only_a_page_changed_is_another_content()
    {
        var edition = Renamed(Frameworks.ShiftingTheCentreOfGravity2018, Frameworks.ShiftingTheCentreOfGravity2018.Id);
        edition["themes"]![0]!["domains"]![0]!["items"]![2]!["page"] = 99;

        var problem = Assert.Single(CatalogueJson.Parse(edition.ToJsonString()).Problems);

        Assert.Equal("edition-clash", problem.Code);
        Assert.Contains("differs from this one at TRA.3 (its page)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("loc", "duplicate-id", "The edition has domains LOC and loc, which differ only in case; a partner's workbook names a sheet after each domain, and spreadsheets take those as one name: give each domain a code of its own.")]
    [InlineData("Cover", "invalid-value", "'Cover' cannot be a domain's code: a partner's workbook names a sheet after each domain, and 'Cover' is a sheet name the workbook or the spreadsheet keeps for itself; choose another.")]
    [InlineData("HISTORY", "invalid-value", "'HISTORY' cannot be a domain's code: a partner's workbook names a sheet after each domain, and 'HISTORY' is a sheet name the workbook or the spreadsheet keeps for itself; choose another.")]
    public void A_domain_code_a_workbook_cannot_name_a_sheet_is_refused(string code, string codes, string message)
    {
        var edition = Local();
        edition["themes"]![0]!["domains"]!.AsArray().Add(new JsonObject { ["code"] = code, ["name"] = "Another", ["items"] = new JsonArray(new JsonObject { ["id"] = $"{code}.1", ["text"] = "An item." }) });

        var problem = Assert.Single(CatalogueJson.Parse(edition.ToJsonString()).Problems);

        Assert.Equal(codes, problem.Code);
        Assert.Equal("$.themes[0].domains[2].code", problem.Path);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Themes_and_domains_count_towards_the_limit_with_items()
    {
        var edition = Local();
        var themes = edition["themes"]!.AsArray();
        for (var t = 0; t < EditionReader.MaxItems; t++)
        {
            themes.Add(new JsonObject());
        }

        var read = CatalogueJson.Parse(edition.ToJsonString());

        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Code == "too-many-items" && p.Message == "The file holds more than 10,000 themes, domains and items; an edition file may hold at most 10,000 of them together.");
        Assert.True(read.Problems.Count < 40_000, $"{read.Problems.Count} problems");
    }

    /// <summary>A small local edition: TRA with TRA.2 dropped, and a local domain of two items.</summary>
    internal static JsonObject Local() => JsonNode.Parse("""
        {
          "id": "our-place-2026",
          "version": "1.0.0",
          "title": "Our place's integration checklist",
          "source": "Our place's integration checklist (illustrative)",
          "themes": [
            {
              "code": "OUR",
              "name": "Our place",
              "domains": [
                { "code": "TRA", "name": "Transformation", "items": [
                  { "id": "TRA.1", "text": "The vision for transformation is shared." },
                  { "id": "TRA.3", "text": "There is a place-based approach.", "section": "Our checklist", "page": 2 } ] },
                { "code": "LOC", "name": "Local", "items": [
                  { "id": "LOC.1", "text": "Our own first item." },
                  { "id": "LOC.2", "text": "Our own second item." } ] }
              ]
            }
          ]
        }
        """)!.AsObject();

    internal static JsonArray Items(JsonObject edition, int domain) => edition["themes"]![0]!["domains"]![domain]!["items"]!.AsArray();

    internal static Framework Single(JsonObject edition)
    {
        var read = CatalogueJson.Parse(edition.ToJsonString());
        Assert.Empty(read.Problems);
        return Assert.Single(read.Value!);
    }

    private static JsonObject Renamed(Framework framework, string id)
    {
        var edition = JsonNode.Parse(CatalogueJson.Serialize([framework]))!["frameworks"]![0]!.AsObject();
        edition["id"] = id;
        return edition;
    }

    private static List<string> Describe(Checklist checklist)
        => [
            .. checklist.Themes.Select(t => $"theme {t.Code} {t.Name} {t.Source.Section} {t.Source.Page}"),
            .. checklist.Domains.Select(d => $"domain {d.Code} {d.ThemeCode} {d.Name} {d.Headline} {d.Source.Section} {d.Source.Page} {d.Guidance?.Section} {d.Guidance?.Page}"),
            .. checklist.Items.Select(i => $"item {i.Id} {i.Text} {i.Source.Section} {i.Source.Page}"),
        ];
}
