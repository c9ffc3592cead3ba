namespace IntegrationFramework.Cli.Tests;

public sealed class IfwTests
{
    [Fact]
    public void Help_lists_every_command_and_exits_zero()
    {
        var run = Run.Ifw("--help").Succeeded();

        foreach (var command in new[] { "catalogue", "template", "validate", "score", "compare", "rollup", "fhir" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }

        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("catalogue", "--format")]
    [InlineData("template", "--footprint-code")]
    [InlineData("validate", "FILE")]
    [InlineData("score", "--policy")]
    [InlineData("compare", "EARLIER")]
    [InlineData("rollup", "--level")]
    [InlineData("fhir", "questionnaire")]
    [InlineData("fhir questionnaire", "--framework")]
    [InlineData("fhir import", "RESPONSE")]
    public void Every_command_has_help(string command, string mentions)
    {
        var run = Run.Ifw([.. command.Split(' '), "--help"]).Succeeded();

        Assert.Contains($"ifw {command}", run.Output, StringComparison.Ordinal);
        Assert.Contains(mentions, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var run = Run.Ifw("--version").Succeeded();

        Assert.Equal(Cli.Ifw.Version + "\n", run.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_that_points_to_help()
    {
        var run = Run.Ifw("scroe", "file.json").Refused();

        Assert.Contains("ifw: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("scroe", run.Error, StringComparison.Ordinal);
        Assert.Equal("Run 'ifw --help' for usage.", run.ErrorLines[^1]);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_bad_option_value_names_the_command_to_ask_for_help()
    {
        var run = Run.Ifw("score", "file.json", "--format", "pdf").Refused();

        Assert.Contains("pdf", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("Run 'ifw score --help' for usage.", run.ErrorLines[^1]);
    }

    [Fact]
    public void No_command_at_all_asks_for_one()
    {
        var run = Run.Ifw();

        Assert.Equal(Cli.Ifw.BadInput, run.Exit);
        Assert.Contains("Run 'ifw --help' for usage.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_bad_input_not_a_fault()
    {
        using var folder = new Folder();

        var run = Run.Ifw("catalogue", "-o", folder["no-such-folder/catalogue.txt"]).Refused();

        Assert.StartsWith("ifw: ", run.Error, StringComparison.Ordinal);
    }
}
