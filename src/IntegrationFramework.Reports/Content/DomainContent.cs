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
        var blocks = new List<Block>();
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
        var meta = ((Text)$"{Display.Score(score.Score)} ").Then(Display.Stage(score.Stage), Style.Stage)
            .Then($" · coverage {Display.Percent(score.Coverage)} ({score.RatedItems.ToString(CultureInfo.InvariantCulture)} of {score.ApplicableItems.ToString(CultureInfo.InvariantCulture)} applicable items) · target {Display.Score(score.TargetScore)}{standing}");
        return section with
        {
            Blocks =
            [
                new Paragraph(meta) { Marks = Marks.Classes("meta") },
                new Paragraph(explanation) { Marks = Marks.Of("domain", domain.Code, "explain") },
                new Paragraph($"Alpha {Display.Alpha(score.Alpha)}: {Agenda.ReadAlpha(score.Alpha)}.") { Marks = Marks.Classes("alpha") },
            ],
            Sections = [.. report.Gaps.WeakDomains.Where(w => w.DomainCode == domain.Code).Select(w => Weak(report, w))],
        };
    }

    /// <summary>What others did in a weak domain: its first <see cref="Examples"/> case examples, each with its source.</summary>
    public static Section Weak(ScoreCardReport report, DomainSuggestion weak)
    {
        var name = report.Framework.Checklist.FindDomain(weak.DomainCode) is { } domain ? $"{domain.Code} {domain.Name}" : weak.DomainCode;
        var examples = weak.CaseExamples.Take(Examples).Select(example => new ListItem(Example(example), Marks.None)).ToList();
        return new($"weak-{weak.DomainCode}", weak.Stage is { } stage ? $"What others did: {name} is {Display.Stage(stage)} ({Display.Score(weak.Score)})" : $"What others did: {name} scores {Display.Score(weak.Score)}", [new ItemList(examples, Ordered: false) { Marks = Marks.Classes("examples") }])
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
