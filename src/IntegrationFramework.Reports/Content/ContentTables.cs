namespace IntegrationFramework.Reports.Content;

/// <summary>The tables that formats without bars show for <see cref="ThemeBars"/>.</summary>
internal static class ContentTables
{
    /// <summary>The themes as a table: each theme's score, band, stage and target.</summary>
    public static Table Themes(ThemeBars bars)
        => new(
            [new("Theme", Width: 44), new("Score", Numeric: true, Width: 6), new("Band", Width: 11), new("Stage", Width: 26), new("Target", Numeric: true, Width: 6)],
            [.. bars.Themes.Select(t => new Row([$"{t.Code} {t.Name}", Display.Score(t.Score), t.Band, t.Stage.Words, Display.Score(t.Target)]))]);
}
