using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Peers;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports;

/// <summary>How reports write numbers, dates and names: one decimal for scores, whole per cents for coverage.</summary>
internal static class Display
{
    public const string None = "—";

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Score(double? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? None;

    public static string Signed(double? change) => change is { } value ? value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : None;

    public static string Percent(double? fraction) => fraction is { } value ? (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary>An alpha to two decimals, with no minus sign on a value that rounds to zero.</summary>
    public static string Alpha(double? alpha) => alpha is { } value ? Unsigned(value.ToString("0.00", CultureInfo.InvariantCulture)) : None;

    /// <summary>
    /// An end of an alpha band: to two decimals, or three where two would put it on the other side of one of
    /// Krippendorff's thresholds (0.667, 0.8) than it is (and as many more as it takes), so a band read "differently"
    /// never seems to reach 0.67.
    /// </summary>
    public static string AlphaBound(double? bound)
    {
        if (bound is not { } value)
        {
            return None;
        }

        var format = "0.00";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        while (Crosses(value, double.Parse(text, CultureInfo.InvariantCulture)) && format.Length < 18)
        {
            format += "0";
            text = value.ToString(format, CultureInfo.InvariantCulture);
        }

        return Unsigned(text);

        static bool Crosses(double value, double shown)
            => value < AlphaBand.BroadlyAlike != shown < AlphaBand.BroadlyAlike || value < AlphaBand.Alike != shown < AlphaBand.Alike;
    }

    private static string Unsigned(string number) => number.TrimStart('-').All(c => c is '0' or '.') ? number.TrimStart('-') : number;

    /// <summary>Things in words, the last joined by "and": "a", "a and b", "a, b and c"; at least one.</summary>
    public static string List(IReadOnlyList<string> parts) => parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    /// <summary>Where an action stands, in words: "open", "done", "dropped".</summary>
    public static string Action(Assessments.ActionStatus status) => status switch
    {
        Assessments.ActionStatus.Done => "done",
        Assessments.ActionStatus.Dropped => "dropped",
        _ => "open",
    };

    /// <summary>A time between two dates in words: "14 days", "5 months and 2 days", "no time".</summary>
    public static string Period(Period period)
    {
        var normal = period.Normalize();
        var parts = new List<string>();
        Add(normal.Years, "year");
        Add(normal.Months, "month");
        Add((int)normal.Days + (7 * normal.Weeks), "day");
        return parts.Count == 0 ? "no time" : List(parts);

        void Add(long count, string unit)
        {
            if (count != 0)
            {
                parts.Add(count == 1 ? $"1 {unit}" : $"{count.ToString(CultureInfo.InvariantCulture)} {unit}s");
            }
        }
    }

    public static string Date(LocalDate date) => $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    public static string Stage(Stage? stage) => stage?.ToString().ToLowerInvariant() ?? None;

    public static string Level(Geography.Level level) => level.ToString().ToLowerInvariant();

    public static string Progress(Progress? progress) => progress switch
    {
        null => None,
        Assessments.Progress.NotStarted => "not started",
        Assessments.Progress.Planned => "planned",
        Assessments.Progress.UnderDevelopment => "under development",
        Assessments.Progress.InPlace => "in place",
        Assessments.Progress.Embedded => "embedded",
        _ => "not applicable",
    };

    /// <summary>A median level in words: "in place", or "planned–under development" midway between two levels.</summary>
    public static string Median(MedianLevel? median) => median switch
    {
        null => None,
        { IsLevel: true } level => Progress(level.Lower),
        { } midway => $"{Progress(midway.Lower)}–{Progress(midway.Upper)}",
    };

    public static string Agreement(Agreement? agreement) => agreement switch
    {
        null => None,
        Scoring.Agreement.Full => "agreement",
        Scoring.Agreement.Partial => "partial",
        _ => "split",
    };

    public static string Status(ItemStatus status) => status switch
    {
        ItemStatus.Unrated => "unrated",
        ItemStatus.NotApplicable => "not applicable",
        ItemStatus.Excluded => "excluded",
        _ => "rated",
    };

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A gap in levels: "+2", "+1.5", "-0.5", "0".</summary>
    public static string Gap(double? gap) => gap?.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) ?? None;

    /// <summary>The page an entry comes from, as " (p. 36)"; empty when the source has no page numbers.</summary>
    public static string Page(Sources.SourceReference source) => source.Page is { } page ? $" (p. {page.ToString(CultureInfo.InvariantCulture)})" : string.Empty;

    /// <summary>A domain's standing among peers, as <see cref="DomainPercentile.Describe"/> gives it; "—" without one.</summary>
    public static string Percentile(DomainPercentile? domain) => domain?.Describe() ?? None;

    /// <summary>A short form for tables: "P62 of 12", "above 3 of 5, level with 1".</summary>
    public static string PercentileShort(DomainPercentile? domain) => domain switch
    {
        null => None,
        { Percentile: { } percentile } => string.Create(CultureInfo.InvariantCulture, $"P{Math.Round(percentile, MidpointRounding.AwayFromZero):0} of {domain.Peers}"),
        { Score: null } => domain.Peers.ToString(CultureInfo.InvariantCulture),
        { Peers: 0 } => "no peers",
        _ => domain.Describe().Replace(" peers", string.Empty, StringComparison.Ordinal).Replace(" peer", string.Empty, StringComparison.Ordinal),
    };
}
