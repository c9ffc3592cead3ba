#:project ../../src/IntegrationFramework/IntegrationFramework.csproj

// How sure each score is, for a folder of assessments: every domain's score beside its partner band (how far the score
// moves with whose views were sought), the stage only where it holds in at least 80 % of the resamples, and the alpha
// beside its jackknife band (to three decimals), read in words only where the band allows. Writes the same as tidy CSV (band_low, band_high, stage_probability, alpha_low, alpha_high,
// alpha_reading) for R, pandas or Excel.
//
// The band is a noise band, not a confidence interval: with five partners or fewer no partner-level test reaches
// p < .05, and with three or fewer there is no band at all.
//
// ILLUSTRATIVE DATA: the sample ratings are made up (see samples/data/README.md); the bands show the method, not how
// these places are doing.
//
// Run: dotnet run samples/scripts/bands.cs [FOLDER] [OUTPUT.csv]
//      (defaults: samples/data and bands.csv in the current folder)
using System.Globalization;
using IntegrationFramework.Intake;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;   // numbers as the files write them, whatever the machine
var folder = args.Length > 0 ? args[0] : Path.Combine(ScriptFolder(), "..", "data");
var output = args.Length > 1 ? args[1] : "bands.csv";

var cards = new List<ScoreCard>();
foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
{
    var read = FileIntake.Default.Read(new InputFile(path, File.ReadAllBytes(path)));
    foreach (var problem in read.Problems)
    {
        Console.Error.WriteLine(problem);
    }

    if (read.Value is not { } assessment)
    {
        continue;
    }

    // Scorer.ScoreWithBands is Scorer.Score with Bands.Of on the card; Bands.Of(assessment) gives the bands alone.
    var card = Scorer.ScoreWithBands(assessment);
    cards.Add(card);
    var bands = card.Bands!;
    Console.WriteLine($"{card.Footprint.Name}, {card.AssessedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {Basis(bands)}");
    Console.WriteLine($"  {"domain",-6}{"score",7}  {"band",-13}{"stage",-26}{"alpha",7}  {"alpha band",-17}alpha read");
    for (var d = 0; d < card.Domains.Count; d++)
    {
        var domain = card.Domains[d];
        if (domain.Excluded)
        {
            Console.WriteLine($"  {domain.Code,-6}  out of scope");
            continue;
        }

        var band = bands.Domains[d];
        var alpha = bands.Alphas[d];
        Console.WriteLine(
            $"  {domain.Code,-6}{Number(domain.Score, "0.0"),7}  {(band is { } b ? $"{b.Low:0.0}–{b.High:0.0}" : "—"),-13}{Stage(domain, band),-26}" +
            $"{Number(alpha.Alpha, "0.00"),7}  {(alpha.Low is { } low ? $"{low:0.000} to {alpha.High:0.000}" : "—"),-17}{Reading(alpha.Reading)}");
    }

    Console.WriteLine();
}

using (var csv = File.CreateText(output))
{
    DomainScoresCsv.Write(cards, csv);
}

Console.WriteLine($"Wrote the scores and bands of {cards.Count} assessments to {output}.");

// What the bands rest on, in a line.
static string Basis(Bands bands) => bands.Method switch
{
    BandMethod.Exact => $"{bands.PartnersResampled} partners; bands over every way of drawing them with replacement ({bands.Resamples:N0} multisets, exact)",
    BandMethod.SeededDraws => $"{bands.PartnersResampled} partners; bands over {bands.Resamples:N0} draws from the fixed seed {bands.Seed}",
    _ => $"{bands.PartnersResampled} partners rated: too few to tell how much a score depends on who rated, so no band",
};

// The stage where it holds in at least 80 % of the resamples; otherwise the stages the band spans; none where the rules
// withhold it (under half the domain rated).
static string Stage(DomainScore domain, ScoreBand? band) => domain.Stage switch
{
    null => "no stage: under half rated",
    { } stage when band is { StageHeld: false } b => b.Spanned() is [var low, var high] ? $"{Name(low)} or {Name(high)}" : $"{Name(b.Spanned()[0])} to {Name(b.Spanned()[^1])}",
    { } stage => Name(stage),
};

static string Name(Stage stage) => stage.ToString().ToLowerInvariant();

static string Reading(AlphaReading reading) => reading switch
{
    AlphaReading.Alike => "alike",
    AlphaReading.BroadlyAlike => "broadly alike (tentative)",
    AlphaReading.Differently => "read differently",
    AlphaReading.NotEnoughToTell => "not enough to tell yet",
    AlphaReading.FullAgreement => "full agreement",
    AlphaReading.TooFewItems => "too few items to read",
    AlphaReading.BarelyDiffer => "levels differ on one item only",
    _ => "no pairs to compare",
};

static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

// The folder this script is in: .NET 10 tells a file-based app where its file is.
static string ScriptFolder() => (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
