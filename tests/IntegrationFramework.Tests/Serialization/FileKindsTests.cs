using System.IO.Compression;
using System.Text;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>Every kind of file is told by its content, and each reader says in one line what a file of another kind is.</summary>
public sealed class FileKindsTests
{
    private static readonly IntegrationFramework.Assessments.Assessment Sample = AssessmentGenerators.Build(new Random(13), Frameworks.LgaPositionPaper, 2, 10, 5, false, false);

    public static TheoryData<string, FileKind> Kinds() => new()
    {
        { "", FileKind.Empty },
        { " \r\n\t", FileKind.Empty },
        { AssessmentJson.Serialize(Sample), FileKind.Assessment },
        { ScoreCardJson.Serialize(Scorer.Score(Sample)), FileKind.ScoreCard },
        { RatingsCsv.Serialize(Sample), FileKind.RatingsCsv },
        { RatingsCsv.Serialize(Sample).Replace(',', ';'), FileKind.RatingsCsv },
        { """{"resourceType":"QuestionnaireResponse"}""", FileKind.FhirResource },
        { """{"frameworks":[]}""", FileKind.Catalogue },
        { """{"name":"x"}""", FileKind.OtherJson },
        { "null", FileKind.OtherJson },
        { "[1, 2]", FileKind.OtherJson },
        { "level,code,name,score\r\n", FileKind.OtherText },
        { "domain,score\r\n", FileKind.DomainScoresCsv },
        { "Dear partners,\nplease find attached", FileKind.OtherText },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_kind_is_told_by_the_content(string text, FileKind kind)
    {
        Assert.Equal(kind, FileKinds.Detect(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(kind, FileKinds.Detect([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]));
    }

    [Fact]
    public void Zips_workbooks_and_binary_are_told_apart()
    {
        Assert.Equal(FileKind.Workbook, FileKinds.Detect(Zip("[Content_Types].xml", "xl/workbook.xml")));
        Assert.Equal(FileKind.Zip, FileKinds.Detect(Zip("notes.txt")));
        Assert.Equal(FileKind.Binary, FileKinds.Detect([.. Enumerable.Range(0, 256).Select(i => (byte)i)]));
        Assert.True(FileKinds.HoldsRatings(FileKind.Workbook));
        Assert.False(FileKinds.HoldsRatings(FileKind.ScoreCard));
    }

    [Theory]
    [InlineData("utf-16LE", true, "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", true, "UTF-16 (big-endian)")]
    [InlineData("utf-32LE", true, "UTF-32 (little-endian)")]
    [InlineData("utf-16LE", false, "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", false, "UTF-16 (big-endian)")]
    [InlineData("utf-32LE", false, "UTF-32 (little-endian)")]
    public void Other_encodings_are_read_when_certain_and_named_when_not(string encodingName, bool mark, string named)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. mark ? encoding.GetPreamble() : [], .. encoding.GetBytes(AssessmentJson.Serialize(Sample))];

        var result = AssessmentJson.Read(bytes);

        if (mark)
        {
            Assert.Equal(Sample, result.Value);
            Assert.Equal(new Problem(ProblemCodes.OtherEncoding, "$", $"The file is {named}; it was read, but save it as UTF-8, which every tool here reads and writes.", ProblemSeverity.Warning), Assert.Single(result.Problems));
        }
        else
        {
            Assert.Null(result.Value);
            Assert.Equal(new Problem(ProblemCodes.NotUtf8, "$", $"The file is {named} without a byte-order mark, not UTF-8; save it as UTF-8 (in Excel: CSV UTF-8; in a text editor: UTF-8)."), Assert.Single(result.Problems));
        }
    }

    [Fact]
    public void Invalid_utf8_names_the_byte()
    {
        var text = AssessmentJson.Serialize(Sample).Replace("\"assessors\"", "\"assessors\u00e9\"", StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(text);
        var offset = text.IndexOf('\u00e9', StringComparison.Ordinal);

        Assert.Equal(
            new Problem(ProblemCodes.NotUtf8, "$", $"The file is not valid UTF-8 at byte {offset:N0} (0xE9); it may be Latin-1 or Windows-1252. Save it as UTF-8."),
            Assert.Single(AssessmentJson.Read(bytes).Problems));
    }

    [Fact]
    public void A_score_card_given_as_an_assessment_and_the_reverse_say_what_they_are()
    {
        var card = ScoreCardJson.SerializeToUtf8Bytes(Scorer.Score(Sample));

        Assert.Equal(
            new Problem(ProblemCodes.WrongKindOfFile, "$", "The file is a score card, not an assessment file; a score card is what scoring an assessment gives; read the assessment it was scored from."),
            Assert.Single(AssessmentJson.Read(card).Problems));
        Assert.Equal(
            new Problem(ProblemCodes.WrongKindOfFile, "$", "The file is an assessment file, not a score card; score the assessment to get its card, or give the assessment where an assessment or a card will do."),
            Assert.Single(ScoreCardJson.Read(AssessmentJson.SerializeToUtf8Bytes(Sample)).Problems));
    }

    [Fact]
    public void Every_wrong_type_is_reported_at_once_in_file_order()
    {
        var json = AssessmentJson.Serialize(Sample);
        var broken = json
            .Replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"assessors\": 3", StringComparison.Ordinal)
            .Replace("\"excludedDomains\": []", "\"excludedDomains\": [7]", StringComparison.Ordinal);
        var lastProgress = broken.LastIndexOf("\"progress\": \"", StringComparison.Ordinal);
        broken = string.Concat(broken.AsSpan(0, lastProgress), "\"progress\": true, \"was\": \"", broken.AsSpan(lastProgress + "\"progress\": \"".Length));

        var errors = AssessmentJson.Parse(broken).Errors;

        Assert.Equal(ProblemCodes.DuplicateProperty, Assert.Single(errors).Code);
        var wrong = AssessmentJson.Parse(json
            .Replace("\"excludedDomains\": []", "\"excludedDomains\": [7]", StringComparison.Ordinal)
            .Replace("\"level\": \"", "\"level\": 3, \"levelWas\": \"", StringComparison.Ordinal));
        Assert.Equal(["$.footprint.level", "$.scope.excludedDomains[0]"], wrong.Errors.Where(p => p.Code == ProblemCodes.WrongType).Select(p => p.Path));
    }

    [Fact]
    public void A_file_cut_short_says_so_in_plain_words()
    {
        var json = AssessmentJson.Serialize(Sample);

        var problem = Assert.Single(AssessmentJson.Parse(json[..(json.Length / 2)]).Problems);

        Assert.Equal(ProblemCodes.InvalidJson, problem.Code);
        Assert.Matches(@"^The file ends before its JSON is complete \(line \d+, position \d+\): it may have been cut short when it was saved or copied; save or copy it again\.$", problem.Message);
        Assert.DoesNotContain("reader options", problem.Message, StringComparison.Ordinal);
    }

    private static byte[] Zip(params string[] names)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open());
                entry.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
