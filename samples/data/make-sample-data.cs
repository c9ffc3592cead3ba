#:project ../../src/IntegrationFramework/IntegrationFramework.csproj

// Writes the ILLUSTRATIVE sample assessments in samples/data/: the six localities the 2018 report reviewed, at
// place level, scored against its checklist by three to five partners; Plymouth and Rotherham again a year later;
// and four neighbourhoods of Croydon that roll up to the place.
//
// The ratings are made up, deterministically, by the rules below: they are not published results and say nothing
// about how these places are doing. Only the footprints' codes and populations are real (ONS codes; Census 2021
// usual residents, rounded to hundreds), and the evidence text points at the report's own case examples where the
// report describes the place's work in that domain. The neighbourhoods and their populations are made up too.
//
// Run: dotnet run samples/data/make-sample-data.cs [OUTPUT-FOLDER]     (the default is this file's folder)
// CI runs it into a temporary folder and checks the files there are the ones committed here.
using System.Text;
using IntegrationFramework;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Evidence;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Serialization;
using NodaTime;

var output = args.Length > 0 ? args[0] : ScriptFolder();
var framework = Frameworks.ShiftingTheCentreOfGravity2018;

// Dorset, North East Lincolnshire and Plymouth are unitary councils; Croydon (a London borough), Nottinghamshire (a
// county) and Rotherham (a metropolitan borough) are the top tier of theirs.
(string Id, string Name, PartnerKind Partner)[] unitary = [("council", "Council", PartnerKind.UnitaryCouncil)];
(string Id, string Name, PartnerKind Partner)[] upperTier = [("council", "Council", PartnerKind.UpperTierCouncil)];
var icb = ("icb", "Integrated care board", PartnerKind.IntegratedCareBoard);
var trust = ("trust", "NHS trust", PartnerKind.NhsTrust);
var vcse = ("vcse", "VCSE partners", PartnerKind.Vcse);
var people = ("people", "People who use services", PartnerKind.PeopleWhoUseServices);
var carers = ("carers", "Carers' forum", PartnerKind.Carers);
var primary = ("primary", "Primary care", PartnerKind.PrimaryCare);

var places = new Place[]
{
    new("croydon", new Footprint("E09000008", "Croydon", Level.Place, 390_800), new LocalDate(2025, 10, 6), [.. upperTier, icb, trust, vcse, people], ["PCC", "GOV"]),
    new("dorset", new Footprint("E06000059", "Dorset", Level.Place, 379_600), new LocalDate(2025, 10, 13), [.. unitary, icb, trust, vcse], ["COM", "PBS"]),
    new("north-east-lincolnshire", new Footprint("E06000012", "North East Lincolnshire", Level.Place, 156_900), new LocalDate(2025, 10, 20), [.. unitary, icb, vcse], ["INF", "PRV"]),
    new("nottinghamshire", new Footprint("E10000024", "Nottinghamshire", Level.Place, 824_800), new LocalDate(2025, 11, 3), [.. upperTier, icb, trust, primary], ["WFD", "PBS"]),
    new("plymouth", new Footprint("E06000026", "Plymouth", Level.Place, 264_700), new LocalDate(2025, 11, 10), [.. unitary, icb, trust, vcse], ["WFD", "COM"]),
    new("rotherham", new Footprint("E08000018", "Rotherham", Level.Place, 265_800), new LocalDate(2025, 11, 17), [.. upperTier, icb, trust, vcse, carers], ["PRV", "LEA"]),
};

Directory.CreateDirectory(output);
var written = 0;
foreach (var place in places)
{
    Write($"{place.File}-2025.json", Assess(place, place.AssessedOn, round: 0));
}

// A year on, Plymouth and Rotherham review again: their priority domains moved on, the rest mostly held.
foreach (var place in places.Where(p => p.File is "plymouth" or "rotherham"))
{
    Write($"{place.File}-2026.json", Assess(place, place.AssessedOn.PlusYears(1), round: 1));
}

// Four made-up neighbourhoods of Croydon, assessed by their primary care network, community services and VCSE.
var croydon = places[0];
string[] quarters = ["north", "east", "south", "west"];
int[] populations = [104_300, 92_100, 101_600, 92_800];
for (var i = 0; i < quarters.Length; i++)
{
    var neighbourhood = croydon with
    {
        File = $"croydon-{quarters[i]}",
        Footprint = new Footprint($"croydon-{quarters[i]}", $"Croydon {quarters[i]} neighbourhood (illustrative)", Level.Neighbourhood, populations[i], croydon.Footprint.Code),
        Assessors = [("pcn", "Primary care network", PartnerKind.PrimaryCareNetwork), ("community", "Community health and care team", PartnerKind.NhsTrust), vcse],
        Priorities = i % 2 == 0 ? ["PCC", "PBS"] : ["COM", "PRV"],
    };
    Write(Path.Combine("croydon-neighbourhoods", $"{neighbourhood.File}-2025.json"), Assess(neighbourhood, croydon.AssessedOn, round: 0));
}

