using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IntegrationFramework.Serialization;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785) of a JSON value: no whitespace, object members sorted by the UTF-16 code
/// units of their names, strings escaped as ECMAScript's <c>JSON.stringify</c> escapes them, and numbers written as
/// ECMAScript writes a double. Any conforming canonicaliser gives the same bytes, so a digest of them can be checked
/// with standard tools.
/// </summary>
internal static class JsonCanonicalForm
{
    /// <summary>The prefix of a digest: the algorithm's name.</summary>
    public const string DigestPrefix = "sha256:";

    /// <summary>"sha256:" and the lowercase hex SHA-256 of the canonical form of <paramref name="root"/>, without its member <paramref name="leaveOut"/>.</summary>
    public static string Digest(JsonElement root, string? leaveOut)
        => DigestPrefix + Convert.ToHexStringLower(SHA256.HashData(Canonical(root, leaveOut)));

    /// <summary>The canonical form of <paramref name="root"/>, as UTF-8, leaving out the root object's member <paramref name="leaveOut"/>.</summary>
    public static byte[] Canonical(JsonElement root, string? leaveOut)
    {
        var text = new StringBuilder();
        Write(root, text, leaveOut);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(JsonElement value, StringBuilder text, string? leaveOut = null)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = value.EnumerateObject().Where(m => m.Name != leaveOut).ToList();
                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    String(members[i].Name, text);
                    text.Append(':');
                    Write(members[i].Value, text);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(first ? string.Empty : ",");
                    first = false;
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                String(value.GetString()!, text);
                break;
            case JsonValueKind.Number:
                text.Append(Number(value.GetDouble()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    /// <summary>A string as <c>JSON.stringify</c> writes it: quotes, backslashes and control characters escaped, the rest as it is (a lone surrogate as \u escape).</summary>
    private static void String(string value, StringBuilder text)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                        : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(value[i - 1])
                        : true;
                    if (c < ' ' || !paired)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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

    /// <summary>
    /// A double as ECMAScript's Number::toString writes it: the shortest digits that read back as the same double, in
    /// plain notation from 1e-6 up to below 1e21 and as "1.5e+21" outside; 0 for both zeros.
    /// </summary>
    public static string Number(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no NaN or infinity.");
        }

        // .NET's round-trip format gives the shortest digits, but for a few powers of two (2^-25, 2^-958; dotnet/runtime
        // PR 131131) digits that read back as the next double down: then the fewest digits that read back, each count
        // correctly rounded, so the nearest of that length, as ECMAScript chooses. Only the notation differs after that.
        var magnitude = Math.Abs(value);
        var shortest = magnitude.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(shortest, CultureInfo.InvariantCulture) != magnitude)
        {
            shortest = Fewest(magnitude);
        }

        var exponent = 0;
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            exponent = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            shortest = shortest[..e];
        }

        var dot = shortest.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? shortest : shortest[..dot];
        var digits = whole + (dot < 0 ? string.Empty : shortest[(dot + 1)..]);
        var point = whole.Length + exponent;
        var lead = 0;
        while (digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..].TrimEnd('0');
        point -= lead;

        // ECMA-262 Number::toString: k digits, the decimal point n places from their start.
        var (k, n) = (digits.Length, point);
        var sign = value < 0 ? "-" : string.Empty;
        string plain;
        if (k <= n && n <= 21)
        {
            plain = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            plain = $"{digits[..n]}.{digits[n..]}";
        }
        else if (-6 < n && n <= 0)
        {
            plain = $"0.{new string('0', -n)}{digits}";
        }
        else
        {
            var power = n - 1;
            var mantissa = k == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            plain = $"{mantissa}e{(power < 0 ? "-" : "+")}{Math.Abs(power).ToString(CultureInfo.InvariantCulture)}";
        }

        return sign + plain;
    }

    /// <summary>The fewest significant digits, correctly rounded, that read back as <paramref name="magnitude"/>.</summary>
    private static string Fewest(double magnitude)
    {
        for (var digits = 1; digits < 17; digits++)
        {
            var candidate = magnitude.ToString("E" + (digits - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(candidate, CultureInfo.InvariantCulture) == magnitude)
            {
                return candidate;
            }
        }

        return magnitude.ToString("E16", CultureInfo.InvariantCulture);
    }
}
