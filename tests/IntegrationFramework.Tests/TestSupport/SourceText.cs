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
/// and punctuation moves. It cannot absorb text that the two-column layout split and reordered, or footnote markers
/// run into words ("count’,43 in"); <see cref="Locate"/> therefore finds a text as at most three long fragments.
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
    private readonly int[] pageOfLine;

    private SourceText(string fileName, bool paginated)
    {
        Lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Sources", fileName));
        var text = new StringBuilder();
        var lines = new List<int>();
        pageOfLine = new int[Lines.Count];
        var page = 3;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (paginated && (Lines[i].StartsWith(' ') || (Lines[i] == RunningTitle && FollowsPageNumber(i))))
            {
                page++;
            }

            pageOfLine[i] = paginated ? page : 0;
            var n = Normalise(Lines[i]);
            text.Append(n);
            lines.AddRange(Enumerable.Repeat(i, n.Length));
        }

        normalised = text.ToString();
        lineOfChar = [.. lines];
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
    /// Finds <paramref name="text"/> as at most <paramref name="maxFragments"/> pieces, each the longest prefix of what
    /// remains that the searched text holds, and each at least <paramref name="minFragment"/> normalised characters
    /// long (unless the text is found whole in one piece). The search covers the whole document, or only
    /// pages <paramref name="firstPage"/> to <paramref name="lastPage"/> when they are given. Returns the page on
    /// which the first fragment starts, or null when the text cannot be found that way.
    /// </summary>
    public int? Locate(string text, int? firstPage = null, int? lastPage = null, int maxFragments = 3, int minFragment = 20)
    {
        var (from, to) = (0, normalised.Length);
        if (firstPage is { } first)
        {
            from = Array.FindIndex(lineOfChar, line => pageOfLine[line] >= first);
            to = Array.FindLastIndex(lineOfChar, line => pageOfLine[line] <= (lastPage ?? first)) + 1;
            if (from < 0 || to <= from)
            {
                return null;
            }
        }

        var haystack = normalised.AsSpan(from, to - from);
        var rest = Normalise(text).AsSpan();
        int? startPage = null;
        for (var fragments = 0; rest.Length > 0; fragments++)
        {
            var low = 1;
            var high = rest.Length;
            var best = 0;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                if (haystack.IndexOf(rest[..mid], StringComparison.Ordinal) >= 0)
                {
                    best = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            if (best == 0 || (best < minFragment && !(fragments == 0 && best == rest.Length)) || fragments == maxFragments)
            {
                return null;
            }

            startPage ??= pageOfLine[lineOfChar[from + haystack.IndexOf(rest[..best], StringComparison.Ordinal)]];
            rest = rest[best..];
        }

        return startPage;
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
