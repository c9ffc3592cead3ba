#:project ../../src/IntegrationFramework/IntegrationFramework.csproj

// Which items partners disagree on most, across many assessments: for each checklist item, how often the partners
// were split (three levels or more apart) or partly agreed (two apart), and the mean spread of their levels. Items at
// the top are where a partnership most needs a conversation before it scores itself.
//
// ILLUSTRATIVE DATA: the sample ratings are made up (see samples/data/README.md); the ranking shows the method.
//
// Run: dotnet run samples/scripts/disagreements.cs [FOLDER]     (default: samples/data, with its subfolders)
using IntegrationFramework;
using IntegrationFramework.Assessments;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;

var folder = args.Length > 0 ? args[0] : Path.Combine(ScriptFolder(), "..", "data");
var framework = Frameworks.ShiftingTheCentreOfGravity2018;

var items = framework.Checklist.Items.ToDictionary(i => i.Id, _ => new Tally(), StringComparer.Ordinal);
var assessments = 0;
foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    var read = FileIntake.Default.Read(new InputFile(path, File.ReadAllBytes(path)));
    if (read.Problems.Any(p => p.Code == ProblemCodes.WrongKindOfFile))
    {
        continue; // other files beside the assessments, such as FHIR responses
    }

    if (read.Value is not { } assessment || assessment.Framework.Id != framework.Id)
    {
        Console.Error.WriteLine($"{path}: skipped (not a valid assessment against {framework.Id}; `ifw validate` says why)");
        continue;
    }

    assessments++;
    var card = Scorer.Score(assessment);
    foreach (var rating in assessment.Ratings.Where(r => r.Progress.IsLevel()).GroupBy(r => r.ItemId))
    {
        var tally = items[rating.Key];
        var levels = rating.Select(r => (int)r.Progress).ToList();
        if (levels.Count < 2)
        {
            continue;
        }

        tally.Rated++;
        tally.Spread += levels.Max() - levels.Min();
        switch (card.FindItem(rating.Key)?.Agreement)
        {
            case Agreement.Split:
                tally.Split++;
                break;
            case Agreement.Partial:
                tally.Partial++;
                break;
        }
    }
}

Console.WriteLine($"Items partners disagree on most, across {assessments} assessments (split: three or more levels apart; partial: two):");
Console.WriteLine($"  {"item",-8}{"split",6}{"partial",8}{"spread",8}  text");
foreach (var (id, tally) in items.Where(i => i.Value.Rated > 0).OrderByDescending(i => i.Value.Split).ThenByDescending(i => i.Value.Partial).ThenByDescending(i => i.Value.Spread / i.Value.Rated).ThenBy(i => i.Key, StringComparer.Ordinal).Take(10))
{
    var text = framework.Checklist.Item(id).Text;
    Console.WriteLine($"  {id,-8}{tally.Split,6}{tally.Partial,8}{tally.Spread / (double)tally.Rated,8:0.00}  {(text.Length > 70 ? text[..69] + "…" : text)}");
}

var byDomain = items.GroupBy(i => framework.Checklist.FindItem(i.Key)!.DomainCode)
    .Select(g => (Domain: g.Key, Split: g.Sum(i => i.Value.Split), Rated: g.Sum(i => i.Value.Rated)))
    .Where(d => d.Rated > 0)
    .OrderByDescending(d => (double)d.Split / d.Rated)
    .First();
Console.WriteLine($"The domain with the most split items is {byDomain.Domain} {framework.Checklist.Domain(byDomain.Domain).Name}: {byDomain.Split} splits in {byDomain.Rated} rated items.");

// The folder this script is in: .NET 10 tells a file-based app where its file is.
static string ScriptFolder() => (string)AppContext.GetData("EntryPointFileDirectoryPath")!;

/// <summary>How partners rated one item across the assessments.</summary>
internal sealed class Tally
{
    public int Rated { get; set; }

    public int Split { get; set; }

    public int Partial { get; set; }

    public int Spread { get; set; }
}
