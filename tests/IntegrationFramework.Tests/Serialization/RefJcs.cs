using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// A reference JSON Canonicalization Scheme (RFC 8785), written for the tests from the RFC and the ECMAScript
/// specification alone, independently of the library's <c>JsonCanonicalForm</c>: the oracle a sign-off digest is
/// recomputed with.
/// </summary>
/// <remarks>
/// <para>
/// RFC 8785 §3.2: no whitespace; object members sorted by their names as arrays of UTF-16 code units, recursively
/// (array order kept); the literals <c>true</c>, <c>false</c> and <c>null</c>; strings as ECMAScript
/// <c>JSON.stringify</c> writes them (QuoteJSONString: <c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>, any other code unit
/// below U+0020 as <c>\u00xx</c> in lowercase hex, everything else as itself); numbers as ECMAScript
/// <c>Number::toString</c> writes the IEEE 754 double they parse to. The result is UTF-8.
/// </para>
/// <para>
/// Input must be I-JSON (RFC 7493), as RFC 8785 §3.1 requires: a duplicate member name, a lone surrogate, or a number
/// that is not a finite double throws <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// Numbers: the shortest digits are found by exact rational arithmetic, not by .NET's own formatting — for k = 1, 2, …
/// digits, the k-digit decimals just below and just above the value are tested against the exact interval of reals
/// that round to the double (round half to even at its ends); the first k with a decimal in it is the least, and of
/// the k-digit decimals in it the one closest to the value is taken (ties to even s, ECMA-262 Number::toString step 5).
/// Steps 6 to 10 of Number::toString then place the decimal point or write the exponent.
/// </para>
/// </remarks>
internal static class RefJcs
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The canonical UTF-8 bytes of <paramref name="json"/>.</summary>
    public static byte[] Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonicalize(document.RootElement);
    }

    /// <summary>The canonical UTF-8 bytes of <paramref name="element"/>; with <paramref name="leaveOutRootMember"/>, the root object without that member.</summary>
    public static byte[] Canonicalize(JsonElement element, string? leaveOutRootMember = null)
    {
        var text = new StringBuilder();
        Write(text, element, leaveOutRootMember);
        return StrictUtf8.GetBytes(text.ToString());
    }

    /// <summary>The canonical text (before UTF-8 encoding) of <paramref name="json"/>.</summary>
    public static string CanonicalText(string json) => StrictUtf8.GetString(Canonicalize(json));

    private static void Write(StringBuilder text, JsonElement element, string? leaveOut)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<(string Name, JsonElement Value)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    if (!seen.Add(member.Name))
                    {
                        throw new ArgumentException($"Duplicate member name '{member.Name}': not I-JSON.");
                    }

                    if (leaveOut is not null && member.Name == leaveOut)
                    {
                        continue;
                    }

                    members.Add((member.Name, member.Value));
                }

                members.Sort((a, b) => CompareUtf16(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    WriteString(text, members[i].Name);
                    text.Append(':');
                    Write(text, members[i].Value, null);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    Write(text, item, null);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, element.GetString()!);
                break;
            case JsonValueKind.Number:
                var value = double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                text.Append(Number(value));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                throw new ArgumentException($"Not a JSON value: {element.ValueKind}.");
        }
    }

    /// <summary>Compares two names as sequences of UTF-16 code units (RFC 8785 §3.2.3), a shorter prefix first.</summary>
    public static int CompareUtf16(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            int x = a[i], y = b[i];
            if (x != y)
            {
                return x - y;
            }
        }

        return a.Length - b.Length;
    }

    /// <summary>ECMAScript QuoteJSONString for well-formed UTF-16 (a lone surrogate is not I-JSON and throws).</summary>
    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u00").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c))
                    {
                        if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                        {
                            throw new ArgumentException($"Lone high surrogate at {i}: not I-JSON.");
                        }

                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsLowSurrogate(c))
                    {
                        throw new ArgumentException($"Lone low surrogate at {i}: not I-JSON.");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }

    /// <summary>ECMAScript Number::toString(x) with radix 10 (ECMA-262 §6.1.6.1.20), for a finite double.</summary>
    public static string Number(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            throw new ArgumentException($"{x} is not a finite number: not I-JSON.", nameof(x));
        }

        // Step 2: +0 and -0 are "0".
        if (x == 0)
        {
            return "0";
        }

        // Step 4: negative numbers are "-" and the string of -x.
        if (x < 0)
        {
            return "-" + Number(-x);
        }

        var (s, n) = ShortestDigits(x);
        var k = s.Length;
        var text = new StringBuilder();
        if (k <= n && n <= 21)
        {
            // Step 6: the k digits and n - k zeros.
            text.Append(s).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            // Step 7: the first n digits, a point, the other k - n digits.
            text.Append(s, 0, n).Append('.').Append(s, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            // Step 8: "0.", -n zeros, the k digits.
            text.Append("0.").Append('0', -n).Append(s);
        }
        else
        {
            // Steps 9 and 10: one digit, a point and the others if any, "e", the sign of n - 1 and its magnitude.
            text.Append(s[0]);
            if (k > 1)
            {
                text.Append('.').Append(s, 1, k - 1);
            }

            var exponent = n - 1;
            text.Append('e').Append(exponent >= 0 ? '+' : '-').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// For positive finite <paramref name="x"/>: the digits of s (no trailing zeros) and n, with k = digits' length as
    /// small as possible, s × 10^(n − k) a decimal that parses back to x, and of those the closest to x (ties: even s).
    /// </summary>
    public static (string Digits, int N) ShortestDigits(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & ((1L << 52) - 1);
        BigInteger m = biased == 0 ? fraction : fraction | (1L << 52);
        var e = biased == 0 ? -1074 : biased - 1075;

        // x = m·2^e. Reals that round to x lie between the midpoints to its neighbours; at a power of two (other than
        // the smallest normal exponent) the neighbour below is half as far away.
        var value = new Rational(m, 0).TimesPowerOfTwo(e);
        var high = new Rational(2 * m + 1, 0).TimesPowerOfTwo(e - 1);
        var narrowBelow = m == (BigInteger.One << 52) && biased > 1;
        var low = narrowBelow ? new Rational(4 * m - 1, 0).TimesPowerOfTwo(e - 2) : new Rational(2 * m - 1, 0).TimesPowerOfTwo(e - 1);
        var inclusive = m.IsEven;

        // n: 10^(n-1) <= x < 10^n, found exactly.
        var n = (int)Math.Floor(Math.Log10(x)) + 1;
        while (Rational.Compare(value, Rational.PowerOfTen(n - 1)) < 0)
        {
            n--;
        }

        while (Rational.Compare(value, Rational.PowerOfTen(n)) >= 0)
        {
            n++;
        }

        for (var p = 1; p <= 17; p++)
        {
            var shift = n - p;
            var scaled = value.TimesPowerOfTen(-shift);
            var below = scaled.Floor();
            BigInteger[] candidates = scaled.IsInteger ? [below] : [below, below + 1];
            BigInteger? best = null;
            Rational bestDistance = default;
            foreach (var c in candidates)
            {
                var v = new Rational(c, 0).TimesPowerOfTen(shift);
                var aboveLow = Rational.Compare(v, low) is var l && (l > 0 || (l == 0 && inclusive));
                var belowHigh = Rational.Compare(v, high) is var h && (h < 0 || (h == 0 && inclusive));
                if (!aboveLow || !belowHigh)
                {
                    continue;
                }

                var distance = Rational.Abs(Rational.Subtract(v, value));
                var order = best is null ? -1 : Rational.Compare(distance, bestDistance);
                if (order < 0 || (order == 0 && c.IsEven))
                {
                    best = c;
                    bestDistance = distance;
                }
            }

            if (best is { } chosen)
            {
                var digits = chosen.ToString(CultureInfo.InvariantCulture);
                var nOut = shift + digits.Length;
                return (digits.TrimEnd('0'), nOut);
            }
        }

        throw new InvalidOperationException($"No decimal of at most 17 digits round-trips to {x:R}: the interval arithmetic is wrong.");
    }

    /// <summary>An exact non-negative-denominator rational, numerator/denominator.</summary>
    private readonly record struct Rational(BigInteger Numerator, BigInteger DenominatorOrZeroForOne)
    {
        private BigInteger Denominator => DenominatorOrZeroForOne.IsZero ? BigInteger.One : DenominatorOrZeroForOne;

        public bool IsInteger => (Numerator % Denominator).IsZero;

        public static Rational PowerOfTen(int k) => new Rational(BigInteger.One, 0).TimesPowerOfTen(k);

        public Rational TimesPowerOfTwo(int k)
            => k >= 0 ? new(Numerator << k, Denominator) : new(Numerator, Denominator << -k);

        public Rational TimesPowerOfTen(int k)
            => k >= 0 ? new(Numerator * BigInteger.Pow(10, k), Denominator) : new(Numerator, Denominator * BigInteger.Pow(10, -k));

        /// <summary>The floor, for a non-negative value.</summary>
        public BigInteger Floor() => BigInteger.Divide(Numerator, Denominator);

        public static int Compare(Rational a, Rational b) => (a.Numerator * b.Denominator).CompareTo(b.Numerator * a.Denominator);

        public static Rational Subtract(Rational a, Rational b)
            => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

        public static Rational Abs(Rational a) => new(BigInteger.Abs(a.Numerator), a.Denominator);
    }
}
