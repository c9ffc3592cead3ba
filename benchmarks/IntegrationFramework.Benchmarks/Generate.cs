using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Benchmarks;

/// <summary>
/// Deterministic benchmark data: the same seed gives the same assessments on every machine and run. Ratings are drawn
/// as partners tend to give them (near a shared level per item, a little notApplicable, some targets), not uniformly.
/// </summary>
public static class Generate
{
    private static readonly PartnerKind[] Partners =
        [PartnerKind.UpperTierCouncil, PartnerKind.IntegratedCareBoard, PartnerKind.NhsTrust, PartnerKind.Vcse, PartnerKind.PeopleWhoUseServices, PartnerKind.PrimaryCare];

    /// <summary>A full assessment of the 2018 checklist: every one of <paramref name="assessors"/> rates all 86 items.</summary>
    public static Assessment Full(int seed, int assessors = 5, Footprint? footprint = null)
    {
        var random = new Random(seed);
        var framework = Frameworks.ShiftingTheCentreOfGravity2018;
        var people = Enumerable.Range(0, assessors)
            .Select(a => new Assessor($"a{a + 1}", $"Assessor {a + 1}", Partners[a % Partners.Length]))
            .ToEquatableArray();
        var ratings = new Rating[framework.Checklist.Items.Count * assessors];
        var r = 0;
        foreach (var item in framework.Checklist.Items)
        {
            var shared = random.Next(5);
            foreach (var assessor in people)
            {
                var progress = random.Next(20) == 0
                    ? Progress.NotApplicable
                    : (Progress)Math.Clamp(shared + random.Next(-1, 2), 0, 4);
                Progress? target = progress.IsLevel() && random.Next(3) == 0 ? (Progress)random.Next((int)progress, 5) : null;
                ratings[r++] = new Rating(item.Id, assessor.Id, progress, target, random.Next(8) == 0 ? "Evidence of progress, agreed at the partnership board." : null);
            }
        }

        footprint ??= new Footprint($"E{seed:D8}", $"Place {seed}", Level.Place, 100_000 + random.Next(900_000));
        return new Assessment(framework, footprint, new LocalDate(2025, 10, 1).PlusDays(random.Next(60)), people, ratings.ToEquatableArray());
    }
}
