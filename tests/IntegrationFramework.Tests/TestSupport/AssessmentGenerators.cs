using FsCheck;
using FsCheck.Fluent;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Tests.TestSupport;

/// <summary>
/// Valid assessments of any size for FsCheck: either framework, one to six assessors, anything from no ratings to
/// every assessor rating every item, a share of <c>notApplicable</c> ratings, targets at or above progress, and
/// sometimes excluded domains. Each is built from a seed, so a failing case replays exactly.
/// </summary>
public static class AssessmentGenerators
{
    /// <summary>Evidence texts with what breaks naive writers: quotes, commas, line breaks, tabs, padding and non-ASCII text.</summary>
    public static readonly string[] Evidence =
    [
        "Alliance agreement signed in 2017.",
        "Partners said \"yes\", then \"not yet\".",
        "Line one\nline two",
        "Windows line\r\nbreak",
        "Comma, separated, text",
        "Ünïcödé — naïve café ☕ and 😀",
        "  padded with spaces  ",
        "Tab\tseparated",
        "=SUM(A1:A2)",
        "\"Quoted\", with comma\r\nand line",
    ];

    public static Arbitrary<Assessment> Assessments() => Arb.From(AssessmentGen(agreeing: false));

    public static Gen<Assessment> AssessmentGen(bool agreeing)
        => from seed in Gen.Choose(0, int.MaxValue)
           from framework in Gen.Elements(Frameworks.All.ToArray())
           from assessors in Gen.Choose(1, 6)
           from density in Gen.Elements(0, 5, 30, 60, 90, 100)
           from notApplicable in Gen.Elements(0, 5, 20, 60)
           from excluding in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
           select Build(new Random(seed), framework, assessors, density, notApplicable, excluding, agreeing);

    /// <summary>Builds an assessment whose every rating is drawn from <paramref name="random"/>.</summary>
    public static Assessment Build(Random random, Framework framework, int assessorCount, int density, int notApplicablePercent, bool excluding, bool agreeing)
    {
        var kinds = Enum.GetValues<PartnerKind>();
        var assessors = Enumerable.Range(1, assessorCount)
            .Select(n => new Assessor($"a{n}", $"Assessor {n}", kinds[random.Next(kinds.Length)]))
            .ToEquatableArray();
        var ratings = new List<Rating>();
        foreach (var item in framework.Checklist.Items)
        {
            var shared = Draw(random, notApplicablePercent);
            foreach (var assessor in assessors)
            {
                if (random.Next(100) >= density)
                {
                    continue;
                }

                var progress = agreeing ? shared : Draw(random, notApplicablePercent);
                Progress? target = progress.IsLevel() && random.Next(3) == 0 ? (Progress)random.Next((int)progress, 5) : null;
                var evidence = random.Next(5) == 0 ? Evidence[random.Next(Evidence.Length)] : null;
                ratings.Add(new Rating(item.Id, assessor.Id, progress, target, evidence));
            }
        }

        EquatableArray<string> excluded = excluding
            ? framework.Checklist.Domains.Where(_ => random.Next(4) == 0).Select(d => d.Code).ToEquatableArray()
            : [];
        var level = (Level)random.Next(1, 4);
        int? population = random.Next(3) == 0 ? null : random.Next(1, 2_000_000);
        var footprint = new Footprint($"E{random.Next(10_000_000):D8}", "Generated footprint", level, population);
        var date = new LocalDate(2016, 1, 1).PlusDays(random.Next(0, 3650));
        return new Assessment(framework, footprint, date, assessors, ratings.ToEquatableArray(), excluded);
    }

    /// <summary>
    /// The assessment with what a consensus meeting agreed for some of its rated items, drawn from
    /// <paramref name="random"/>: a level, sometimes a target at or above it, a rationale, a date on or after the
    /// assessment's and who agreed it. Items in excluded domains may be agreed too; they stay unscored.
    /// </summary>
    public static Assessment WithAgreed(Random random, Assessment assessment, int percent)
    {
        string[] meetings = ["Croydon consensus workshop", "Health and wellbeing board, 2 March", "Partners' meeting — “café”"];
        var agreed = assessment.Ratings.Select(r => r.ItemId).Distinct(StringComparer.Ordinal)
            .Where(_ => random.Next(100) < percent)
            .Select(item =>
            {
                var level = (Progress)random.Next(0, 5);
                Progress? target = random.Next(2) == 0 ? (Progress)random.Next((int)level, 5) : null;
                return new AgreedRating(item, level, Evidence[random.Next(Evidence.Length)], assessment.AssessedOn.PlusDays(random.Next(0, 60)), meetings[random.Next(meetings.Length)], target);
            })
            .ToEquatableArray();
        return new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, assessment.Ratings, assessment.ExcludedDomains, agreed);
    }

    private static Progress Draw(Random random, int notApplicablePercent)
        => random.Next(100) < notApplicablePercent ? Progress.NotApplicable : (Progress)random.Next(0, 5);
}

/// <summary>An assessment after its consensus meeting: some of its rated items have agreed ratings.</summary>
public sealed record MetAssessment(Assessment Value);

/// <summary>An assessment in which, item by item, every assessor who rates gives the same progress.</summary>
public sealed record AgreeingAssessment(Assessment Value);

/// <summary>One to five assessments of distinct neighbourhoods or places of one framework, to roll up into a wider footprint.</summary>
public sealed record Family(Footprint Parent, IReadOnlyList<Assessment> Children);

/// <summary>The arbitraries the scoring properties draw from.</summary>
public static class ScoringArbitraries
{
    public static Arbitrary<Assessment> Assessments() => AssessmentGenerators.Assessments();

    public static Arbitrary<MetAssessment> MetAssessments()
        => Arb.From(
            from assessment in AssessmentGenerators.AssessmentGen(agreeing: false)
            from seed in Gen.Choose(0, int.MaxValue)
            from percent in Gen.Elements(10, 50, 100)
            select new MetAssessment(AssessmentGenerators.WithAgreed(new Random(seed), assessment, percent)));

    public static Arbitrary<AgreeingAssessment> AgreeingAssessments()
        => Arb.From(AssessmentGenerators.AssessmentGen(agreeing: true).Select(a => new AgreeingAssessment(a)));

    public static Arbitrary<Family> Families()
        => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue)
            from framework in Gen.Elements(Frameworks.All.ToArray())
            from count in Gen.Choose(1, 5)
            from populated in Gen.Elements(true, false)
            select BuildFamily(new Random(seed), framework, count, populated));

    private static Family BuildFamily(Random random, Framework framework, int count, bool populated)
    {
        var parent = new Footprint("PARENT", "Wider footprint", Level.System);
        var children = Enumerable.Range(0, count).Select(i =>
        {
            var child = AssessmentGenerators.Build(random, framework, random.Next(1, 5), random.Next(20, 101), 10, excluding: random.Next(4) == 0, agreeing: false);
            var footprint = new Footprint($"CHILD{i}", $"Child {i}", (Level)random.Next(1, 3), populated || random.Next(2) == 0 ? random.Next(1, 500_000) : null, random.Next(2) == 0 ? "PARENT" : null);
            return new Assessment(child.Framework, footprint, child.AssessedOn, child.Assessors, child.Ratings, child.ExcludedDomains);
        }).ToList();
        return new Family(parent, children);
    }
}
