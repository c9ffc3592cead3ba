namespace IntegrationFramework.Tests.TestSupport;

public sealed class SourceTextTests
{
    [Fact]
    public void The_page_map_agrees_with_every_page_number_the_report_prints()
    {
        var printed = SourceText.Report2018.PrintedPageNumbers.ToList();

        Assert.Equal([6, 8, 12, 14, 18, 30, 38], printed.Select(p => p.Number));
        Assert.All(printed, p => Assert.Equal(p.Number, SourceText.Report2018.PageOfLine(p.Line)));
    }

    [Fact]
    public void The_report_runs_from_the_foreword_on_page_4_to_the_checklist_ending_on_page_40()
    {
        var report = SourceText.Report2018;

        Assert.Equal(4, report.PageOfLine(0));
        var lastLineWithText = report.Lines.ToList().FindLastIndex(line => line.Trim().Length > 0);
        Assert.Equal(40, report.PageOfLine(lastLineWithText));
    }

    [Theory]
    [InlineData("person-centred", "personcentred")]
    [InlineData("‘I’ statements", "istatements")]
    [InlineData("Front-line\nstaff, 43", "frontlinestaff43")]
    public void Normalising_keeps_only_lower_case_letters_and_digits(string text, string expected)
        => Assert.Equal(expected, SourceText.Normalise(text));

    [Fact]
    public void A_text_split_by_the_two_column_layout_is_found_in_fragments_but_invented_text_is_not()
    {
        // LEA.8 is split across the columns: its end is printed before its start.
        Assert.NotNull(SourceText.Report2018.Locate("Ensure that top-level agreements, such as how funding is allocated, are written down, worked out in detail and clearly communicated to those who will implement them."));
        Assert.Null(SourceText.Report2018.Locate("Ensure that top-level agreements, such as how funding is allocated, are decided by the Secretary of State."));
    }

    [Fact]
    public void A_text_is_found_on_its_page_and_not_on_another()
    {
        Assert.Equal(37, SourceText.Report2018.Locate("Healthy pharmacy initiatives.", 37));
        Assert.Null(SourceText.Report2018.Locate("Healthy pharmacy initiatives.", 20, 21));
    }
}
