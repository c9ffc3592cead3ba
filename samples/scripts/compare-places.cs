#:project ../../src/IntegrationFramework/IntegrationFramework.csproj

// Compares the six review localities: scores every place-level assessment in samples/data, prints a table of domain
// scores side by side and writes every score as tidy CSV (per place, a row for the overall score, each theme and each
// domain; filter on scope) for R, pandas or Excel.
//
// ILLUSTRATIVE DATA: the sample ratings are made up (see samples/data/README.md); the comparison shows the method,
// not how these places are doing.
//
// Run: dotnet run samples/scripts/compare-places.cs [FOLDER] [OUTPUT.csv]
//      (defaults: samples/data and places.csv in the current folder)
using IntegrationFramework;
using IntegrationFramework.Geography;
using IntegrationFramework.Intake;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

var folder = args.Length > 0 ? args[0] : Path.Combine(ScriptFolder(), "..", "data");
var output = args.Length > 1 ? args[1] : "places.csv";

// The latest assessment of each place: files are read in name order, so a later year replaces an earlier one.
var cards = new Dictionary<string, ScoreCard>(StringComparer.Ordinal);
foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
{
    var read = FileIntake.Default.Read(new InputFile(path, File.ReadAllBytes(path)));
    foreach (var problem in read.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    if (read.Value is { Footprint.Level: Level.Place } assessment)
    {
        cards[assessment.Footprint.Code] = Scorer.Score(assessment);
    }
}

var places = cards.Values.OrderByDescending(c => c.Overall.Score).ToList();
var domains = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domains;
Console.WriteLine($"{"place",-26}{"overall",8}" + string.Concat(domains.Select(d => $"{d.Code,6}")));
foreach (var card in places)
{
    var scores = domains.Select(d => card.FindDomain(d.Code)?.Score is { } s ? $"{s,6:0}" : $"{"—",6}");
    Console.WriteLine($"{card.Footprint.Name,-26}{card.Overall.Score,8:0.0}" + string.Concat(scores));
}

// Where the places differ most: the spread of each domain's score across them.
var spread = domains
    .Select(d => (Domain: d, Scores: places.Select(c => c.FindDomain(d.Code)?.Score).OfType<double>().ToList()))
    .Where(x => x.Scores.Count > 1)
    .Select(x => (x.Domain, Range: x.Scores.Max() - x.Scores.Min()))
    .OrderByDescending(x => x.Range)
    .First();
Console.WriteLine($"The places differ most in {spread.Domain.Code} {spread.Domain.Name}: {spread.Range:0.0} points from lowest to highest.");

using (var csv = File.CreateText(output))
{
    DomainScoresCsv.Write(places, csv);
}

var themes = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Themes.Count;
Console.WriteLine($"Wrote the overall, {themes} theme and {domains.Count} domain scores of {places.Count} places to {output}.");

// The folder this script is in: .NET 10 tells a file-based app where its file is.
static string ScriptFolder() => (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
