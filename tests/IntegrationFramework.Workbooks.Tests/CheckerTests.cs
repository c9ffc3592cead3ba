using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Tests.TestSupport;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// The completeness checker as written: the cover counts each domain's items rated and left by formula, with the
/// counts of the ratings written cached; empty Progress cells are marked; the counts are locked, Progress is not.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 60)]
public sealed class CheckerTests
{
    /// <summary>People who use services rate part of most domains of Croydon's sample, and nothing of WFD and INF.</summary>
    private static readonly byte[] People = AssessorWorkbook.ToBytes(Samples.Croydon, "people");

    private static readonly Checklists.Checklist Checklist = Samples.Croydon.Framework.Checklist;

    [Fact]
    public void The_cover_counts_each_domains_items_rated_and_left_by_formula_over_the_item_rows_of_its_Progress_column()
    {
        var table = CoverTable.Read(People);

        Assert.Equal([.. Checklist.Domains.Select(d => d.Code), "Total"], table.Select(r => r.Code));
        Assert.Equal([.. Checklist.Domains.Select(d => d.Name), "Every domain in scope"], table.Select(r => r.Name));
        using var document = SpreadsheetDocument.Open(new MemoryStream(People), false);
        for (var i = 0; i < Checklist.Domains.Count; i++)
        {
            var (domain, row) = (Checklist.Domains[i], table[i]);
            var last = 2 + domain.Items.Count;
            Assert.Equal((null, $"SUMPRODUCT(--(LEN(TRIM('{domain.Code}'!$C$3:$C${last}))>0))", $"C{row.Number}-D{row.Number}"), (row.ItemsFormula, row.RatedFormula, row.LeftFormula));

            // The range is the Progress column over exactly the rows of the domain's items.
            var cells = CoverTable.Sheet(document, domain.Code).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => CoverTable.Value(c, []));
            Assert.Equal("Progress", cells["C2"]);
            Assert.Equal(domain.Items.Select(item => item.Id), Enumerable.Range(3, domain.Items.Count).Select(number => cells[$"A{number}"]));
            Assert.False(cells.ContainsKey($"A{last + 1}"));
        }

        var (first, total) = (table[0].Number, table[^1].Number);
        Assert.Equal(($"SUM(C{first}:C{total - 1})", $"SUM(D{first}:D{total - 1})", $"C{total}-D{total}"), (table[^1].ItemsFormula, table[^1].RatedFormula, table[^1].LeftFormula));
    }

    [Fact]
    public void The_cached_counts_are_those_of_the_ratings_written_so_the_file_is_right_before_any_recalculation()
    {
        Assert.Equal(
            [(7, 6, 1), (12, 10, 2), (15, 15, 0), (10, 10, 0), (9, 7, 2), (5, 5, 0), (7, 0, 7), (7, 5, 2), (9, 9, 0), (5, 0, 5), (86, 67, 19)],
            CoverTable.Read(People).Select(r => r.Counts));
    }

    [Property]
    public Property For_any_assessment_the_cached_counts_are_each_assessors_ratings_per_domain_in_scope(Assessment assessment)
        => Prop.When(!assessment.Assessors.IsEmpty, () =>
        {
            var checklist = assessment.Framework.Checklist;
            var inScope = checklist.Domains.Where(d => !assessment.ExcludedDomains.Contains(d.Code)).ToList();
            foreach (var assessor in assessment.Assessors)
            {
                var rated = assessment.Ratings.Where(r => r.AssessorId == assessor.Id).CountBy(r => checklist.FindItem(r.ItemId)!.DomainCode).ToDictionary();
                var expected = inScope.Select(d => (d.Items.Count, rated.GetValueOrDefault(d.Code), d.Items.Count - rated.GetValueOrDefault(d.Code))).ToList();
                var table = CoverTable.Read(AssessorWorkbook.ToBytes(assessment, assessor.Id));
                Assert.Equal(inScope.Count == 0 ? [] : [.. inScope.Select(d => d.Code), "Total"], table.Select(r => r.Code));
                if (inScope.Count > 0)
                {
                    Assert.Equal([.. expected, (expected.Sum(e => e.Item1), expected.Sum(e => e.Item2), expected.Sum(e => e.Item3))], table.Select(r => r.Counts));
                }
            }
        });

    [Fact]
    public void Empty_Progress_cells_are_marked_amber_on_every_domain_sheet_in_scope_and_a_count_left_of_0_turns_green()
    {
        var croydon = Samples.Croydon;
        var bytes = AssessorWorkbook.ToBytes(new Assessment(croydon.Framework, croydon.Footprint, croydon.AssessedOn, croydon.Assessors, croydon.Ratings, ["INF"]), "people");

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var dxfs = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.DifferentialFormats!.Elements<DifferentialFormat>().ToList();
        string Fill(ConditionalFormattingRule rule) => dxfs[(int)rule.FormatId!.Value].Fill!.PatternFill!.BackgroundColor!.Rgb!.Value!;
        foreach (var domain in Checklist.Domains)
        {
            var formats = CoverTable.Sheet(document, domain.Code).Worksheet.Elements<ConditionalFormatting>().ToList();
            if (domain.Code == "INF")
            {
                Assert.Empty(formats); // out of scope: nothing is left to rate there
                continue;
            }

            var formatting = Assert.Single(formats);
            Assert.Equal($"C3:C{2 + domain.Items.Count}", formatting.SequenceOfReferences!.InnerText);
            var blank = Assert.Single(formatting.Elements<ConditionalFormattingRule>());
            Assert.Equal((ConditionalFormatValues.ContainsBlanks, "LEN(TRIM(C3))=0", "FFFFD966"), (blank.Type!.Value, blank.GetFirstChild<Formula>()!.Text, Fill(blank)));
        }

        var table = CoverTable.Read(bytes);
        Assert.DoesNotContain(table, r => r.Code == "INF");
        var done = Assert.Single(CoverTable.Sheet(document, "Cover").Worksheet.Elements<ConditionalFormatting>());
        Assert.Equal($"E{table[0].Number}:E{table[^1].Number}", done.SequenceOfReferences!.InnerText);
        var zero = Assert.Single(done.Elements<ConditionalFormattingRule>());
        Assert.Equal((ConditionalFormatValues.CellIs, ConditionalFormattingOperatorValues.Equal, "0", "FFC6EFCE"), (zero.Type!.Value, zero.Operator!.Value, zero.GetFirstChild<Formula>()!.Text, Fill(zero)));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void The_counts_are_locked_and_whole_numbers_and_the_Progress_cells_stay_unlocked_on_protected_sheets()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(People), false);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        CellFormat Format(WorksheetPart sheet, string reference) => formats[(int)sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference).StyleIndex!.Value];

        var cover = CoverTable.Sheet(document, "Cover");
        Assert.True(cover.Worksheet.GetFirstChild<SheetProtection>()!.Sheet!.Value);
        foreach (var row in CoverTable.Read(People))
        {
            foreach (var column in "CDE")
            {
                var format = Format(cover, $"{column}{row.Number}");
                Assert.Equal((true, 1u), (format.Protection!.Locked!.Value, format.NumberFormatId!.Value));
            }
        }

        foreach (var domain in Checklist.Domains)
        {
            var sheet = CoverTable.Sheet(document, domain.Code);
            Assert.True(sheet.Worksheet.GetFirstChild<SheetProtection>()!.Sheet!.Value);
            Assert.All(Enumerable.Range(3, domain.Items.Count), number => Assert.False(Format(sheet, $"C{number}").Protection!.Locked!.Value));
        }
    }
}
