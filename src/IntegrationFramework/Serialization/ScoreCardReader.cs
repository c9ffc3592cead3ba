using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Turns a parsed score card file into a <see cref="ScoreCard"/>, or the problems that prevent it. Stages and gaps
/// follow from the scores and levels, so they are not read back.
/// </summary>
internal sealed partial class ScoreCardReader(ReadOptions options) : DocumentReader
{
    public ReadResult<ScoreCard> Read(ScoreCardDocument document)
    {
        Unknown(document.Unknown, "$");
        var framework = Framework(document.Framework, "$.framework", options.Frameworks);
        var policy = Text(document.Policy, "$.policy", "the id of the scoring policy, such as standard");
        var footprint = Footprint(document.Footprint, "$.footprint");
        var assessedOn = Date(document.AssessedOn, "$.assessedOn", "the date of the assessment, yyyy-MM-dd");

        var overall = Overall(document.Overall);
        var themes = List(document.Themes, "$.themes", "the theme scores", Theme);
        var domains = List(document.Domains, "$.domains", "the domain scores", Domain);
        var items = List(document.Items, "$.items", "the item scores", Item);
        if (framework is not null && !HasErrors)
        {
            Matches(framework.Checklist.Themes, themes, t => t.Code, t => t.Code, "$.themes", "themes", framework);
            Matches(framework.Checklist.Domains, domains, d => $"{d.Code} of {d.ThemeCode}", d => $"{d.Code} of {d.ThemeCode}", "$.domains", "domains", framework);
            Matches(framework.Checklist.Items, items, i => i.Id, i => i.ItemId, "$.items", "items", framework);
        }

        // A card's rated items all carry a consensus, or none does (a roll-up's, whose points are its children's mean).
        var withConsensus = items.Count(i => i.Status == ItemStatus.Rated && i.Consensus is not null);
        var withoutConsensus = items.Count(i => i.Status == ItemStatus.Rated && i.Consensus is null);
        if (withConsensus > 0 && withoutConsensus > 0)
        {
            var first = items.AsSpan().IndexOf(items.First(i => i.Status == ItemStatus.Rated && i.Consensus is null));
            Error(ProblemCodes.InvalidValue, $"$.items[{first}].consensus", $"{withConsensus} rated items have a consensus and {withoutConsensus} have none: an assessment's card gives every rated item its consensus, a roll-up's none; give this item its consensus.");
        }

        var bands = framework is not null && !HasErrors ? Bands(document, framework, domains) : null;
        if (HasErrors)
        {
            return ReadResult.Failure<ScoreCard>(Problems.ToEquatableArray());
        }

        // Stages follow from the scores and coverage, so they are not read back: a theme or the overall has one only when
        // every domain in scope under it has.
        var staged = themes.Select(t => new ThemeScore(t.Code, t.Score, t.TargetScore, Stages.EveryDomainStaged(domains.AsSpan(), t.Code))).ToEquatableArray();
        var whole = new OverallScore(overall!.Value.Score, overall.Value.Coverage, overall.Value.TargetScore, Stages.EveryDomainStaged(domains.AsSpan(), null));
        return ReadResult.Of(new ScoreCard(framework!, policy!, footprint!, assessedOn!.Value, whole, staged, domains, items).WithBands(bands), Problems.ToEquatableArray());
    }

    /// <summary>Checks that a card lists exactly its framework's themes, domains or items, in the checklist's order.</summary>
    private void Matches<TExpected, TRead>(
        Collections.EquatableArray<TExpected> expected,
        Collections.EquatableArray<TRead> read,
        Func<TExpected, string> expectedKey,
        Func<TRead, string> readKey,
        string path,
        string what,
        Checklists.Framework framework)
    {
        for (var i = 0; i < Math.Max(expected.Count, read.Count); i++)
        {
            if (i >= read.Count)
            {
                Error(ProblemCodes.ChecklistMismatch, path, $"The card lists {read.Count} {what}; the {framework.Id} {framework.Version} checklist has {expected.Count}, from {expectedKey(expected[0])}.");
                return;
            }

            if (i >= expected.Count)
            {
                Error(ProblemCodes.ChecklistMismatch, $"{path}[{i}]", $"The card lists {read.Count} {what}; the {framework.Id} {framework.Version} checklist has {expected.Count}.");
                return;
            }

            if (expectedKey(expected[i]) != readKey(read[i]))
            {
                Error(ProblemCodes.ChecklistMismatch, $"{path}[{i}]", $"'{readKey(read[i])}' is not what the {framework.Id} {framework.Version} checklist has here ({expectedKey(expected[i])}); a card lists the checklist's {what} in its order.");
                return;
            }
        }
    }

