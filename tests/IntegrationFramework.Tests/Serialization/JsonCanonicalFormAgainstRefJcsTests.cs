using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>A finite double, from any of the generators in <see cref="CanonicalArbitraries"/>.</summary>
public sealed record FiniteDouble(double Value)
{
    public override string ToString() => $"{Value.ToString("G17", CultureInfo.InvariantCulture)} (bits {BitConverter.DoubleToInt64Bits(Value):x16})";
}

/// <summary>A JSON document as text, generated with nesting, unicode and escaped names, and numbers in many lexical forms.</summary>
public sealed record JsonText(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Generators for the canonical-form properties.</summary>
public static class CanonicalArbitraries
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Names =
    [
        "", "a", "A", "b", "aa", "ab", "1", "10", "111", "signOff", "\r", "\n", "\t", "\u0000", "\u001f", " ", "\"", "\\", "/",
        "\u007f", "\u0080", "\u00f6", "\u00e9", "e\u0301", "\u20ac", "\ufb33", "\ud83d\ude00", "\ud834\udd1e", "\u2028", "\ufeff",
        "\uffef", "ratings", "Ratings", "progress", "évidence", "日本", "\u0000a",
    ];

    private static readonly string[] Strings =
    [
        "", "plain", "Partners said \"yes\", then \"not yet\".", "Line one\nline two", "Windows line\r\nbreak", "Tab\tseparated",
        "back\\slash and /slash", "\u0000\u0001\u0008\u000b\u000c\u001f", "Ünïcödé — naïve café ☕ and 😀", "\u2028\u2029",
        "\u007f\u0080\u009f", "‘curly’ “quotes”", "<script>&amp;</script>", "\ud834\udd1e clef", "\ufeffBOM",
    ];

    /// <summary>Numbers as JSON text, in lexical forms whose canonical form differs from them.</summary>
    private static readonly string[] NumberTexts =
    [
        "0", "-0", "0.0", "-0.0", "1", "-1", "1.0", "1E2", "1e+2", "1e-2", "4.50", "2e-3", "1E30", "1e21", "1e-7", "0.000001",
        "0.0000001", "123456789012345678901234567890", "333333333.33333329", "9007199254740993", "5e-324", "2.5e-324",
        "1.7976931348623157e308", "0.1", "0.30000000000000004", "100e-2", "-12.5E+3", "390800", "1e22", "1e23",
        "999999999999999999999", "0.000000000000000000000000001",
    ];

    public static Arbitrary<FiniteDouble> FiniteDoubles() => Arb.From(FiniteDoubleGen());

    public static Arbitrary<JsonText> JsonTexts() => Arb.From(Gen.Sized(size => ValueGen(Math.Min(size, 40))).Select(node => new JsonText(node)));

    /// <summary>
    /// Uniformly random bit patterns (every exponent equally likely), FsCheck's own doubles, short decimals, integers
    /// around 2^53, powers of two (where the gap below is half the gap above) and the neighbours of powers of two and
    /// of ten: all filtered to finite.
    /// </summary>
    public static Gen<FiniteDouble> FiniteDoubleGen()
    {
        var bits = FsCheck.FSharp.Gen.Choose64(long.MinValue, long.MaxValue).Select(BitConverter.Int64BitsToDouble);
        var fsCheck = ArbMap.Default.GeneratorFor<double>();
        var decimals = from mantissa in Gen.Choose(-999_999, 999_999)
                       from scale in Gen.Choose(-12, 25)
                       select double.Parse($"{mantissa}e{scale}", CultureInfo.InvariantCulture);
        var nearTwo53 = from offset in Gen.Choose(-1000, 1000) select 9007199254740992.0 + offset;
        var nearPowersOfTen = from exponent in Gen.Choose(-325, 308)
                              from step in Gen.Choose(-2, 2)
                              select BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(double.Parse($"1e{exponent}", CultureInfo.InvariantCulture)) + step);
        var nearPowersOfTwo = from exponent in Gen.Choose(-1074, 1023)
                              from step in Gen.Choose(-1, 1)
                              select BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(Math.ScaleB(1.0, exponent)) + step);
        return Gen.Frequency(
                (4, bits),
                (1, nearPowersOfTwo),
                (2, fsCheck),
                (2, decimals),
                (1, nearTwo53),
                (1, nearPowersOfTen))
            .Where(double.IsFinite)
            .Select(d => new FiniteDouble(d));
    }

    private static Gen<string> ValueGen(int size)
    {
        var number = Gen.OneOf(
            Gen.Elements(NumberTexts),
            FiniteDoubleGen().Select(d => d.Value.ToString("R", CultureInfo.InvariantCulture)),
            FiniteDoubleGen().Select(d => d.Value.ToString("E20", CultureInfo.InvariantCulture)));
        var leaf = Gen.OneOf(
            Gen.Elements("true", "false", "null"),
            number,
            Gen.Elements(Strings).SelectMany(s => Gen.Elements(true, false).Select(escape => Quote(s, escape))));
        if (size <= 1)
        {
            return leaf;
        }

        var array = from count in Gen.Choose(0, 4)
                    from items in Gen.ArrayOf(ValueGen(size / 3), count)
                    from space in Gen.Elements("", " ", "\n  ", "\t")
                    select "[" + space + string.Join("," + space, items) + space + "]";
        var obj = from count in Gen.Choose(0, 5)
                  from names in Gen.Shuffle(Names)
                  from escapes in Gen.ArrayOf(Gen.Elements(true, false), count)
                  from values in Gen.ArrayOf(ValueGen(size / 3), count)
                  from space in Gen.Elements("", " ", "\r\n ", "\t")
                  select "{" + space + string.Join("," + space, Enumerable.Range(0, count).Select(i => Quote(names[i], escapes[i]) + space + ":" + space + values[i])) + space + "}";
        return Gen.Frequency((3, leaf), (2, array), (2, obj));
    }

    /// <summary>A JSON string for <paramref name="value"/>: with only the escapes JSON needs, or with every character beyond ASCII letters and digits as \uXXXX.</summary>
    private static string Quote(string value, bool escapeAll)
    {
        if (!escapeAll)
        {
            return JsonSerializer.Serialize(value, Relaxed);
        }

        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return text.Append('"').ToString();
    }
}

