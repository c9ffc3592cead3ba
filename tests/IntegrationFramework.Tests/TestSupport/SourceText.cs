using System.Text;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Tests.TestSupport;

/// <summary>
/// The plain-text extraction of a source document (in <c>docs/sources/</c>), searchable after normalisation and, for
/// the paginated 2018 report, with the printed page number of every line.
/// </summary>
/// <remarks>
/// <para>
/// Normalisation keeps only letters and digits, lower-cased, with curly quotes folded. That absorbs the extraction's
/// artefacts: words hyphenated across line breaks lose the hyphen ("personcentred"), line breaks and spacing vary,
/// and punctuation moves. <see cref="Match"/> also skips running headers, lone page numbers and footnote marks run
/// into words ("count’,43 in"), and nothing else: text that the two-column layout split and reordered is matched
/// piece by piece, by the tests that name it.
/// </para>
/// <para>
/// Pages of the 2018 report: the extraction marks most page breaks with a line that starts with a space. Three breaks
/// are unmarked; each sits after a printed page number and starts with the running title "Shifting the centre of
/// gravity". The first page (the foreword) is page 4. <see cref="PrintedPageNumbers"/> lets a test check this map
/// against every page number the extraction prints.
/// </para>
/// </remarks>
internal sealed class SourceText
{
    private const string RunningTitle = "Shifting the centre of gravity";
    private readonly string normalised;
    private readonly int[] lineOfChar;
    private readonly int[] columnOfChar;
    private readonly int[] pageOfLine;

    private SourceText(string fileName, bool paginated)
    {
        Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Sources", fileName));
        var text = new StringBuilder();
        var lines = new List<int>();
        var columns = new List<int>();
        pageOfLine = new int[Lines.Count];
        var page = 3;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (paginated && (Lines[i].StartsWith(' ') || (Lines[i] == RunningTitle && FollowsPageNumber(i))))
            {
                page++;
            }

            pageOfLine[i] = paginated ? page : 0;

            // Running headers and lone numbers (printed page numbers, footnote marks on a line of their own) are not
            // the document's words: a passage runs on across them.
            if (Lines[i].Trim() == RunningTitle || IsNumber(Lines[i]))
            {
                continue;
            }

            var lower = Lines[i].ToLowerInvariant();
            for (var column = 0; column < lower.Length; column++)
            {
                if (char.IsAsciiLetterOrDigit(lower[column]))
                {
                    text.Append(lower[column]);
                    lines.Add(i);
                    columns.Add(column);
                }
            }
        }

