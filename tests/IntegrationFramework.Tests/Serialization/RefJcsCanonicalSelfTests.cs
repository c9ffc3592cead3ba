using System.Globalization;
using System.Text;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// The reference canonicaliser (<see cref="RefJcs"/>) against the examples RFC 8785 publishes, before it is trusted as
/// the oracle of the sign-off digest. Its number formatting was also compared, while it was written, with the
/// ECMAScript engine of Node.js (String(x)) on about 250,000 doubles (random bit patterns, short decimals, every power
/// of two and of ten) without a difference; that comparison is not part of the build.
/// </summary>
public sealed class RefJcsCanonicalSelfTests
{
    /// <summary>RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.</summary>
    public static TheoryData<string, string> AppendixB => new()
    {
        { "0000000000000000", "0" },
        { "8000000000000000", "0" },
        { "0000000000000001", "5e-324" },
        { "8000000000000001", "-5e-324" },
        { "7fefffffffffffff", "1.7976931348623157e+308" },
        { "ffefffffffffffff", "-1.7976931348623157e+308" },
        { "4340000000000000", "9007199254740992" },
        { "c340000000000000", "-9007199254740992" },
        { "4430000000000000", "295147905179352830000" },
        { "44b52d02c7e14af5", "9.999999999999997e+22" },
        { "44b52d02c7e14af6", "1e+23" },
        { "44b52d02c7e14af7", "1.0000000000000001e+23" },
        { "444b1ae4d6e2ef4e", "999999999999999700000" },
        { "444b1ae4d6e2ef4f", "999999999999999900000" },
        { "444b1ae4d6e2ef50", "1e+21" },
        { "3eb0c6f7a0b5ed8c", "9.999999999999997e-7" },
        { "3eb0c6f7a0b5ed8d", "0.000001" },
        { "41b3de4355555553", "333333333.3333332" },
        { "41b3de4355555554", "333333333.33333325" },
        { "41b3de4355555555", "333333333.3333333" },
        { "41b3de4355555556", "333333333.3333334" },
        { "41b3de4355555557", "333333333.33333343" },
        { "becbf647612f3696", "-0.0000033333333333333333" },
        { "43143ff3c1cb0959", "1424953923781206.2" },
    };

    /// <summary>Numbers as JSON text and their canonical form: the samples of the brief and of RFC 8785 §3.2.2.3.</summary>
    public static TheoryData<string, string> Decimals => new()
    {
        { "0", "0" },
        { "-0", "0" },
        { "0.0", "0" },
        { "5e-324", "5e-324" },
        { "1.7976931348623157e308", "1.7976931348623157e+308" },
        { "9007199254740992", "9007199254740992" },
        { "295147905179352830000", "295147905179352830000" },
        { "1e21", "1e+21" },
        { "1E30", "1e+30" },
        { "1e-7", "1e-7" },
        { "0.000001", "0.000001" },
        { "333333333.3333333", "333333333.3333333" },
        { "333333333.33333329", "333333333.3333333" },
        { "1e23", "1e+23" },
        { "4.5", "4.5" },
        { "4.50", "4.5" },
        { "2e-3", "0.002" },
        { "0.000000000000000000000000001", "1e-27" },
        { "56.0", "56" },
        { "100", "100" },
        { "123456789012345680000", "123456789012345680000" },
        { "-1.5", "-1.5" },
    };

    [Theory]
    [MemberData(nameof(AppendixB))]
    public void Numbers_from_their_bits_are_written_as_RFC_8785_Appendix_B_says(string bits, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

        Assert.Equal(expected, RefJcs.Number(value));
    }

    [Theory]
    [MemberData(nameof(Decimals))]
    public void Numbers_in_JSON_text_are_written_in_their_canonical_form(string json, string expected)
    {
        Assert.Equal(expected, RefJcs.CanonicalText(json));
    }

    [Theory]
    [InlineData("7fffffffffffffff")]
    [InlineData("7ff0000000000000")]
    [InlineData("fff0000000000000")]
    public void NaN_and_the_infinities_are_not_I_JSON(string bits)
    {
        var value = BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

        Assert.Throws<ArgumentException>(() => RefJcs.Number(value));
    }

