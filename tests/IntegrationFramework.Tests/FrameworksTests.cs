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
