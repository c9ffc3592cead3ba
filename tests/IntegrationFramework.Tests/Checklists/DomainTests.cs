using IntegrationFramework.Checklists;
using IntegrationFramework.Sources;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Checklists;

public sealed class DomainTests
{
    private static readonly SourceReference Source = new(Frameworks.ShiftingTheCentreOfGravity2018.Document, "Test", 1);

    [Fact]
    public void Items_must_be_in_ascending_order()
    {
        var error = Assert.Throws<ArgumentException>(() => new Domain("D", "Domain", "T", null, [new ChecklistItem("D", 2, "Text.", Source), new ChecklistItem("D", 1, "Text.", Source)], Source));

        Assert.StartsWith("The items of domain D must be numbered in ascending order, as D.1, D.2, …; item 2 was D.1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_must_belong_to_the_domain()
    {
        var error = Assert.Throws<ArgumentException>(() => new Domain("D", "Domain", "T", null, [new ChecklistItem("E", 1, "Text.", Source)], Source));

        Assert.StartsWith("The items of domain D must be numbered in ascending order, as D.1, D.2, …; item 1 was E.1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edition_that_drops_an_item_keeps_the_ids_of_the_rest()
    {
        var domain = new Domain("D", "Domain", "T", null, [new ChecklistItem("D", 1, "Text.", Source), new ChecklistItem("D", 3, "Text.", Source)], Source);

        Assert.Equal(["D.1", "D.3"], domain.Items.Select(i => i.Id));
    }

    [Fact]
    public void A_domain_needs_an_item()
    {
        var error = Assert.Throws<ArgumentException>(() => new Domain("D", "Domain", "T", null, [], Source));

        Assert.StartsWith("Domain D must have at least one item.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_holds_only_its_own_domains()
    {
        var domain = new Domain("D", "Domain", "OTHER", null, [new ChecklistItem("D", 1, "Text.", Source)], Source);

        var error = Assert.Throws<ArgumentException>(() => new Theme("T", "Theme", [domain], Source));

        Assert.StartsWith("Theme T can only hold its own domains; domain D belongs to theme OTHER.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Domains_and_items_built_twice_are_equal()
    {
        Domain Build() => new("D", "Domain", "T", "Headline:", [new ChecklistItem("D", 1, "Text.", Source)], Source);

        EqualityContract.AssertEqual(Build(), Build());
        EqualityContract.AssertNotEqual(Build(), new Domain("D", "Domain", "T", null, [new ChecklistItem("D", 1, "Text.", Source)], Source));
        Assert.Equal("D Domain", Build().ToString());
    }

    [Theory]
    [InlineData("", 1, "Text.")]
    [InlineData(" ", 1, "Text.")]
    [InlineData("D", 1, " ")]
    public void An_item_needs_a_domain_code_and_text(string domainCode, int number, string text)
        => Assert.Throws<ArgumentException>(() => new ChecklistItem(domainCode, number, text, Source));

    [Fact]
    public void An_item_number_starts_at_1()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ChecklistItem("D", 0, "Text.", Source));

        Assert.StartsWith("number must be a positive whole number (1 or more); it was 0.", error.Message, StringComparison.Ordinal);
    }
}
