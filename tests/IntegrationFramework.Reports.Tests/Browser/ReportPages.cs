using IntegrationFramework.Assessments;
using IntegrationFramework.Fhir.Tests.TestSupport;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Reports.Tests.Browser;

/// <summary>
/// Every kind of HTML report, from the samples and from a part-filled, scoped assessment: the pages the browser tests
/// open, by name (which also names their screenshots).
/// </summary>
internal static class ReportPages
{
    /// <summary>The names of the pages, for theories.</summary>
    public static TheoryData<string> Names { get; } = ["card-croydon", "card-part-filled", "card-after-meeting", "agenda-croydon", "compare-plymouth", "compare-part-filled", "rollup-croydon"];

    /// <summary>The pages with a radar chart.</summary>
    public static TheoryData<string> WithRadar { get; } = ["card-croydon", "card-part-filled", "card-after-meeting", "compare-plymouth", "compare-part-filled", "rollup-croydon"];

    private static readonly string Data = Path.Combine(RealPrograms.Root, "samples", "data");

    private static readonly Lazy<Dictionary<string, Func<ReportFormat, string>>> Pages = new(Build);

    /// <summary>The page's HTML.</summary>
    public static string Html(string name) => Render(name, ReportFormat.Html);

    /// <summary>The report of the page's name, in any of the formats that render a report's content.</summary>
    public static string Render(string name, ReportFormat format) => Pages.Value[name](format);

    /// <summary>
    /// Croydon's sample with ratings only for TRA, PCC, CUL, LEA, COM and INF, and workforce out of scope: PRV, GOV
    /// and PBS have no score, so the radar's outline must break at them, and WFD must read "out of scope".
    /// </summary>
    public static Assessment PartFilled(Assessment croydon)
    {
        string[] kept = ["TRA", "PCC", "CUL", "LEA", "COM", "INF"];
        var ratings = croydon.Ratings.Where(r => kept.Contains(croydon.Framework.Checklist.FindItem(r.ItemId)!.DomainCode, StringComparer.Ordinal)).ToList();
        return new Assessment(croydon.Framework, croydon.Footprint, croydon.AssessedOn, croydon.Assessors, [.. ratings], ["WFD"]);
    }

    /// <summary>
    /// Croydon's sample after its consensus meeting, which agreed the three items the partners were furthest apart on.
    /// Illustrative: the sample's ratings are, and so is what the meeting agreed.
    /// </summary>
    public static Assessment AfterMeeting(Assessment croydon)
    {
        var card = Scorer.Score(croydon);
        var builder = AssessmentBuilder.From(croydon);
        foreach (var entry in Agenda.Items(ScoreCardReport.For(card, croydon)).Take(3))
        {
            builder = builder.Agree(entry.ItemId, entry.Score.Consensus!.Value.Lower, "Illustrative: the partners agreed where they stand after hearing each other's evidence.", croydon.AssessedOn.PlusDays(14), "Croydon consensus workshop (illustrative)");
        }

        return builder.Build();
    }

    private static Dictionary<string, Func<ReportFormat, string>> Build()
    {
        var croydon = Read("croydon-2025.json");
        var croydonCard = Scorer.Score(croydon);
        var partFilled = PartFilled(croydon);
        var partFilledCard = Scorer.Score(partFilled);
        var plymouthReviews = (Earlier: Read("plymouth-2025.json"), Later: Read("plymouth-2026.json"));
        var plymouth = (Earlier: Scorer.ScoreWithBands(plymouthReviews.Earlier), Later: Scorer.ScoreWithBands(plymouthReviews.Later));
        var plymouthBands = ChangeBands.Of(plymouthReviews.Earlier, plymouthReviews.Later);
        var croydonLater = Scorer.Score(AssessmentBuilder.From(croydon).AssessedOn(croydon.AssessedOn.PlusYears(1)).Build());
        var neighbourhoods = Directory.GetFiles(Path.Combine(Data, "croydon-neighbourhoods"), "*.json").Order(StringComparer.Ordinal).Select(f => Scorer.Score(Read(f)));
        var rollup = Rollup.Combine(new Footprint("E09000008", "Croydon", Level.Place), neighbourhoods);
        return new(StringComparer.Ordinal)
        {
            ["card-croydon"] = format => Report.Render(ScoreCardReport.For(croydonCard, croydon), format),
            ["card-part-filled"] = format => Report.Render(ScoreCardReport.For(partFilledCard, partFilled), format),
            ["card-after-meeting"] = format => Report.Render(ScoreCardReport.For(Scorer.Score(AfterMeeting(croydon)), AfterMeeting(croydon)), format),
            ["agenda-croydon"] = format => Report.RenderAgenda(ScoreCardReport.For(croydonCard, croydon), format),
            ["compare-plymouth"] = format => Report.Render(ReviewComparison.Of(plymouth.Earlier, plymouth.Later, plymouthBands), plymouth.Earlier, plymouth.Later, format),
            ["compare-part-filled"] = format => Report.Render(ReviewComparison.Of(partFilledCard, croydonLater), partFilledCard, croydonLater, format),
            ["rollup-croydon"] = format => Report.Render(rollup, format),
        };
    }

    private static Assessment Read(string file)
    {
        var read = AssessmentJson.Read(File.ReadAllBytes(Path.Combine(Data, file)));
        return read.Value ?? throw new InvalidOperationException($"{file}: {string.Join("; ", read.Problems)}");
    }
}
