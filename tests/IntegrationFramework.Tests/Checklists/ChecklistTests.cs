using IntegrationFramework.Checklists;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Tests.Checklists;

public sealed class ChecklistTests
{
    private static readonly Checklist Checklist = Frameworks.ShiftingTheCentreOfGravity2018.Checklist;

    [Fact]
    public void Item_finds_an_item_by_its_identifier()
    {
        var item = Checklist.Item("PCC.4");

        Assert.Equal("Integrated person-centred safeguarding arrangements.", item.Text);
        Assert.Equal("PCC", item.DomainCode);
        Assert.Equal(4, item.Number);
        Assert.Equal("PCC.4 Integrated person-centred safeguarding arrangements.", item.ToString());
    }

    [Theory]
    [InlineData("pcc.4")]
    [InlineData("PCC.13")]
    [InlineData("")]
    public void Item_of_an_unknown_identifier_explains_the_form_of_identifiers(string id)
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Checklist.Item(id));

        Assert.Equal(
            $"The checklist has no item '{id}'. Item identifiers are a domain code, a full stop and a number, such as TRA.1; the domains are TRA, PCC, PRV, CUL, LEA, GOV, WFD, PBS, COM, INF.",
            error.Message);
        Assert.Null(Checklist.FindItem(id));
    }

    [Fact]
    public void Domains_and_themes_are_found_by_code()
    {
        Assert.Equal("Workforce", Checklist.Domain("WFD").Name);
        Assert.Equal("Shared systems", Checklist.Theme("SS").Name);
        Assert.Null(Checklist.FindDomain("XYZ"));
        Assert.Null(Checklist.FindTheme(null));
        Assert.Equal(
            "The checklist has no domain 'XYZ'; its domains are TRA, PCC, PRV, CUL, LEA, GOV, WFD, PBS, COM, INF.",
            Assert.Throws<KeyNotFoundException>(() => Checklist.Domain("XYZ")).Message);
        Assert.Equal(
            "The checklist has no theme 'XX'; its themes are SO, SL, SS.",
            Assert.Throws<KeyNotFoundException>(() => Checklist.Theme("XX")).Message);
    }

    [Fact]
    public void Items_and_domains_list_everything_in_the_documents_order()
    {
        Assert.Equal(Checklist.Themes.SelectMany(t => t.Domains), Checklist.Domains);
        Assert.Equal(Checklist.Domains.SelectMany(d => d.Items), Checklist.Items);
        Assert.Equal("3 themes, 10 domains, 86 items", Checklist.ToString());
        for (var i = 0; i < Checklist.Items.Count; i++)
        {
            Assert.Equal(i, Checklist.IndexOfItem(Checklist.Items[i].Id));
        }

        Assert.Equal(-1, Checklist.IndexOfItem("TRA.8"));
        Assert.Equal(9, Checklist.IndexOfDomain("INF"));
    }

    [Fact]
    public void A_checklist_refuses_two_items_with_one_identifier()
    {
        var source = new SourceReference(Frameworks.LgaPositionPaper.Document, "Test");
        var domain = new Domain("D", "Domain", "T", null, [new ChecklistItem("D", 1, "Text.", source)], source);
        var theme = new Theme("T", "Theme", [domain, domain], source);

        var error = Assert.Throws<ArgumentException>(() => new Checklist([theme]));

        Assert.StartsWith("Each domain of a checklist needs its own identifier; 'D' appears twice.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_needs_a_theme()
    {
        var error = Assert.Throws<ArgumentException>(() => new Checklist([]));
        Assert.StartsWith("A checklist must have at least one theme.", error.Message, StringComparison.Ordinal);
    }
}