    private OverallScore? Overall(OverallDocument? document)
    {
        if (document is null)
        {
            Missing("$.overall", "the overall score, coverage and target score");
            return null;
        }

        Unknown(document.Unknown, "$.overall");
        var before = Problems.Count;
        var score = Score(document.Score, "$.overall.score");
        var coverage = Fraction(document.Coverage, "$.overall.coverage");
        var target = Score(document.TargetScore, "$.overall.targetScore");
        return ErrorsSince(before) ? null : new OverallScore(score, coverage, target, staged: false);
    }

    private ThemeScore? Theme(ThemeDocument document, string path)
    {
        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var code = Text(document.Code, $"{path}.code", "the theme's code");
        var score = Score(document.Score, $"{path}.score");
        var target = Score(document.TargetScore, $"{path}.targetScore");
        return ErrorsSince(before) ? null : new ThemeScore(code!, score, target, staged: false);
    }

    private DomainScore? Domain(DomainDocument document, string path)
    {
        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var code = Text(document.Code, $"{path}.code", "the domain's code");
        var theme = Text(document.Theme, $"{path}.theme", "the code of the domain's theme");
        var score = Score(document.Score, $"{path}.score");
        var coverage = Fraction(document.Coverage, $"{path}.coverage");
        var alpha = Number(document.Alpha, $"{path}.alpha", -1, 1, "Krippendorff's alpha is from -1 to 1");
        var target = Score(document.TargetScore, $"{path}.targetScore");
        var rated = Count(document.RatedItems, $"{path}.ratedItems", "how many applicable items are rated");
        var applicable = Count(document.ApplicableItems, $"{path}.applicableItems", "how many items are applicable");
        if (rated > applicable)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.ratedItems", $"ratedItems ({rated}) cannot exceed applicableItems ({applicable}).");
        }

        if (document.Excluded == true && (score is not null || coverage is not null || target is not null))
        {
            Error(ProblemCodes.InvalidValue, path, "An excluded domain has no score, coverage or target score.");
        }

