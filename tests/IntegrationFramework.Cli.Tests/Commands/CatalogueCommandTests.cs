using System.Text.Json;

namespace IntegrationFramework.Cli.Tests.Commands;

public sealed class CatalogueCommandTests
{
    [Fact]
    public void Text_lists_both_frameworks_with_every_item_and_its_page()
    {
        var run = Run.Ifw("catalogue").Succeeded();

        foreach (var item in Frameworks.All.SelectMany(f => f.Checklist.Items))
        {
            Assert.Contains($"{item.Id,-13} {item.Text}", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("TRA.1", run.Output, StringComparison.Ordinal);
        Assert.Contains("(p. ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_themes_domains_and_items_of_the_chosen_framework()
    {
        var run = Run.Ifw("catalogue", "--framework", "shifting-the-centre-of-gravity-2018", "--format", "json").Succeeded();

        using var json = JsonDocument.Parse(run.Output);
        var framework = Assert.Single(json.RootElement.GetProperty("frameworks").EnumerateArray());
        Assert.Equal("shifting-the-centre-of-gravity-2018", framework.GetProperty("id").GetString());
        var themes = framework.GetProperty("themes").EnumerateArray().ToList();
        var domains = themes.SelectMany(t => t.GetProperty("domains").EnumerateArray()).ToList();
        var items = domains.SelectMany(d => d.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(3, themes.Count);
        Assert.Equal(10, domains.Count);
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Select(i => i.Id), items);
    }

    [Fact]
    public void Markdown_heads_each_domain_and_bullets_each_item()
    {
        var run = Run.Ifw("catalogue", "--framework", "lga-position-paper", "--format", "markdown").Succeeded();

        Assert.StartsWith("# ", run.Output, StringComparison.Ordinal);
        Assert.Equal(5, run.Output.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
        Assert.Equal(23, run.Output.Split('\n').Count(l => l.StartsWith("- **", StringComparison.Ordinal)));
    }

    [Fact]
    public void Output_goes_to_the_file_named_by_o()
    {
        using var folder = new Folder();

        var run = Run.Ifw("catalogue", "--format", "markdown", "-o", folder["catalogue.md"]).Succeeded();

        Assert.Empty(run.Output);
        Assert.Equal($"Wrote {folder["catalogue.md"]}.\n", run.Error);
        Assert.Equal(Run.Ifw("catalogue", "--format", "markdown").Output, File.ReadAllText(folder["catalogue.md"]));
    }

    [Fact]
    public void An_unknown_framework_is_refused_with_the_known_ones()
    {
        var run = Run.Ifw("catalogue", "--framework", "nhs-long-term-plan").Refused();

        Assert.Equal(
            "ifw: The framework 'nhs-long-term-plan' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper. An edition of your own comes in with --framework-file FILE.\n",
            run.Error);
        Assert.Empty(run.Output);
    }
}
