using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Data.LgaPaper;

public sealed class LgaDataTests
{
    private static readonly LgaPositionPaper Paper = Frameworks.LgaPositionPaper;

    [Fact]
    public void The_characteristics_are_one_theme_of_five_perspectives_and_23_items()
    {
        Assert.Equal(["CHARACTERISTICS"], Paper.Checklist.Themes.Select(t => t.Code));
        Assert.Equal(["IND", "COMMUNITY", "PROVIDERS", "BOARDS", "NATIONAL"], Paper.Checklist.Domains.Select(d => d.Code));
        Assert.Equal([4, 4, 6, 4, 5], Paper.Checklist.Domains.Select(d => d.Items.Count));
        Assert.Equal(23, Paper.Checklist.Items.Count);
    }

    [Fact]
    public void The_characteristics_are_exactly_as_in_the_outline()
    {
        var (_, domains) = Outline.Checklist("lga-position-paper.md", singleThemeCode: "CHARACTERISTICS");

        Assert.Equal(domains.Select(d => (d.Code, d.Name, d.Count)), Paper.Checklist.Domains.Select(d => (d.Code, d.Name, d.Items.Count)));
        Assert.Equal(domains.SelectMany(d => d.Items), Paper.Checklist.Items.Select(i => i.Text));
    }

    [Fact]
    public void The_seven_drivers_are_exactly_as_in_the_outline()
    {
        var outline = Outline.NumberedSection("lga-position-paper.md", "The most effective drivers");

        Assert.Equal(7, Paper.Drivers.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"DRV.{n}"), Paper.Drivers.Select(d => d.Id));
        Assert.Equal(outline, Paper.Drivers.Select(d => d.Summary is null ? $"{d.Name}." : $"{d.Name} ({d.Summary})."));
    }

    [Fact]
    public void The_eleven_calls_on_the_Government_are_exactly_as_in_the_outline()
    {
        var outline = Outline.NumberedSection("lga-position-paper.md", "What the paper calls on the Government");

        Assert.Equal(11, Paper.CallsOnGovernment.Count);
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"CALL.{n}"), Paper.CallsOnGovernment.Select(c => c.Id));
        Assert.Equal(outline, Paper.CallsOnGovernment.Select(c => c.Text));
    }

    [Fact]
    public void The_paper_has_no_page_numbers_so_no_reference_into_it_has_one()
    {
        Assert.All(Paper.Checklist.Items, i => Assert.Null(i.Source.Page));
        Assert.All(Paper.Drivers, d => Assert.Null(d.Source.Page));
        Assert.All(Paper.CallsOnGovernment, c => Assert.Null(c.Source.Page));
    }
}
