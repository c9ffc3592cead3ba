using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Reports.Tests;

/// <summary>An assessment with something of everything a report shows.</summary>
internal static class Sample
{
    public static Assessment Croydon { get; } = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 386_710), new LocalDate(2018, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("ccg", "Croydon CCG", PartnerKind.ClinicalCommissioningGroup)
        .WithAssessor("vcse", "Croydon <Voluntary> & Community", PartnerKind.Vcse)
        .Rate("TRA.1", "council", Progress.Embedded, evidence: "Alliance agreement <signed> for 10 years & more.")
        .Rate("TRA.1", "ccg", Progress.InPlace)
        .Rate("TRA.2", "council", Progress.UnderDevelopment, Progress.Embedded)
        .Rate("TRA.2", "ccg", Progress.InPlace, Progress.Embedded)
        .Rate("PCC.4", "council", Progress.NotStarted)
        .Rate("PCC.4", "vcse", Progress.Embedded, evidence: "We disagree:\nsafeguarding is joined up.")
        .Rate("PCC.1", "council", Progress.Planned)
        .Rate("CUL.1", "council", Progress.InPlace)
        .Rate("GOV.1", "vcse", Progress.NotApplicable)
        .Rate("INF.1", "ccg", Progress.Planned)
        .Excluding("WFD")
        .Build();

    public static ScoreCard Card { get; } = Scorer.Score(Croydon);

    public static ScoreCardReport Report { get; } = ScoreCardReport.For(Card, Croydon);
}