        normalised = text.ToString();
        lineOfChar = [.. lines];
        columnOfChar = [.. columns];
    }

    public static SourceText Report2018 { get; } = new("shifting-the-centre-of-gravity-2018.txt", paginated: true);

    public static SourceText LgaPaper { get; } = new("lga-position-paper-on-integration.txt", paginated: false);

    /// <summary>The raw lines of the extraction.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// The printed page numbers the extraction carries, as (line index, number): a line holding only a number, where
    /// the next line with text starts a new page. (Other lone numbers are footnote markers.)
    /// </summary>
    public IEnumerable<(int Line, int Number)> PrintedPageNumbers
    {
        get
        {
            for (var i = 0; i < Lines.Count; i++)
            {
                var next = i + 1;
                while (next < Lines.Count && Lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (IsNumber(Lines[i]) && next < Lines.Count && pageOfLine[next] != pageOfLine[i])
                {
                    yield return (i, int.Parse(Lines[i].Trim(), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    public static SourceText For(SourceDocument document)
        => document == Frameworks.ShiftingTheCentreOfGravity2018.Document ? Report2018
            : document == Frameworks.LgaPositionPaper.Document ? LgaPaper
            : throw new ArgumentException($"No source text for {document}.", nameof(document));

    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The page on which the extraction's line <paramref name="line"/> was printed.</summary>
    public int PageOfLine(int line) => pageOfLine[line];

    /// <summary>Whether the normalised text holds <paramref name="phrase"/> in one piece.</summary>
    public bool Contains(string phrase) => normalised.Contains(Normalise(phrase), StringComparison.Ordinal);

    /// <summary>
    /// Where <paramref name="text"/> is, word for word and in order: the position in the normalised text at which it
    /// starts, on a page from <paramref name="firstPage"/> to <paramref name="lastPage"/> (anywhere when no page is
    /// given), or null. Between its words the source may have only what normalising removes (line breaks, spacing,
    /// punctuation, the hyphen of a word broken across lines), running headers and lone page numbers (left out of the
    /// normalised text), and footnote marks: digits run into the end of a word ("count’,43 in"), which are skipped.
    /// A word dropped, added, changed or moved fails.
    /// </summary>
    public int? Match(string text, int? firstPage = null, int? lastPage = null)
    {
        var needle = Normalise(text);
        if (needle.Length == 0)
        {
            return null;
        }

        for (var start = normalised.IndexOf(needle[0]); start >= 0; start = normalised.IndexOf(needle[0], start + 1))
        {
            if (firstPage is { } first)
            {
                var page = pageOfLine[lineOfChar[start]];
                if (page > (lastPage ?? first))
                {
                    return null;
                }

                if (page < first)
                {
                    continue;
                }
            }

            if (MatchesAt(start, needle) is { })
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>The page on which the normalised text's character <paramref name="position"/> was printed.</summary>
    public int PageOfPosition(int position) => pageOfLine[lineOfChar[position]];

    /// <summary>
    /// Whether the source's sentence or list item ends where <paramref name="text"/>, matched at
    /// <paramref name="start"/>, ends: next comes a full stop, semicolon, colon or the end of a list item, not more
    /// words of the same sentence (which would make the entry an abridgement).
    /// </summary>
    public bool EndsWithItsPassage(int start, string text)
    {
        var end = MatchesAt(start, Normalise(text)) ?? throw new ArgumentException("The text does not match there.", nameof(text));
        var line = lineOfChar[end - 1];
        var column = columnOfChar[end - 1] + 1;
        var ended = false;
        while (char.IsAsciiDigit(At(line, column)))
        {
            column++; // a footnote mark
        }

        while (line < Lines.Count)
        {
            for (; column < Lines[line].Length; column++)
            {
                var c = Lines[line][column];
                if (char.IsLetterOrDigit(c))
                {
                    return ended;
                }

                ended |= c is '.' or ';' or ':' or '!' or '?';
            }

            if (ended)
            {
                return true;
            }

            do
            {
                line++;
            }
            while (line < Lines.Count && (Lines[line].Trim().Length == 0 || Lines[line].Trim() == RunningTitle || IsNumber(Lines[line])));

            // A line break: the sentence runs on when the next line starts with a small letter.
            return line >= Lines.Count || !char.IsLower(Lines[line].TrimStart()[0]);
        }

        return true;
    }

    private char At(int line, int column) => column < Lines[line].Length ? Lines[line][column] : ' ';

    /// <summary>Where the match of <paramref name="needle"/> at <paramref name="start"/> ends (exclusive), or null.</summary>
    private int? MatchesAt(int start, string needle)
    {
        int i = start, j = 0;
        while (j < needle.Length)
        {
            if (i < normalised.Length && normalised[i] == needle[j])
            {
                i++;
                j++;
            }
            else if (i < normalised.Length && char.IsAsciiDigit(normalised[i]) && i > start && char.IsAsciiLetter(normalised[i - 1]))
            {
                // A footnote mark run into the word before it.
                while (i < normalised.Length && char.IsAsciiDigit(normalised[i]))
                {
                    i++;
                }
            }
            else
            {
                return null;
            }
        }

        return i;
    }

    private static bool IsNumber(string line) => line.Trim() is { Length: 1 or 2 } text && text.All(char.IsAsciiDigit);

    private bool FollowsPageNumber(int line)
    {
        var previous = line - 1;
        while (previous >= 0 && Lines[previous].Trim().Length == 0)
        {
            previous--;
        }

        return previous >= 0 && IsNumber(Lines[previous]);
    }
}
