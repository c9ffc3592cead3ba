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
    public void A_text_split_by_the_two_column_layout_is_not_matched_whole_but_its_pieces_are()
    {
        // LEA.8 is split across the columns: its end is printed before its start.
        var report = SourceText.Report2018;

        Assert.Null(report.Match("Ensure that top-level agreements, such as how funding is allocated, are written down, worked out in detail and clearly communicated to those who will implement them."));
        Assert.NotNull(report.Match("Ensure that top-level agreements, such as how funding is allocated, are written"));
        Assert.NotNull(report.Match("down, worked out in detail and clearly communicated to those who will implement them."));
    }

    [Fact]
    public void One_word_dropped_added_or_changed_fails_and_footnote_marks_line_breaks_and_hyphens_do_not()
    {
        var report = SourceText.Report2018;
        const string Whole = "Overall, the review found many excellent examples of how partners are making real progress in improving outcomes for individuals and populations";

        Assert.NotNull(report.Match(Whole, 5));
        Assert.Null(report.Match(Whole.Replace(" excellent", string.Empty, StringComparison.Ordinal)));
        Assert.Null(report.Match(Whole.Replace("many", "many very", StringComparison.Ordinal)));
        Assert.Null(report.Match(Whole.Replace("real progress", "great progress", StringComparison.Ordinal)));

        // "maximising health and wellbeing2. A selection": a footnote mark run into a word, and "placebased" broken across lines.
        Assert.NotNull(report.Match("in adopting a strategic place-based and person-centred approach aimed at maximising health and wellbeing. A selection of examples"));

        // "the NHS" then a page break with a lone page number, then "long-term plan": the footnote between is not skipped.
        Assert.Null(report.Match("Integration and prevention are expected to be key elements of the NHS long-term plan"));
    }

    [Fact]
    public void A_text_is_found_on_its_page_and_not_on_another()
    {
        Assert.Equal(37, SourceText.Report2018.PageOfPosition(SourceText.Report2018.Match("Healthy pharmacy initiatives.", 37)!.Value));
        Assert.Null(SourceText.Report2018.Match("Healthy pharmacy initiatives.", 20, 21));
    }
}
