using IntegrationFramework.Assessments;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// OpenDocument spreadsheets proven by LibreOffice Calc itself: ratings typed through Calc's own API and saved in its
/// own format (.ods) read as typed, exactly as the same typing saved as .xlsx, and score the same; a mistyped level is
/// named at its cell in the same words.
/// </summary>
public sealed class OpenDocumentCalcTests
{
    [Fact]
    public void Ratings_typed_in_LibreOffice_Calc_and_saved_as_ods_read_as_typed()
    {
        var ods = CalcReturns.Typed.Ods;

        var read = AssessorWorkbook.Read(ods);

        // TRA.2's 3 was typed as a number, which Calc keeps as a float: its office:value is what is read.
        Assert.Contains("office:value-type=\"float\" office:value=\"3\"", OpenDocument.ContentOf(ods), StringComparison.Ordinal);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Equal(
            [
                new Rating("INF.5", "vcse", Progress.NotApplicable),
                new Rating("PCC.4", "vcse", Progress.UnderDevelopment),
                new Rating("PCC.6", "vcse", Progress.Planned, Progress.InPlace, "Action plan <draft> & 'notes'"),
                new Rating("TRA.1", "vcse", Progress.InPlace, Progress.Embedded, "Board minutes, March\nand  the plan, signed off "),
                new Rating("TRA.2", "vcse", Progress.InPlace),
            ],
            read.Value!.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal));
        Assert.Equal(Samples.BlankCroydon.Footprint, read.Value.Footprint);
        Assert.Equal(Samples.BlankCroydon.AssessedOn, read.Value.AssessedOn);
        Assert.Equal([Samples.BlankCroydon.Assessors.Single(a => a.Id == "vcse")], read.Value.Assessors);
        var warning = Assert.Single(read.Problems);
        Assert.Equal("INF!C3", warning.Path);
        Assert.Equal(ProblemCodes.NotYetRated, warning.Code);
    }

    [Fact]
    public void An_ods_reads_and_scores_exactly_as_the_same_typing_saved_as_xlsx()
    {
        var (ods, xlsx) = CalcReturns.Typed;

        var fromOds = AssessorWorkbook.Read(ods);
        var fromXlsx = AssessorWorkbook.Read(xlsx);

        Assert.True(fromXlsx.Succeeded, string.Join("\n", fromXlsx.Problems));
        Assert.Equal(fromXlsx.Value, fromOds.Value);
        Assert.Equal(fromXlsx.Problems, fromOds.Problems);
        Assert.Equal(Scorer.Score(fromXlsx.Value!), Scorer.Score(fromOds.Value!));
    }

    [Fact]
    public void A_workbook_filled_from_an_assessment_reads_back_the_same_after_Calc_saves_it_as_ods()
    {
        var read = AssessorWorkbook.Read(CalcReturns.Untouched.Ods);

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Empty(read.Problems);
        Assert.Equal(AssessorWorkbook.Read(AssessorWorkbook.ToBytes(Samples.Croydon, "icb")).Value, read.Value);
        Assert.Equal(Samples.Croydon.Ratings.Where(r => r.AssessorId == "icb").OrderBy(r => r.ItemId, StringComparer.Ordinal), read.Value!.Ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal));
    }

    [Fact]
    public void Five_partners_returns_saved_by_Calc_as_ods_merge_and_score_as_the_JSON_they_were_filled_from()
    {
        var intake = new FileIntake([.. FileIntake.CoreFormats, new WorkbookFormat()]);

        var merged = intake.ReadMerged(CalcReturns.EveryCroydonPartner.Select(r => new InputFile($"croydon-{r.Assessor}.ods", r.Ods)));

        Assert.True(merged.Succeeded, string.Join("\n", merged.Problems));
        var assessment = merged.Value!.Assessment;
        Assert.Equal(5, merged.Value.Returns.Count);
        Assert.Equal(Samples.Croydon.Assessors.OrderBy(a => a.Id, StringComparer.Ordinal), assessment.Assessors.OrderBy(a => a.Id, StringComparer.Ordinal));
        Assert.Equal(Sorted(Samples.Croydon.Ratings), Sorted(assessment.Ratings));
        Assert.Equal(Scorer.Score(Samples.Croydon), Scorer.Score(assessment));
    }

    private static IEnumerable<Rating> Sorted(IEnumerable<Rating> ratings)
        => ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal).ThenBy(r => r.AssessorId, StringComparer.Ordinal);

    [Fact]
    public void A_word_typed_in_Calc_that_is_not_a_level_is_named_at_its_cell_in_the_words_the_xlsx_reader_uses()
    {
        var (ods, xlsx) = CalcReturns.HalfDone;

        var problem = Assert.Single(AssessorWorkbook.Read(ods).Errors);

        Assert.Equal("PCC!C7: 'half done' is not a progress level; choose one of Not started, Planned, Under development, In place, Embedded, Not applicable (or type 0 to 4).", problem.ToString());
        Assert.Equal(ProblemCodes.UnknownValue, problem.Code);
        Assert.Equal(AssessorWorkbook.Read(xlsx).Problems, AssessorWorkbook.Read(ods).Problems);
    }

    [Fact]
    public void A_Calc_saved_ods_is_told_a_workbook_by_its_content_and_holds_ratings()
    {
        var ods = CalcReturns.Untouched.Ods;

        Assert.True(OpenDocumentReader.StartsAsSpreadsheet(ods), "Calc writes the mimetype first and stored, as ODF asks.");
        Assert.Equal(FileKind.Workbook, FileKinds.Detect(ods));
        Assert.True(FileKinds.HoldsRatings(FileKinds.Detect(ods)));
        Assert.Equal(FileKind.Zip, FileKinds.Detect(OpenDocument.Edit(ods, (name, text) => name == "mimetype" ? "application/zip" : text)));
    }

    [Fact]
    public void Limits_on_rows_and_cell_characters_stop_a_Calc_saved_ods_where_they_stop_the_xlsx()
    {
        var (ods, xlsx) = CalcReturns.Untouched;
        var rows = new WorkbookReadOptions { MaxRowsPerSheet = 10 };
        var characters = new WorkbookReadOptions { MaxCellCharacters = 200 };

        // Only rows that hold text count; the Cover's empty third row is passed over in both.
        Assert.Equal("Cover!A12: The sheet Cover has more than 10 rows; the limit is 10, which WorkbookReadOptions.MaxRowsPerSheet raises.", Assert.Single(AssessorWorkbook.Read(ods, rows).Errors).ToString());
        Assert.Equal(AssessorWorkbook.Read(xlsx, rows).Problems, AssessorWorkbook.Read(ods, rows).Problems);
        Assert.Contains(AssessorWorkbook.Read(ods, characters).Errors, p => p.ToString() == "TRA!B4: The cell holds 233 characters; the limit is 200, which WorkbookReadOptions.MaxCellCharacters raises.");
        Assert.Equal(AssessorWorkbook.Read(xlsx, characters).Problems, AssessorWorkbook.Read(ods, characters).Problems);
    }
}
