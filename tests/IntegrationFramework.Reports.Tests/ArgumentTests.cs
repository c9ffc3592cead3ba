using IntegrationFramework.Scoring;

namespace IntegrationFramework.Reports.Tests;

/// <summary>The reports check their arguments with the core's messages, which say what a valid value is.</summary>
public sealed class ArgumentTests
{
    [Fact]
    public void A_missing_argument_is_refused_with_the_cores_message()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Report.Render((ScoreCardReport)null!, ReportFormat.Html));
        var markdown = Assert.Throws<ArgumentNullException>(() => Report.Render((Rollup)null!, ReportFormat.Markdown));

        Assert.Equal("report is required; it must not be null. (Parameter 'report')", error.Message);
        Assert.Equal("rollup is required; it must not be null. (Parameter 'rollup')", markdown.Message);
    }

    [Fact]
    public void A_format_the_catalogue_is_not_written_in_is_refused_naming_those_it_is()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Report.Render(Frameworks.All, ReportFormat.Html));

        Assert.StartsWith("format must be one of Text, Markdown, Json for the catalogue; it was Html.", error.Message, StringComparison.Ordinal);
    }
}
