using FsCheck.Xunit;
using IntegrationFramework.Collections;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Collections;

public sealed class EquatableArrayTests
{
    [Property(MaxTest = 1000)]
    public bool Arrays_are_equal_exactly_when_their_elements_are_equal_in_order(int[] left, int[] right)
        => left.AsSpan().SequenceEqual(right) == (EquatableArray.Create<int>(left) == EquatableArray.Create<int>(right));

    [Property(MaxTest = 1000)]
    public bool Equal_arrays_have_equal_hash_codes(string[] items)
        => EquatableArray.Create<string>(items).GetHashCode() == items.ToEquatableArray().GetHashCode();

    [Property(MaxTest = 1000)]
    public bool The_array_is_a_copy_that_later_changes_to_the_source_do_not_reach(int[] items)
    {
        var copy = EquatableArray.Create<int>(items);
        var expected = items.ToArray();
        Array.Fill(items, 42);
        return copy.AsSpan().SequenceEqual(expected);
    }

    [Fact]
    public void The_default_value_is_empty()
    {
        EquatableArray<string> empty = default;

        Assert.True(empty.IsEmpty);
        Assert.True(empty.Count == 0, "An empty array has no elements.");
        Assert.Empty(empty);
        Assert.Equal("[]", empty.ToString());
        EqualityContract.AssertEqual(empty, default(EquatableArray<string>));
        EqualityContract.AssertEqual(empty, []);
    }

    [Fact]
    public void Collection_expressions_build_arrays_that_enumerate_in_order()
    {
        EquatableArray<string> places = ["Croydon", "Plymouth"];

        Assert.Equal(["Croydon", "Plymouth"], places);
        Assert.Equal("Plymouth", places[1]);
        Assert.Equal("[Croydon, Plymouth]", places.ToString());
        EqualityContract.AssertNotEqual(places, ["Plymouth", "Croydon"]);
    }

    [Fact]
    public void An_index_outside_the_array_says_the_valid_range()
    {
        EquatableArray<int> numbers = [1, 2, 3];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => numbers[3]);

        Assert.StartsWith("The index must be from 0 to 2.", error.Message, StringComparison.Ordinal);
    }
}
