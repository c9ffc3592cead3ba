using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports;

/// <summary>What every format of a comparison shows besides its table: the scores whose stage changed and the items that moved.</summary>
internal static class ComparisonContent
{
    /// <summary>A score whose stage changed: its label ("Overall", a theme's or a domain's code and name) and both stages.</summary>
    public readonly record struct StageChange(string Name, Stage? Earlier, Stage? Later);

    /// <summary>The overall, theme and domain scores whose stage differs between the reviews, in that order.</summary>
    public static List<StageChange> StageChanges(ReviewComparison trend)
    {
        var checklist = trend.Framework.Checklist;
        var changes = new List<StageChange>();
        void Add(string name, ScoreChange change)
        {
            var (before, after) = (Stages.Of(change.Earlier), Stages.Of(change.Later));
            if (before != after)
            {
                changes.Add(new(name, before, after));
            }
        }

        Add("Overall", trend.Overall);
        foreach (var theme in trend.Themes)
        {
            Add($"{theme.Code} {checklist.FindTheme(theme.Code)?.Name}", theme);
        }

        foreach (var domain in trend.Domains)
        {
            Add($"{domain.Code} {checklist.FindDomain(domain.Code)?.Name}", domain);
        }

        return changes;
    }

    /// <summary>The items whose points changed, largest change first, then in the checklist's order.</summary>
    public static List<ScoreChange> MovedItems(ReviewComparison trend)
        => [.. trend.Items.Where(i => i.Difference is not null and not 0).OrderByDescending(i => Math.Abs(i.Difference!.Value))];

    /// <summary>"developing → maturing", with "no score" for a missing stage.</summary>
    public static string Describe(StageChange change) => $"{StageName(change.Earlier)} → {StageName(change.Later)}";

    private static string StageName(Stage? stage) => stage is null ? "no score" : Display.Stage(stage);
}