/// <summary>
/// The library's RFC 8785 canonical form (<c>JsonCanonicalForm</c>, tested as a black box) against the test's
/// reference (<see cref="RefJcs"/>): numbers, for the published vectors and for random doubles, and whole documents.
/// </summary>
[Properties(Arbitrary = [typeof(CanonicalArbitraries)])]
public sealed class JsonCanonicalFormAgainstRefJcsTests
{
    // (g) Numbers.

    [Theory]
    [MemberData(nameof(RefJcsCanonicalSelfTests.AppendixB), MemberType = typeof(RefJcsCanonicalSelfTests))]
    public void The_library_writes_the_RFC_8785_Appendix_B_numbers_as_published(string bits, string expected)
    {
        var value = BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(bits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

        Assert.Equal((expected, expected), (JsonCanonicalForm.Number(value), RefJcs.Number(value)));
    }

    [Theory]
    [MemberData(nameof(RefJcsCanonicalSelfTests.Decimals), MemberType = typeof(RefJcsCanonicalSelfTests))]
    public void The_library_writes_the_decimal_samples_as_published(string json, string expected)
    {
        var value = double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture);

        Assert.Equal(expected, JsonCanonicalForm.Number(value));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, Encoding.UTF8.GetString(JsonCanonicalForm.Canonical(document.RootElement, null)));
    }

    [Property(MaxTest = 20_000)]
    public void The_library_formats_every_finite_double_as_the_reference_does(FiniteDouble x)
    {
        Assert.Equal(RefJcs.Number(x.Value), JsonCanonicalForm.Number(x.Value));
    }

    [Fact]
    public void The_library_formats_every_power_of_two_and_its_neighbours_as_the_reference_does()
    {
        var differences = new List<string>();
        for (var exponent = -1074; exponent <= 1023; exponent++)
        {
            var bits = BitConverter.DoubleToInt64Bits(Math.ScaleB(1.0, exponent));
            for (var step = -1L; step <= 1; step++)
            {
                var value = BitConverter.Int64BitsToDouble(bits + step);
                if (!double.IsFinite(value) || value <= 0)
                {
                    continue;
                }

                var (expected, actual) = (RefJcs.Number(value), JsonCanonicalForm.Number(value));
                if (expected != actual)
                {
                    differences.Add($"{bits + step:x16}: library {actual}, reference {expected}");
                }
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences)}");
    }

    // (h) Documents.

    /// <summary>RFC 8785 §3.2.2's example.</summary>
    private const string Primitives = """{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}""";

    /// <summary>RFC 8785 §3.2.3's sorting example.</summary>
    private const string Sorting = """{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}""";

    public static TheoryData<string> Documents =>
    [
        Primitives,
        Sorting,
        """{"1":{"f":{"f":"hi","F":5},"\n":56.0},"10":{},"":"empty","a":{},"111":[{"e":"yes","E":"no"}],"A":{}}""",
        """[]""",
        """{}""",
        """ "just a string with \t and \u0001 and \u2028" """,
        """-0.0""",
        """[[[[[{"z":[{"y":{"x":[1,2,{"w":null}]}}]}]]]],{"deep":{"deeper":{"deepest":{"b":true,"a":false}}}}]""",
        """{"ratings":[{"progress":"inPlace","item":"TRA.1","evidence":"‘Integrating’ — café ☕ 😀","assessor":"council"},{"item":"TRA.1","assessor":"icb","progress":"embedded"}],"footprint":{"population":3.908e5,"name":"Croydon","code":"E09000008"}}""",
        """{"a\u0000b":1,"a":2,"\u00e9":3,"e\u0301":4,"\uff21":5,"\ud800\udc00":6,"\uffef":7,"B":8,"b":9}""",
        """{"signOff":{"digest":"sha256:00","date":"2025-11-01"},"nested":{"signOff":1}}""",
        """{"x":[1e-7,1e-6,1e20,1e21,123e18,-5e-324,9007199254740993,0.1,0.2,0.30000000000000004,1.5e300,-1.5e-300]}""",
        """{"powers of two":[2.9802322387695312e-8,4.1045368012983762e-289,0.5,1024,9.5367431640625e-7]}""",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_library_canonicalises_documents_as_the_reference_does(string json)
    {
        using var document = JsonDocument.Parse(json);

        var expected = RefJcs.Canonicalize(document.RootElement);
        var actual = JsonCanonicalForm.Canonical(document.RootElement, null);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_library_leaves_out_the_root_signOff_as_the_reference_does(string json)
    {
        using var document = JsonDocument.Parse(json);

        var expected = RefJcs.Canonicalize(document.RootElement, "signOff");
        var actual = JsonCanonicalForm.Canonical(document.RootElement, "signOff");

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
    }

    [Fact]
    public void The_published_examples_come_out_as_published_from_the_library()
    {
        using var primitives = JsonDocument.Parse(Primitives);
        using var sorting = JsonDocument.Parse(Sorting);

        Assert.Equal(
            """{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}""",
            Encoding.UTF8.GetString(JsonCanonicalForm.Canonical(primitives.RootElement, null)));
        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
            + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            Encoding.UTF8.GetString(JsonCanonicalForm.Canonical(sorting.RootElement, null)));
    }

    [Property(MaxTest = 2_000)]
    public void The_library_canonicalises_generated_documents_as_the_reference_does(JsonText json)
    {
        using var document = JsonDocument.Parse(json.Text);

        Assert.Equal(
            Encoding.UTF8.GetString(RefJcs.Canonicalize(document.RootElement)),
            Encoding.UTF8.GetString(JsonCanonicalForm.Canonical(document.RootElement, null)));
    }

    [Fact]
    public void The_canonical_form_of_a_signed_sample_without_signOff_agrees()
    {
        var signed = AssessmentJson.Sign(
            AssessmentJson.Read(File.ReadAllBytes(Path.Combine(SignOffTests.RepositoryRoot(), "samples", "data", "croydon-2025.json"))).Value!,
            new NodaTime.LocalDate(2025, 11, 1),
            [new IntegrationFramework.Assessments.Signatory("Jane Smith", "Chief executive", "Croydon Council")]);
        using var document = JsonDocument.Parse(signed);

        Assert.Equal(RefJcs.Canonicalize(document.RootElement, "signOff"), JsonCanonicalForm.Canonical(document.RootElement, "signOff"));
        var node = JsonNode.Parse(signed)!.AsObject();
        node.Remove("signOff");
        Assert.Equal(RefJcs.Canonicalize(node.ToJsonString()), JsonCanonicalForm.Canonical(document.RootElement, "signOff"));
    }
}
