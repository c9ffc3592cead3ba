// AotSmoke: reads an assessment file, scores it and renders the HTML report, published as a native executable.
//
// Usage: AotSmoke ASSESSMENT.json REPORT.html
// Prints one line, "<footprint>: overall <score> (<stage>), <n> ratings, report …, workbook … read back, <ms> ms", and exits 0;
// it also writes the first assessor's workbook and reads it back, so the workbook package is proven under Native AOT;
// prints the problems and exits 2 when the file cannot be read.
using System.Diagnostics;
using IntegrationFramework.Intake;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

if (args.Length != 2)
{
    Console.Error.WriteLine("Usage: AotSmoke ASSESSMENT.json REPORT.html");
    return 2;
}

var clock = Stopwatch.StartNew();
byte[] bytes;
try
{
    bytes = File.ReadAllBytes(args[0]);
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{args[0]}: cannot be read: {exception.Message}");
    return 2;
}

// The one way in, with the formats that run under Native AOT: assessment JSON, ratings CSV and workbooks.
var intake = new FileIntake([.. FileIntake.CoreFormats, new WorkbookFormat()]);
var read = intake.Read(new InputFile(args[0], bytes));
foreach (var problem in read.Problems)
{
    Console.Error.WriteLine(problem);
}

if (read.Value is not { } assessment)
{
    return 2;
}

var card = Scorer.Score(assessment);
var html = Report.Render(ScoreCardReport.For(card, assessment), ReportFormat.Html);
File.WriteAllText(args[1], html);
var json = ScoreCardJson.Serialize(card);

// The workbook package under Native AOT: the first assessor's workbook written, and read back with the same ratings.
var assessor = assessment.Assessors[0].Id;
var workbook = AssessorWorkbook.ToBytes(assessment, assessor);
var back = intake.Read(new InputFile("workbook.xlsx", workbook));
var expected = assessment.Ratings.Count(r => r.AssessorId == assessor);
if (back.Value is null || back.Value.Ratings.Count != expected)
{
    Console.Error.WriteLine($"the workbook of {assessor} did not read back: {string.Join("; ", back.Problems)}");
    return 1;
}

Console.WriteLine(
    $"{card.Footprint.Name}: overall {card.Overall.Score:0.0} ({card.Overall.Stage}), {assessment.Ratings.Count} ratings, " +
    $"report {html.Length} characters, card {json.Length} characters, workbook {workbook.Length} bytes with {expected} ratings read back, {clock.Elapsed.TotalMilliseconds:0} ms");
return 0;
