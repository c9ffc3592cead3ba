using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using IntegrationFramework.Reports.Tests.Browser;

namespace IntegrationFramework.Reports.Tests;

/// <summary>
/// One content, three formats: every report of the samples — score cards, the consensus meeting's pack, comparisons and
/// a roll-up — has the same sections, in the same order, the same work items in the same order and the same case
/// examples in text, Markdown and HTML, read back from what each format wrote.
/// </summary>
public sealed partial class OneContentTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_format_has_every_section_in_the_same_order(string name)
    {
        var headings = Headings(name);
        var text = Lines(ReportPages.Render(name, ReportFormat.Text));
        var markdown = Lines(ReportPages.Render(name, ReportFormat.Markdown));

        Assert.NotEmpty(headings);
        Assert.Equal(headings, InOrder(headings, text, line => line.Trim()));
        Assert.Equal(headings, InOrder(headings, markdown, line => Heading().Match(line) is { Success: true } m ? Unescape(m.Groups[1].Value) : null));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_format_lists_the_same_work_items_in_the_same_order(string name)
    {
        var page = Parser.ParseDocument(ReportPages.Render(name, ReportFormat.Html));
        var html = page.QuerySelectorAll("ol.gaps li[data-item], ol.gaps-more li[data-item]").Select(li => li.GetAttribute("data-item")!).ToList();
        var text = Lines(ReportPages.Render(name, ReportFormat.Text)).Select(l => TextWorkItem().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var markdown = Lines(ReportPages.Render(name, ReportFormat.Markdown)).Select(l => MarkdownWorkItem().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(html, text);
        Assert.Equal(html, markdown);
        Assert.Equal(html.Count, html.Distinct().Count());
        // A pack and a comparison list no work; a roll-up has no item work list of its own (its items have no consensus).
        Assert.True(name.StartsWith("agenda", StringComparison.Ordinal) || name.StartsWith("compare", StringComparison.Ordinal) || name.StartsWith("rollup", StringComparison.Ordinal) || html.Count > 0, $"{name} lists no work item");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_format_gives_the_same_case_examples(string name)
    {
        var page = Parser.ParseDocument(ReportPages.Render(name, ReportFormat.Html));
        var titles = page.QuerySelectorAll("div.weak ul.examples li > strong").Select(s => s.TextContent).ToList();
        var text = ReportPages.Render(name, ReportFormat.Text);
        var markdown = ReportPages.Render(name, ReportFormat.Markdown);

        Assert.All(page.QuerySelectorAll("div.weak ul.examples"), list => Assert.Equal(2, list.Children.Length));
        foreach (var title in titles.Distinct())
        {
            var times = titles.Count(t => t == title);
            Assert.Equal(times, Regex.Count(text, $@"^\s*- {Regex.Escape(title)} \(", RegexOptions.Multiline));
            Assert.Equal(times, Regex.Count(markdown, $@"^- \*\*{Regex.Escape(Escape(title))}\*\* \(", RegexOptions.Multiline));
        }

        Assert.Equal(titles.Count, Regex.Count(text, @"^\s*- .+ \(.+\)\. ", RegexOptions.Multiline) - Stages(text));
    }

    [Fact]
    public void The_card_and_the_roll_up_have_their_work_list_and_the_roll_up_its_children_in_every_format()
    {
        foreach (var format in (ReportFormat[])[ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html])
        {
            var rollup = ReportPages.Render("rollup-croydon", format);
            Assert.Contains("Children", rollup, StringComparison.Ordinal);
            Assert.Contains("Croydon north neighbourhood (illustrative)", rollup, StringComparison.Ordinal);
            Assert.Contains("Outcome-based, person-centred care in community settings", rollup, StringComparison.Ordinal);
            Assert.Contains(": 62.7, the children's mean target 75.9 (13.3 short)", format == ReportFormat.Html ? Parser.ParseDocument(rollup).Body!.TextContent : rollup, StringComparison.Ordinal);
            Assert.DoesNotContain("agree where you stand first", rollup, StringComparison.Ordinal);
            Assert.Contains("Everything else to work on", ReportPages.Render("card-croydon", format), StringComparison.Ordinal);
            Assert.Contains("out of scope", ReportPages.Render("card-part-filled", format), StringComparison.Ordinal);
            Assert.DoesNotContain("excluded", ReportPages.Render("card-part-filled", format).Replace("excludes", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_format_reads_each_change_against_partner_disagreement_in_the_same_words()
    {
        // Plymouth's reviews have the same four partners: paired bands. COM's +22.2 is beyond the noise; PCC's
        // 76.0 to 74.0, one item down one level, is within it and not called a change of stage, each stage read as its
        // card reads it (neither holds in 80% of resamples).
        string[] phrases =
        [
            "The same 4 partners rated both reviews, so each band applies one draw of them with replacement to both: every multiset, 35 of them, weighted by its probability",
            "Integrated commissioning and best use of resources: +22.2, more than partner disagreement alone produces (band of the change +20.8 to +30.6)",
            "in community settings: -2.1, within what partner disagreement alone produces (band of the change -4.2 to +8.3, which includes 0)",
            "in community settings: maturing or thriving → maturing or thriving: -2.1, within what partner disagreement alone produces (band of the change -4.2 to +8.3, which includes 0)",
            "No stage changed beyond partner disagreement with both stages holding across their partner bands.",
        ];
        var html = Parser.ParseDocument(ReportPages.Render("compare-plymouth", ReportFormat.Html)).Body!.TextContent;
        foreach (var format in (ReportFormat[])[ReportFormat.Text, ReportFormat.Markdown])
        {
            var text = ReportPages.Render("compare-plymouth", format).Replace("**", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);
            Assert.All(phrases, phrase => Assert.Contains(phrase, text, StringComparison.Ordinal));
        }

        Assert.All(phrases, phrase => Assert.Contains(phrase, html, StringComparison.Ordinal));
    }

    public static TheoryData<string> Pages => ReportPages.Names;

    /// <summary>The headings of the HTML page below its title, in order.</summary>
    private static List<string> Headings(string name)
        => [.. Parser.ParseDocument(ReportPages.Render(name, ReportFormat.Html)).QuerySelectorAll("main h2, main h3, main h4, main h5, main h6").Select(h => h.TextContent.Trim())];

    /// <summary>The headings found in <paramref name="lines"/> in order, each after the one before.</summary>
    private static List<string> InOrder(List<string> headings, List<string> lines, Func<string, string?> heading)
    {
        var found = new List<string>();
        var at = 0;
        foreach (var wanted in headings)
        {
            var index = lines.FindIndex(at, line => heading(line) == wanted);
            if (index < 0)
            {
                break;
            }

            found.Add(wanted);
            at = index + 1;
        }

        return found;
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r'))];

    /// <summary>Markdown without its escapes and bold, as the heading reads.</summary>
    private static string Unescape(string markdown)
        => Regex.Replace(markdown.Replace("**", string.Empty, StringComparison.Ordinal), @"\\(.)", "$1").Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    private static string Escape(string text) => Regex.Replace(text.Replace("&", "&amp;", StringComparison.Ordinal), @"([\\|\[\]`*_])", @"\$1");

    /// <summary>The stage changes a comparison lists as "- name: a → b", which look like examples to the count.</summary>
    private static int Stages(string text) => Regex.Count(text, @"^\s*- .+ \(.+\)\. .*→", RegexOptions.Multiline);

    [GeneratedRegex(@"^#{2,6} (.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s+\d+\. ([A-Z]+\.\d+) ")]
    private static partial Regex TextWorkItem();

    [GeneratedRegex(@"^\d+\. \*\*([A-Z]+\.\d+)\*\* ")]
    private static partial Regex MarkdownWorkItem();
}