Console.WriteLine($"Wrote {written} illustrative assessment files to {output}.");

void Write(string name, Assessment assessment)
{
    var problems = assessment.Validate();
    if (!problems.IsEmpty)
    {
        throw new InvalidOperationException($"{name}: {string.Join("; ", problems)}");
    }

    var path = Path.Combine(output, name);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, AssessmentJson.Serialize(assessment) + "\n", new UTF8Encoding(false));
    written++;
}

// The rules that make the ratings up. Every choice comes from a hash of the place, domain, item and assessor, so the
// files are the same on every run and every machine.
Assessment Assess(Place place, LocalDate on, int round)
{
    var builder = AssessmentBuilder.For(framework, place.Footprint, on);
    // The lead partner (the council of a place, the primary care network of a neighbourhood) writes the evidence.
    var lead = place.Assessors[0].Id;
    foreach (var (id, name, partner) in place.Assessors)
    {
        builder = builder.WithAssessor(id, name, partner);
    }

    foreach (var domain in framework.Checklist.Domains)
    {
        var priority = place.Priorities.Contains(domain.Code);
        // Where the partnership stands in the domain: 1 to 3, a step higher in its priority domains, and a step on
        // again a year later in those.
        var level = 1 + (int)(Hash(place.Footprint.Code, domain.Code) % 3) + (priority ? 1 : 0) + (priority ? round : 0);
        var example = Example(place, domain);
        foreach (var item in domain.Items)
        {
            // Some items are further on than the rest of their domain, some further behind.
            var itemLevel = level + (int)(Hash(place.Footprint.Code, item.Id) % 4) switch { 0 => -1, 1 => 1, _ => 0 };
            foreach (var (assessor, _, partner) in place.Assessors)
            {
                var roll = Hash(place.Footprint.Code, item.Id, assessor, round.ToString());
                // People who use services, carers and primary care rate what they see: not information sharing or
                // workforce plans, and a tenth of the rest they leave unrated.
                var seesLittle = partner is PartnerKind.PeopleWhoUseServices or PartnerKind.Carers or PartnerKind.PrimaryCare;
                if (seesLittle && (domain.Code is "INF" or "WFD" || roll % 10 == 0))
                {
                    continue;
                }

                // Each partner sees it a little differently: a step either way a quarter of the time, and the community
                // side a step lower in governance and leadership, where the statutory partners sit.
                var view = itemLevel + (int)(roll % 8) switch { 0 => -1, 1 => 1, _ => 0 };
                if (partner is PartnerKind.Vcse or PartnerKind.PeopleWhoUseServices or PartnerKind.Carers && domain.Code is "GOV" or "LEA")
                {
                    view--;
                }

                // One item in twenty-five splits the partnership: the lead partner thinks it embedded, the VCSE not started.
                var split = Hash(place.Footprint.Code, item.Id, "split") % 25 == 0;
                if (split && partner is PartnerKind.Vcse)
                {
                    view = 0;
                }
                else if (split && assessor == lead)
                {
                    view = 4;
                }

                var progress = (Progress)Math.Clamp(view, 0, 4);
                if (partner is PartnerKind.Vcse && domain.Code == "INF" && roll % 4 == 0)
                {
                    progress = Progress.NotApplicable;
                }

                // The lead partner sets a target in the priority domains: a step on, or two where it has barely started.
                Progress? target = priority && assessor == lead && progress.IsLevel()
                    ? (Progress)Math.Min(4, (int)progress + (progress <= Progress.Planned ? 2 : 1))
                    : null;
                var evidence = assessor == lead
                    ? "Illustrative rating, not a published result." + (example is null ? string.Empty : $" The 2018 report describes related work here: '{example.Title}' ({example.Source}).")
                    : null;
                builder = builder.Rate(item.Id, assessor, progress, target, evidence);
            }
        }
    }

    return builder.Build();
}

// The first of the report's case examples of the domain that is about the locality, if any.
CaseExample? Example(Place place, Domain domain) =>
    framework.CaseExamplesFor(domain.Code).FirstOrDefault(e => e.Places.AsSpan().Contains(place.Locality));

// FNV-1a: a small, stable hash (string.GetHashCode changes from run to run).
static uint Hash(params string[] parts)
{
    var hash = 2166136261u;
    foreach (var part in parts)
    {
        foreach (var c in part)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash = (hash ^ '|') * 16777619u;
    }

    return hash;
}

// The folder this script is in: .NET 10 tells a file-based app where its file is.
static string ScriptFolder() => (string)AppContext.GetData("EntryPointFileDirectoryPath")!;

/// <summary>A locality to make assessments for.</summary>
internal sealed record Place(string File, Footprint Footprint, LocalDate AssessedOn, (string Id, string Name, PartnerKind Partner)[] Assessors, string[] Priorities)
{
    /// <summary>The locality as the report names it in its case examples.</summary>
    public string Locality { get; init; } = Footprint.Name;
}
