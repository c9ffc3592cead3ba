#:project ../../src/IntegrationFramework/IntegrationFramework.csproj

// The trend between two reviews of one place: the change in every domain and theme, and per year, each read against
// partner disagreement (its band: the change again for every draw of the same partners), and the items that moved most. With no arguments it compares Plymouth's sample reviews of 2025 and 2026.
//
// ILLUSTRATIVE DATA: the sample ratings are made up (see samples/data/README.md).
//
// Run: dotnet run samples/scripts/trend.cs [EARLIER.json LATER.json]
using IntegrationFramework;
using IntegrationFramework.Intake;
using IntegrationFramework.Scoring;

var data = Path.Combine(ScriptFolder(), "..", "data");
string[] paths = args.Length == 2 ? args : [Path.Combine(data, "plymouth-2025.json"), Path.Combine(data, "plymouth-2026.json")];

var cards = new List<ScoreCard>();
var assessments = new List<IntegrationFramework.Assessments.Assessment>();
foreach (var path in paths)
{
    var read = FileIntake.Default.Read(new InputFile(path, File.ReadAllBytes(path)));
    foreach (var problem in read.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    if (read.Value is not { } assessment)
    {
        return 2;
    }

    assessments.Add(assessment);
    cards.Add(Scorer.ScoreWithBands(assessment));
}

// Check first: comparing different places, frameworks or policies, or dates in the wrong order, is refused.
var problems = ReviewComparison.Validate(cards[0], cards[1]);
foreach (var problem in problems)
{
    Console.Error.WriteLine(problem.InFile(paths[problem.Location.Input ?? 1]));
}

if (!problems.IsEmpty)
{
    return 2;
}

// The band of each change needs the ratings: a score card alone has none to resample.
var trend = ReviewComparison.Of(cards[0], cards[1], ChangeBands.Of(assessments[0], assessments[1]));
var framework = Frameworks.Find(trend.Framework.Id)!;
Console.WriteLine($"{trend.Footprint.Name}: {trend.Earlier:yyyy-MM-dd} to {trend.Later:yyyy-MM-dd} ({trend.Years:0.00} years)");
if (!trend.GivesPerYear)
{
    Console.WriteLine($"  The reviews are under {ReviewComparison.MonthsForPerYear} calendar months apart: too short to give a rate per year.");
}

var bands = trend.Bands!;
Console.WriteLine(bands.Method == BandMethod.TooFewPartners
    ? "  Too few partners to tell whether a change is more than partner disagreement."
    : $"  Bands: {(bands.Paired ? "the same partners in both, paired" : "the partners changed, each review drawn on its own")}, {bands.Resamples:N0} resamples. * = more than partner disagreement alone produces.");

Console.WriteLine($"  overall {Show(trend.Overall)}");
foreach (var theme in trend.Themes)
{
    Console.WriteLine($"  {theme.Code,-4} {Show(theme)}  {framework.Checklist.Theme(theme.Code).Name}");
}

foreach (var domain in trend.Domains.OrderByDescending(d => d.Difference ?? double.MinValue))
{
    Console.WriteLine($"  {domain.Code,-4} {Show(domain)}  {framework.Checklist.Domain(domain.Code).Name}");
}

var moved = trend.Items.Where(i => i.Difference is not null and not 0).OrderByDescending(i => Math.Abs(i.Difference!.Value)).ThenBy(i => i.Code, StringComparer.Ordinal).Take(5);
Console.WriteLine("Items that moved most:");
foreach (var item in moved)
{
    Console.WriteLine($"  {item.Code,-7} {Show(item)}  {framework.Checklist.Item(item.Code).Text}");
}

return 0;

// The change with its band (a * where the band leaves out 0), and the average change per year between the reviews
// where they are six months apart or more.
static string Show(ScoreChange change) =>
    $"{change.Earlier,5:0.0} → {change.Later,5:0.0}  {change.Difference,6:+0.0;-0.0;0.0}{(change.BeyondNoise == true ? "*" : " ")}"
    + (change.Band is { } band ? $"  band {band.Low:+0.0;-0.0;0.0} to {band.High:+0.0;-0.0;0.0}" : string.Empty)
    + (change.PerYear is { } rate ? $"  ({rate:+0.0;-0.0;0.0} a year)" : string.Empty);

// The folder this script is in: .NET 10 tells a file-based app where its file is.
static string ScriptFolder() => (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
