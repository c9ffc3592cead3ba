// QuickStart: build an assessment in code, score it and print the score card.
//
// Three partners of a place rate some of the 86 items of the 2018 integration checklist; the scorer turns their
// ratings into one picture: a score and stage per domain, theme and overall, where the partners agree, where they
// are split, and what to work on next. The place and its ratings are ILLUSTRATIVE, not a published result.
//
// Run: dotnet run --project samples/QuickStart
using IntegrationFramework;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using NodaTime;

var framework = Frameworks.ShiftingTheCentreOfGravity2018;
var place = new Footprint("E06000026", "Plymouth (illustrative)", Level.Place, population: 264_700);

// The builder is immutable: every step returns a new one, so a half-built assessment can be shared and reused.
var assessment = AssessmentBuilder.For(framework, place, new LocalDate(2025, 11, 10))
    .WithAssessor("council", "City council", PartnerKind.UnitaryCouncil)
    .WithAssessor("icb", "Integrated care board", PartnerKind.IntegratedCareBoard)
    .WithAssessor("vcse", "VCSE partners", PartnerKind.Vcse)
    // TRA.1: a shared vision, owned by all partners
    .Rate("TRA.1", "council", Progress.InPlace, target: Progress.Embedded, evidence: "Illustrative: a joint strategy agreed by the health and wellbeing board.")
    .Rate("TRA.1", "icb", Progress.InPlace)
    .Rate("TRA.1", "vcse", Progress.UnderDevelopment)
    // PCC.4: integrated, person-centred safeguarding: the partners see it very differently
    .Rate("PCC.4", "council", Progress.Embedded)
    .Rate("PCC.4", "icb", Progress.InPlace)
    .Rate("PCC.4", "vcse", Progress.NotStarted, evidence: "Illustrative: the VCSE is not part of the safeguarding arrangements.")
    // PRV.1 and PRV.2: prevention
    .Rate("PRV.1", "council", Progress.UnderDevelopment, target: Progress.InPlace)
    .Rate("PRV.1", "icb", Progress.Planned)
    .Rate("PRV.1", "vcse", Progress.UnderDevelopment)
    .Rate("PRV.2", "council", Progress.Planned)
    .Rate("PRV.2", "vcse", Progress.Planned)
    // GOV.1 and COM.1: accountability and commissioning
    .Rate("GOV.1", "council", Progress.InPlace)
    .Rate("GOV.1", "icb", Progress.Embedded)
    .Rate("COM.1", "council", Progress.UnderDevelopment, target: Progress.Embedded)
    .Rate("COM.1", "icb", Progress.UnderDevelopment)
    .Rate("COM.1", "vcse", Progress.NotApplicable)
    .Build();

// Validation never throws: it returns problems, each with a stable code, a JSON path and a message.
var problems = assessment.Validate(SystemClock.Instance);
foreach (var problem in problems)
{
    Console.Error.WriteLine(problem);
}

if (!problems.IsEmpty)
{
    return 2;
}

// Score under the standard rules of DESIGN.md, then print the card as text. Report.Render(report, ReportFormat.Html) makes the
// same card a self-contained web page with a radar chart, and Report.Render(report, ReportFormat.Markdown) a Markdown one.
var card = Scorer.ScoreWithBands(assessment);
var report = ScoreCardReport.For(card, assessment);
Console.Write(Report.Render(report, ReportFormat.Text));

// The numbers behind the text, for code of your own.
var pcc4 = card.FindItem("PCC.4")!.Value;
Console.WriteLine();
Console.WriteLine($"PCC.4: consensus {pcc4.Consensus}, partners {pcc4.Agreement}, {pcc4.Ratings} ratings.");
Console.WriteLine($"Overall: {card.Overall.Score:0.0} ({card.Overall.Stage?.ToString() ?? "no stage: too little of the checklist is rated"}), {card.Overall.Coverage:0%} of the checklist rated.");
return 0;
