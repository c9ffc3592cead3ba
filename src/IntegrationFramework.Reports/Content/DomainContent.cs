using System.Globalization;
using IntegrationFramework.Evidence;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Content;

/// <summary>
/// A section per domain of a score card: its score, stage, coverage and target, how its score is made item by item, its
/// alpha in plain words, and, for a weak domain, what others did (the case examples the framework gives).
/// </summary>
internal static class DomainContent
{
    /// <summary>How many case examples a weak domain shows, in every format.</summary>
    public const int Examples = 2;

    /// <summary>The section of every domain.</summary>
    public static Section Domains(ScoreCardReport report)
    {
        var blocks = new List<Block> { CardContent.BandsExplained(report) };
        if (report.Peers is { } group)
        {
            blocks.Add(CardContent.Note($"Peers: {group.Describe()}"));
        }

        return new("domains", "Domains", blocks)
        {
            Marks = Marks.Classes("domains"),
            Sections = [.. report.Framework.Checklist.Domains.Select(d => Domain(report, d))],
        };
    }

    private static Section Domain(ScoreCardReport report, Checklists.Domain domain)
    {
        var explanation = ScoreExplanation.Of(report, domain.Code).ToText();
        var section = new Section(domain.Code, $"{domain.Code} {domain.Name}", []) { Anchored = true, Marks = Marks.Classes("domain") };
        if (report.Card.FindDomain(domain.Code) is not { Excluded: false } score)
        {
            return section with { Blocks = [new Paragraph(explanation) { Marks = Marks.Classes("explain") }] };
        }

        var standing = report.Peers is { } peers ? $" · {Display.Percentile(peers.For(domain.Code))}" : string.Empty;
        var index = report.DomainIndex(domain.Code);
        var band = report.Bands?.Domains[index];
        var stage = BandWords.Stage(score.Score, score.Stage, band, BandWords.DomainWithheld);
        var meta = ((Text)$"{Display.Score(score.Score)} ").Then(stage.Words, Style.Stage)
            .Then($"{(band is null ? string.Empty : $" · band {BandWords.Band(band)}")} · coverage {Display.Percent(score.Coverage)} ({score.RatedItems.ToString(CultureInfo.InvariantCulture)} of {score.ApplicableItems.ToString(CultureInfo.InvariantCulture)} applicable items) · target {Display.Score(score.TargetScore)}{standing}");
        var alpha = report.Bands is { } bands
            ? $"Alpha: {BandWords.Alpha(bands.Alphas[index])}."
            : $"Alpha {Display.Alpha(score.Alpha)}: not read in words without its band.";
        return section with
        {
            Blocks =
            [
                new Paragraph(meta) { Marks = Marks.Classes("meta") },
                new Paragraph(explanation) { Marks = Marks.Of("domain", domain.Code, "explain") },
                .. Uncertain(report, domain.Code, score),
                new Paragraph(alpha) { Marks = Marks.Classes("alpha") },
            ],
            Sections = [.. report.Gaps.WeakDomains.Where(w => w.DomainCode == domain.Code).Select(w => Weak(report, w))],
        };
    }

    /// <summary>
    /// How far the domain's score moves with each uncertain item: "GOV 65.0; GOV.3 is uncertain: 55.0 to 75.0 with it at
    /// its lowest and highest level."
    /// </summary>
    private static IEnumerable<Paragraph> Uncertain(ScoreCardReport report, string code, DomainScore score)
    {
        var uncertain = report.Bands?.UncertainItems.Where(u => u.DomainCode == code).ToList() ?? [];
        if (uncertain.Count == 0)
        {
            yield break;
        }

        var each = uncertain.Select(u => $"{u.ItemId} is uncertain: {Display.Score(u.LowestScore)} to {Display.Score(u.HighestScore)} with it at its lowest and highest level");
        yield return new Paragraph($"{code} {Display.Score(score.Score)}; {string.Join("; ", each)}.") { Marks = Marks.Classes("uncertain") };
    }

    /// <summary>What others did in a weak domain: its first <see cref="Examples"/> case examples, each with its source.</summary>
    public static Section Weak(ScoreCardReport report, DomainSuggestion weak)
    {
        var name = report.Framework.Checklist.FindDomain(weak.DomainCode) is { } domain ? $"{domain.Code} {domain.Name}" : weak.DomainCode;
        var examples = weak.CaseExamples.Take(Examples).Select(example => new ListItem(Example(example), Marks.None)).ToList();
        var index = report.DomainIndex(weak.DomainCode);
        var stage = BandWords.Stage(weak.Score, weak.Stage, index < 0 ? null : report.Bands?.Domains[index], BandWords.DomainWithheld);
        // An edition of one's own may have no case examples at all: say so rather than show an empty list.
        Block body = examples.Count > 0
            ? new ItemList(examples, Ordered: false) { Marks = Marks.Classes("examples") }
            : new Paragraph($"{report.Framework.Id} gives no case examples for {weak.DomainCode}, so there are none to suggest.") { Marks = Marks.Classes("examples") };
        return new($"weak-{weak.DomainCode}", $"What others did: {name}, {Display.Score(weak.Score)} ({stage.Words})", [body])
        {
            Element = "div",
            Marks = Marks.Of("domain", weak.DomainCode, "weak"),
        };
    }

    /// <summary>A case example in a line: its title, places and level, summary, outcome and source.</summary>
    private static Text Example(CaseExample example)
    {
        var figure = example.Figures.FirstOrDefault(f => f.Kind == FigureKind.Outcome);
        var source = example.Source.Page is { } page ? $"{example.Source.Document}, p. {page.ToString(CultureInfo.InvariantCulture)}" : example.Source.ToString();
        var text = Text.Of(example.Title, Style.Strong).Then($" ({string.Join(", ", example.Places)}, {Display.Level(example.Level)}). {example.Summary}");
        return (figure is null ? text : text.Then(" ").Then($"{figure}.", Style.Emphasis)).Then(" ").Then(source, Style.Quiet);
    }
}
