using IntegrationFramework.Geography;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Geography;

public sealed class FootprintTests
{
    [Fact]
    public void A_footprint_has_a_code_a_name_a_level_and_optionally_a_population_and_parent()
    {
        var croydon = new Footprint("E09000008", "Croydon", Level.Place, 386_710, "QWE");

        Assert.Equal("E09000008", croydon.Code);
        Assert.Equal(386_710, croydon.Population);
        Assert.Equal("QWE", croydon.ParentCode);
        Assert.Equal("Croydon (E09000008, place)", croydon.ToString());
    }

    [Fact]
    public void Footprints_are_equal_by_value()
    {
        EqualityContract.AssertEqual(new Footprint("E09000008", "Croydon", Level.Place), new Footprint("E09000008", "Croydon", Level.Place));
        EqualityContract.AssertNotEqual(new Footprint("E09000008", "Croydon", Level.Place), new Footprint("E09000008", "Croydon", Level.Place, 386_710));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_population_must_be_positive(int population)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Footprint("C", "Name", Level.Place, population));

        Assert.StartsWith($"Population must be a positive whole number (1 or more); it was {population}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_and_name_must_not_be_blank_even_through_with()
    {
        var footprint = new Footprint("C", "Name", Level.Neighbourhood);

        var error = Assert.Throws<ArgumentException>(() => footprint with { Name = "  " });

        Assert.StartsWith("Name must contain at least one character that is not white space.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new Footprint(null!, "Name", Level.Place));
        Assert.Throws<ArgumentException>(() => new Footprint("C", "Name", Level.Place, parentCode: ""));
    }

    [Fact]
    public void A_level_must_be_a_member_of_Level()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Footprint("C", "Name", default));

        Assert.StartsWith("Level must be one of Neighbourhood, Place, System; it was 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Levels_compare_by_the_size_of_their_footprint()
    {
        Assert.True(Level.Neighbourhood < Level.Place);
        Assert.True(Level.Place < Level.System);
    }
}
