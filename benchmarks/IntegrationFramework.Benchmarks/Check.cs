using IntegrationFramework.Scoring;

namespace IntegrationFramework.Benchmarks;

/// <summary>Checks, before anything is measured, that what is compared computes the same thing.</summary>
internal static class Check
{
    /// <summary>Throws unless two cards agree: every status, level and count exactly, every number to 1e-9.</summary>
    public static void SameCard(ScoreCard expected, ScoreCard actual)
    {
        That(expected.Items.Count == actual.Items.Count, "item count");
        for (var i = 0; i < expected.Items.Count; i++)
        {
            var (e, a) = (expected.Items[i], actual.Items[i]);
            That(e.ItemId == a.ItemId && e.Status == a.Status && e.Consensus == a.Consensus && e.Agreement == a.Agreement
                && e.Ratings == a.Ratings && e.NotApplicableRatings == a.NotApplicableRatings && e.Target == a.Target && Close(e.Points, a.Points), e.ItemId);
        }

        for (var d = 0; d < expected.Domains.Count; d++)
        {
            var (e, a) = (expected.Domains[d], actual.Domains[d]);
            That(e.Code == a.Code && e.Excluded == a.Excluded && e.RatedItems == a.RatedItems && e.ApplicableItems == a.ApplicableItems
                && Close(e.Score, a.Score) && Close(e.Coverage, a.Coverage) && Close(e.Alpha, a.Alpha) && Close(e.TargetScore, a.TargetScore), e.Code);
        }

        for (var t = 0; t < expected.Themes.Count; t++)
        {
            var (e, a) = (expected.Themes[t], actual.Themes[t]);
            That(e.Code == a.Code && Close(e.Score, a.Score) && Close(e.TargetScore, a.TargetScore), e.Code);
        }

        That(Close(expected.Overall.Score, actual.Overall.Score) && Close(expected.Overall.Coverage, actual.Overall.Coverage) && Close(expected.Overall.TargetScore, actual.Overall.TargetScore), "overall");
    }

    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The implementations measured disagree on {what}: the benchmark would compare different work.");
        }
    }

    private static bool Close(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-9;
}
