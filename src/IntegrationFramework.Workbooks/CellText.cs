using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IntegrationFramework.Workbooks;

/// <summary>
/// The escapes of a cell's text in Office Open XML (ST_Xstring): a character XML cannot carry as it is, such as the
/// carriage return of a Windows line break, is written <c>_x000D_</c>, and a literal <c>_x000D_</c> is written with
/// its underscore escaped, <c>_x005F_x000D_</c>, as Excel does; so evidence reads back exactly as it was written.
/// </summary>
internal static partial class CellText
{
    public static string Encode(string text)
    {
        if (!NeedsEncoding(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && Escape().IsMatch(text.AsSpan(i)))
            {
                builder.Append("_x005F_");
            }
            else if (c is '\r' or (< ' ' and not ('\t' or '\n')) or '\uFFFE' or '\uFFFF')
            {
                builder.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Decode(string text)
        => text.Contains("_x", StringComparison.Ordinal)
            ? Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    private static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
        {
            if (c is '_' or '\r' or (< ' ' and not ('\t' or '\n')) or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();
}