        return ErrorsSince(before) ? null : DomainScore.From(code!, theme!, document.Excluded ?? false, score, coverage, alpha, target, rated!.Value, applicable!.Value);
    }

    private ItemScore? Item(ItemDocument document, string path)
    {
        Unknown(document.Unknown, path);
        var before = Problems.Count;
        var id = Text(document.Id, $"{path}.id", "the item's id");
        var status = Term(document.Status, $"{path}.status", Vocabularies.Status);
        var consensus = Median(document.Consensus, $"{path}.consensus");
        var points = Score(document.Points, $"{path}.points");
        var agreement = OptionalTerm(document.Agreement, $"{path}.agreement", Vocabularies.Agreement);
        var lowest = OptionalTerm(document.LowestLevel, $"{path}.lowestLevel", Vocabularies.Target);
        var highest = OptionalTerm(document.HighestLevel, $"{path}.highestLevel", Vocabularies.Target);
        var ratings = Count(document.Ratings, $"{path}.ratings", "how many ratings the item has");
        var notApplicable = Count(document.NotApplicableRatings, $"{path}.notApplicableRatings", "how many of its ratings say notApplicable");
        var target = Median(document.Target, $"{path}.target");
        var setters = document.TargetSetters is null ? 0 : Count(document.TargetSetters, $"{path}.targetSetters", "how many ratings carry a target");
        var agreed = document.AgreedByMeeting ?? false;
        var median = Median(document.Median, $"{path}.median");
        if (!agreed && document.Median is not null)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.median", "median is kept beside a consensus the meeting agreed; without agreedByMeeting the median is the consensus, so remove it.");
        }

        if (notApplicable > ratings)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.notApplicableRatings", $"notApplicableRatings ({notApplicable}) cannot exceed ratings ({ratings}).");
        }

        if (lowest > highest)
        {
            Error(ProblemCodes.InvalidValue, $"{path}.lowestLevel", $"lowestLevel ({document.LowestLevel}) cannot be above highestLevel ({document.HighestLevel}).");
        }

        if (status is { } known && !ErrorsSince(before))
        {
            Consistent(known, consensus, points, ratings!.Value, path);
        }

        return ErrorsSince(before)
            ? null
            : ItemScore.From(id!, status!.Value, consensus, points, agreement, ratings!.Value, notApplicable!.Value, target, setters ?? 0, lowest, highest, document.Uncertain ?? false, agreed, median);
    }

    /// <summary>A median level as files spell it (<see cref="MedianLevel.ToFileName"/>), or none.</summary>
    private MedianLevel? Median(string? value, string path)
    {
        if (value is null)
        {
            return null;
        }

        if (MedianLevel.TryParse(value, out var median))
        {
            return median;
        }

        Error(ProblemCodes.UnknownValue, path, $"'{value}' is not a level or a midpoint of two; use one of {string.Join(", ", MedianLevel.FileNames)}.");
        return null;
    }

    /// <summary>Checks that an item's values fit its status, as the scorer and the roll-up make them.</summary>
    private void Consistent(ItemStatus status, MedianLevel? consensus, double? points, int ratings, string path)
    {
        switch (status)
        {
            case ItemStatus.Rated when points is null:
                Error(ProblemCodes.InvalidValue, path, "A rated item has points; give them, or another status.");
                break;
            case ItemStatus.Rated when ratings == 0:
                Error(ProblemCodes.InvalidValue, $"{path}.ratings", "A rated item has at least one rating.");
                break;
            case ItemStatus.NotApplicable or ItemStatus.Excluded when consensus is not null || points is not null:
                Error(ProblemCodes.InvalidValue, path, $"An item that is {Vocabularies.Status.NameOf(status)} has no consensus and no points.");
                break;
            case ItemStatus.Unrated when consensus is not null && points is null:
                Error(ProblemCodes.InvalidValue, path, "An unrated item with a consensus is counted as notStarted and has its points; give them, or leave out the consensus.");
                break;
        }
    }

    private EquatableArray<T> List<TDocument, T>(List<TDocument?>? documents, string path, string what, Func<TDocument, string, T?> read)
        where TDocument : class
        where T : struct
    {
        if (documents is null)
        {
            Missing(path, what);
            return [];
        }

        var values = new List<T>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i] is not { } document)
            {
                Error(ProblemCodes.WrongType, $"{path}[{i}]", "The value has the wrong type: expected an object.");
            }
            else if (read(document, $"{path}[{i}]") is { } value)
            {
                values.Add(value);
            }
        }

        return values.ToEquatableArray();
    }

    private double? Score(double? value, string path) => Number(value, path, 0, 100, "a score is from 0 to 100");

    private double? Fraction(double? value, string path) => Number(value, path, 0, 1, "coverage is from 0 to 1");

    private double? Number(double? value, string path, double low, double high, string rule)
    {
        if (value is { } number && !(number >= low && number <= high))
        {
            Error(ProblemCodes.InvalidValue, path, $"{number} is out of range: {rule}.");
            return null;
        }

        return value;
    }

    private int? Count(int? value, string path, string what)
    {
        if (value is null)
        {
            Missing(path, what);
        }
        else if (value < 0)
        {
            Error(ProblemCodes.InvalidValue, path, $"{value} is out of range: {what} is 0 or more.");
            return null;
        }

        return value;
    }
}
