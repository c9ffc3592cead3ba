using IntegrationFramework.Checklists;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests;

public sealed class FrameworksTests
{
    [Fact]
    public void All_holds_the_2018_report_then_the_LGA_paper()
    {
        Assert.Equal<Framework>([Frameworks.ShiftingTheCentreOfGravity2018, Frameworks.LgaPositionPaper], Frameworks.All);
        Assert.Equal(["shifting-the-centre-of-gravity-2018", "lga-position-paper"], Frameworks.All.Select(f => f.Id));
    }

    [Theory]
    [InlineData("shifting-the-centre-of-gravity-2018")]
    [InlineData("lga-position-paper")]
    public void Find_returns_the_edition_with_the_id(string id)
        => Assert.Same(Frameworks.All.Single(f => f.Id == id), Frameworks.Find(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Shifting-The-Centre-Of-Gravity-2018")]
    [InlineData("unknown")]
    public void Find_returns_null_for_an_unknown_id(string? id) => Assert.Null(Frameworks.Find(id));

    [Fact]
    public void Get_refuses_an_unknown_id_with_one_exception_whose_message_names_the_known_ids()
    {
        var error = Assert.Throws<UnknownFrameworkException>(() => Frameworks.Get("nhs-long-term-plan"));

        Assert.Equal("The framework 'nhs-long-term-plan' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper.", error.Message);
        Assert.Equal("nhs-long-term-plan", error.Id);
        Assert.Equal(["shifting-the-centre-of-gravity-2018", "lga-position-paper"], error.KnownIds);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.Same(Frameworks.LgaPositionPaper, Frameworks.Get("lga-position-paper"));
    }

    [Fact]
    public void A_catalogue_of_the_callers_own_names_its_own_ids_and_refuses_two_of_one_id()
    {
        var catalogue = new FrameworkCatalogue([Frameworks.LgaPositionPaper]);

        Assert.Equal("The framework 'shifting-the-centre-of-gravity-2018' is not known; use one of lga-position-paper.", catalogue.Unknown("shifting-the-centre-of-gravity-2018"));
        Assert.Null(catalogue.Find("shifting-the-centre-of-gravity-2018"));
        Assert.Equal(
            "Each framework of a catalogue needs its own id; 'lga-position-paper' appears twice. (Parameter 'frameworks')",
            Assert.Throws<ArgumentException>(() => new FrameworkCatalogue([Frameworks.LgaPositionPaper, Frameworks.LgaPositionPaper])).Message);
        Assert.Equal("A catalogue needs at least one framework. (Parameter 'frameworks')", Assert.Throws<ArgumentException>(() => new FrameworkCatalogue([])).Message);
    }

    [Fact]
    public void Identifiers_are_unique_across_themes_domains_and_items_of_each_framework()
    {
        foreach (var framework in Frameworks.All)
        {
            var ids = framework.Checklist.Themes.Select(t => t.Code)
                .Concat(framework.Checklist.Domains.Select(d => d.Code))
                .Concat(framework.Checklist.Items.Select(i => i.Id))
                .ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_item_text_is_a_non_empty_sentence()
    {
        Assert.All(Frameworks.All.SelectMany(f => f.Checklist.Items), item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Text));
            Assert.Equal(item.Text.Trim(), item.Text);
            Assert.EndsWith(".", item.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_framework_built_again_is_equal_by_value_but_a_different_instance()
    {
        var again = new ShiftingTheCentreOfGravity();
        var report = Frameworks.ShiftingTheCentreOfGravity2018;

        Assert.NotSame(report.Checklist, again.Checklist);
        EqualityContract.AssertEqual<Framework>(report, again);
        EqualityContract.AssertEqual(report.Checklist, again.Checklist);
        Assert.Equal(report.CaseExamples, again.CaseExamples);
        Assert.Equal(report.Vision, again.Vision);
        Assert.Equal(report.KeyActions, again.KeyActions);
        Assert.Equal(report.Functions, again.Functions);
        EqualityContract.AssertEqual(new LgaPositionPaper().CrossWalk, Frameworks.LgaPositionPaper.CrossWalk);
    }

    [Fact]
    public void The_two_frameworks_are_not_equal()
    {
        EqualityContract.AssertNotEqual<Framework>(Frameworks.ShiftingTheCentreOfGravity2018, Frameworks.LgaPositionPaper);
        EqualityContract.AssertNotEqual(Frameworks.ShiftingTheCentreOfGravity2018.Checklist, Frameworks.LgaPositionPaper.Checklist);
    }

    [Fact]
    public void Each_framework_names_its_document_and_version()
    {
        Assert.Equal("shifting-the-centre-of-gravity-2018 1.0.0: Shifting the centre of gravity", Frameworks.ShiftingTheCentreOfGravity2018.ToString());
        Assert.Equal("lga-position-paper 1.0.0: LGA position paper on Integration", Frameworks.LgaPositionPaper.ToString());
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Document, Frameworks.ShiftingTheCentreOfGravity2018.Document);
        Assert.Equal(2018, Frameworks.ShiftingTheCentreOfGravity2018.Document.Year);
        Assert.Null(Frameworks.LgaPositionPaper.Document.Year);
    }
}
