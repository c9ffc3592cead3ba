using System.Text;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Cli.Tests;

/// <summary>A temporary folder of input files for one test, deleted afterwards.</summary>
internal sealed class Folder : IDisposable
{
    public Folder()
    {
        Path = Directory.CreateTempSubdirectory("ifw-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="name"/> in the folder.</summary>
    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> and returns its path.</summary>
    public string Write(string name, string content)
    {
        File.WriteAllText(this[name], content, new UTF8Encoding(false));
        return this[name];
    }

    /// <summary>Writes an assessment as JSON and returns its path.</summary>
    public string Write(string name, Assessment assessment) =>
        Write(name, name.EndsWith(".csv", StringComparison.Ordinal) ? RatingsCsv.Serialize(assessment) : AssessmentJson.Serialize(assessment));

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>
    /// Croydon, reviewed in October 2025 by three partners: a small, fully valid assessment. Illustrative ratings.
    /// </summary>
    public static Assessment Croydon(LocalDate? on = null, Progress tra1 = Progress.InPlace) => AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800, "QWE"), on ?? new LocalDate(2025, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("icb", "NHS South West London ICB", PartnerKind.IntegratedCareBoard)
        .WithAssessor("vcse", "Croydon Voluntary Action", PartnerKind.Vcse)
        .Rate("TRA.1", "council", tra1, Progress.Embedded, "Illustrative: a one-year alliance agreement.")
        .Rate("TRA.1", "icb", Progress.UnderDevelopment)
        .Rate("TRA.1", "vcse", Progress.Planned)
        .Rate("PCC.4", "council", Progress.NotStarted)
        .Rate("PCC.4", "vcse", Progress.Embedded)
        .Rate("GOV.1", "council", Progress.InPlace)
        .Rate("GOV.1", "icb", Progress.InPlace)
        .Rate("INF.1", "icb", Progress.Planned, Progress.InPlace)
        .Build();

    /// <summary>A neighbourhood of Croydon with an equal population, for roll-ups. Illustrative ratings.</summary>
    public static Assessment Neighbourhood(string code, Progress progress, int population = 50_000) => AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint(code, $"Croydon PCN {code}", Level.Neighbourhood, population, "E09000008"), new LocalDate(2025, 10, 1))
        .WithAssessor("pcn", "Primary care network", PartnerKind.PrimaryCare)
        .Rate("TRA.1", "pcn", progress)
        .Rate("GOV.1", "pcn", progress)
        .Build();
}
