// AotSmoke: reads an assessment file, scores it and renders the HTML report, published as a native executable.
//
// Usage: AotSmoke ASSESSMENT.json REPORT.html
// Prints one line, "<footprint>: overall <score> (<stage>), <n> ratings, report <bytes> bytes, <ms> ms", and exits 0;
// prints the problems and exits 2 when the file cannot be read.
using System.Diagnostics;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

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

var read = AssessmentJson.Read(bytes);
foreach (var problem in read.Problems)
{
    Console.Error.WriteLine($"{args[0]}: {problem}");
}

if (read.Value is not { } assessment)
{
    return 2;
}

var card = Scorer.Score(assessment);
var html = HtmlReport.Render(ScoreCardReport.For(card, assessment));
File.WriteAllText(args[1], html);
var json = ScoreCardJson.Serialize(card);
Console.WriteLine(
    $"{card.Footprint.Name}: overall {card.Overall.Score:0.0} ({card.Overall.Stage}), {assessment.Ratings.Count} ratings, " +
    $"report {html.Length} characters, card {json.Length} characters, {clock.Elapsed.TotalMilliseconds:0} ms");
return 0;
