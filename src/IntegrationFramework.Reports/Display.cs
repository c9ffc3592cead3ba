using System.Globalization;
using IntegrationFramework.Assessments;
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

    public static string Alpha(double? alpha) => alpha?.ToString("0.00", CultureInfo.InvariantCulture) ?? None;

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

    public static string Gap(int? gap) => gap?.ToString("+0;-0;0", CultureInfo.InvariantCulture) ?? None;

    /// <summary>The page an entry comes from, as " (p. 36)"; empty when the source has no page numbers.</summary>
    public static string Page(Sources.SourceReference source) => source.Page is { } page ? $" (p. {page.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
}
