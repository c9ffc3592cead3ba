using System.Text.RegularExpressions;
using IntegrationFramework.Assessments;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// The completeness checker in LibreOffice Calc: its formulas give the counts the writer caches; after openpyxl fills
/// cells and Calc recalculates, and as a partner types in Calc, the counts are those of the ratings the workbook reads
/// back as; and the workbook still reads back with those ratings.
/// </summary>
public sealed class CheckerInCalcTests
{
    /// <summary>People who use services rate part of most domains of Croydon's sample, and nothing of WFD and INF.</summary>
    private static readonly byte[] People = AssessorWorkbook.ToBytes(Samples.Croydon, "people");

    private static readonly Checklists.Checklist Checklist = Samples.Croydon.Framework.Checklist;

    [Fact]
    public void Calc_recalculating_the_formulas_gives_the_counts_the_writer_cached()
    {
        // Every cached result of a formula made wrong, so only Calc's own calculation can put the counts back.
        var stale = Parts.Edit(People, (name, xml) => name == "xl/worksheets/sheet1.xml" ? Regex.Replace(xml, "</x:f><x:v>[0-9]+</x:v>", "</x:f><x:v>99</x:v>") : xml);
        Assert.All(CoverTable.Read(stale), r => Assert.Equal(("99", "99"), (r.Rated, r.Left)));

        var saved = Programs.ResaveInCalc(stale, recalculate: true);

        var table = CoverTable.Read(saved);
        Assert.Equal(CoverTable.Read(People).Select(r => (r.Code, r.Counts)), table.Select(r => (r.Code, r.Counts)));
        Assert.All(table[..^1], r => Assert.StartsWith("SUMPRODUCT(", r.RatedFormula, StringComparison.Ordinal));
        Assert.Equal(Sorted(AssessorWorkbook.Read(People).Value!.Ratings), Sorted(AssessorWorkbook.Read(saved).Value!.Ratings));
    }

    [Fact]
    public void After_openpyxl_fills_and_clears_cells_and_Calc_recalculates_the_counts_are_those_of_the_ratings_read_back()
    {
        var filled = Programs.FillWithOpenpyxl(People, """
            import sys, openpyxl
            path = sys.argv[1]
            book = openpyxl.load_workbook(path)
            def rate(sheet, item, progress):
                for row in book[sheet].iter_rows(min_row=3):
                    if row[0].value == item:
                        row[2].value = progress
                        return
                raise SystemExit('no row for ' + item)
            rate('TRA', 'TRA.5', 'Planned')
            rate('WFD', 'WFD.3', 'embedded')
            rate('INF', 'INF.1', 2)
            rate('INF', 'INF.2', '   ')
            rate('PCC', 'PCC.1', None)
            book.save(path)
            """);

        var saved = Programs.ResaveInCalc(filled, recalculate: true);

        var table = CoverTable.Read(saved);
        Assert.Equal(
            [("TRA", (7, 7, 0)), ("PCC", (12, 9, 3)), ("PRV", (15, 15, 0)), ("CUL", (10, 10, 0)), ("LEA", (9, 7, 2)), ("GOV", (5, 5, 0)), ("WFD", (7, 1, 6)), ("PBS", (7, 5, 2)), ("COM", (9, 9, 0)), ("INF", (5, 1, 4)), ("Total", (86, 69, 17))],
            table.Select(r => (r.Code, r.Counts)));
        var read = AssessorWorkbook.Read(saved);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Empty(read.Problems);
        var expected = AssessorWorkbook.Read(People).Value!.Ratings.Where(r => r.ItemId != "PCC.1")
            .Concat([new Rating("TRA.5", "people", Progress.Planned), new Rating("WFD.3", "people", Progress.Embedded), new Rating("INF.1", "people", Progress.UnderDevelopment)]);
        Assert.Equal(Sorted(expected), Sorted(read.Value!.Ratings));
        AssertCountsAre(read.Value.Ratings, table);
    }

    [Fact]
    public void Ratings_typed_in_Calc_with_its_own_settings_update_the_counts_it_saves()
    {
        var typed = Programs.TypeInCalc(People, ("TRA", "TRA.5", "In place"), ("INF", "INF.1", "Planned"), ("PCC", "PCC.1", string.Empty));

        var table = CoverTable.Read(typed);
        Assert.Equal([("TRA", (7, 7, 0)), ("PCC", (12, 9, 3)), ("INF", (5, 1, 4)), ("Total", (86, 68, 18))], table.Where(r => r.Code is "TRA" or "PCC" or "INF" or "Total").Select(r => (r.Code, r.Counts)));
        var read = AssessorWorkbook.Read(typed);
        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        Assert.Empty(read.Problems);
        var expected = AssessorWorkbook.Read(People).Value!.Ratings.Where(r => r.ItemId != "PCC.1")
            .Concat([new Rating("TRA.5", "people", Progress.InPlace), new Rating("INF.1", "people", Progress.Planned)]);
        Assert.Equal(Sorted(expected), Sorted(read.Value!.Ratings));
        AssertCountsAre(read.Value.Ratings, table);
    }

    /// <summary>Each domain's row counts the ratings read back from its sheet; the total adds them up.</summary>
    private static void AssertCountsAre(IEnumerable<Rating> ratings, List<CheckerRow> table)
    {
        var rated = ratings.CountBy(r => Checklist.FindItem(r.ItemId)!.DomainCode).ToDictionary();
        var expected = Checklist.Domains.Select(d => (d.Code, (d.Items.Count, rated.GetValueOrDefault(d.Code), d.Items.Count - rated.GetValueOrDefault(d.Code)))).ToList();
        expected.Add(("Total", (Checklist.Items.Count, rated.Values.Sum(), Checklist.Items.Count - rated.Values.Sum())));
        Assert.Equal(expected, table.Select(r => (r.Code, r.Counts)));
    }

    private static List<Rating> Sorted(IEnumerable<Rating> ratings) => [.. ratings.OrderBy(r => r.ItemId, StringComparer.Ordinal)];
}
