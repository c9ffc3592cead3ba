using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Data.Report2018;

public sealed class ChecklistDataTests
{
    private static readonly IntegrationFramework.Checklists.Checklist Checklist = Frameworks.ShiftingTheCentreOfGravity2018.Checklist;

    [Fact]
    public void It_has_3_themes_10_domains_and_86_items()
    {
        Assert.Equal(["SO", "SL", "SS"], Checklist.Themes.Select(t => t.Code));
        Assert.Equal(["TRA", "PCC", "PRV", "CUL", "LEA", "GOV", "WFD", "PBS", "COM", "INF"], Checklist.Domains.Select(d => d.Code));
        Assert.Equal([7, 12, 15, 10, 9, 5, 7, 7, 9, 5], Checklist.Domains.Select(d => d.Items.Count));
        Assert.Equal(86, Checklist.Items.Count);
    }

    [Fact]
    public void Themes_domains_headlines_and_items_are_exactly_as_in_the_outline()
    {
        var (themes, domains) = Outline.Checklist("checklist-2018.md");

        Assert.Equal(themes, Checklist.Themes.Select(t => (t.Code, t.Name)));
        Assert.Equal(domains.Count, Checklist.Domains.Count);
        foreach (var (expected, actual) in domains.Zip(Checklist.Domains))
        {
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.ThemeCode, actual.ThemeCode);
            Assert.Equal(expected.Headline, actual.Headline);
            Assert.Equal(expected.Count, actual.Items.Count);
            Assert.Equal(expected.Items, actual.Items.Select(i => i.Text));
        }
    }

    [Fact]
    public void Item_identifiers_are_the_domain_code_and_the_number_in_order()
    {
        foreach (var domain in Checklist.Domains)
        {
            Assert.Equal(Enumerable.Range(1, domain.Items.Count).Select(n => $"{domain.Code}.{n}"), domain.Items.Select(i => i.Id));
        }
    }

    [Fact]
    public void Every_item_cites_section_5_and_its_domain()
    {
        Assert.All(Checklist.Items, item =>
        {
            Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Document, item.Source.Document);
            Assert.StartsWith("5 Integration checklist › ", item.Source.Section, StringComparison.Ordinal);
            Assert.EndsWith(" › " + Checklist.Domain(item.DomainCode).Name, item.Source.Section, StringComparison.Ordinal);
            Assert.InRange(item.Source.Page!.Value, 36, 40);
        });
    }

    [Fact]
    public void Every_domain_cites_where_section_4_explains_it()
    {
        Assert.All(Checklist.Domains, domain =>
        {
            Assert.NotNull(domain.Guidance);
            Assert.StartsWith("4 Key themes identified in the review › ", domain.Guidance.Section, StringComparison.Ordinal);
        });
    }
}