    [Fact]
    public void A_number_beyond_the_doubles_is_not_I_JSON()
    {
        Assert.Throws<ArgumentException>(() => RefJcs.Canonicalize("[1e400]"));
    }

    /// <summary>RFC 8785 §3.2.3, the sorting example: names ordered by their UTF-16 code units.</summary>
    [Fact]
    public void Member_names_sort_by_UTF16_code_units_as_in_the_RFCs_sorting_example()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            RefJcs.CanonicalText(input));
    }

    [Fact]
    public void Code_unit_order_puts_a_surrogate_pair_before_a_character_above_it_and_a_prefix_first()
    {
        // U+1F600 is D83D DE00 in UTF-16, below U+FB33; by code points it would come after.
        Assert.True(RefJcs.CompareUtf16("\ud83d\ude00", "\ufb33") < 0);
        Assert.True(RefJcs.CompareUtf16("a", "ab") < 0);
        Assert.True(RefJcs.CompareUtf16("B", "a") < 0);
        Assert.Equal(0, RefJcs.CompareUtf16("", ""));
    }

    /// <summary>RFC 8785 §3.2.2, the example of whitespace, literals, numbers and strings.</summary>
    [Fact]
    public void The_RFCs_example_of_primitives_is_canonicalised_as_published()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50,
                          2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        const string expected = """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""";

        var bytes = RefJcs.Canonicalize(input);

        Assert.Equal(expected, Encoding.UTF8.GetString(bytes));
        // The euro sign is the three UTF-8 bytes e2 82 ac, right after the opening quote of the string.
        var at = Encoding.UTF8.GetBytes("\"string\":\"").Length + Encoding.UTF8.GetBytes("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],").Length;
        Assert.Equal(new byte[] { 0xe2, 0x82, 0xac }, bytes[at..(at + 3)]);
    }

    [Fact]
    public void Members_sort_recursively_inside_arrays_and_array_order_is_kept()
    {
        const string input = """
            {
              "1": {"f": {"f": "hi","F": 5} ,"\n": 56.0},
              "10": { },
              "": "empty",
              "a": { },
              "111": [ {"e": "yes","E": "no" } ],
              "A": { }
            }
            """;

        Assert.Equal(
            """{"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],"A":{},"a":{}}""",
            RefJcs.CanonicalText(input));
        Assert.Equal("[3,1,2,[],{}]", RefJcs.CanonicalText(" [ 3 , 1 , 2 , [ ] , { } ] "));
    }

    [Fact]
    public void Strings_escape_as_JSON_stringify_does()
    {
        // Every code unit below U+0020, then the two that must be escaped, then characters written as themselves.
        var input = new StringBuilder("\"");
        for (var c = 0; c < 0x20; c++)
        {
            input.Append(CultureInfo.InvariantCulture, $"\\u{c:X4}");
        }

        input.Append("\\\"\\\\/\\/\\u007F\\u2028\\u2029\\uFEFF\\uD834\\uDD1E\u00e9\"");

        Assert.Equal(
            "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
            + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f"
            + "\\\"\\\\//\u007f\u2028\u2029\ufeff\U0001D11E\u00e9\"",
            RefJcs.CanonicalText(input.ToString()));
    }

    [Fact]
    public void Literals_and_whitespace()
    {
        Assert.Equal("[true,false,null]", RefJcs.CanonicalText("\r\n\t[ true ,\n false , null ]\n"));
        Assert.Equal("\"\"", RefJcs.CanonicalText(" \"\" "));
    }

    [Fact]
    public void A_duplicate_name_is_not_I_JSON()
    {
        Assert.Throws<ArgumentException>(() => RefJcs.Canonicalize("""{"a":1,"a":2}"""));
    }

    [Fact]
    public void Leaving_out_a_root_member_leaves_it_out_of_the_root_only()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"signOff":{"x":1},"b":{"signOff":2},"a":[{"signOff":3}]}""");

        Assert.Equal(
            """{"a":[{"signOff":3}],"b":{"signOff":2}}""",
            Encoding.UTF8.GetString(RefJcs.Canonicalize(document.RootElement, "signOff")));
    }
}
