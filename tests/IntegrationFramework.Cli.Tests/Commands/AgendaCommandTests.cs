using AngleSharp.Html.Parser;
using IntegrationFramework.Assessments;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary><c>ifw agenda</c>: the consensus meeting's pack, from the partners' returns merged.</summary>
public sealed class AgendaCommandTests
{
    [Fact]
    public void The_text_pack_lists_the_split_items_with_every_partners_rating()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        var output = Run.Ifw("agenda", path).Succeeded().Output;

        // PCC.4 is four levels apart, TRA.1 two; GOV.1, where the partners agree, is not on the agenda.
        Assert.True(output.IndexOf("PCC.4", StringComparison.Ordinal) < output.IndexOf("TRA.1", StringComparison.Ordinal));
        Assert.DoesNotContain("GOV.1", output, StringComparison.Ordinal);
        Assert.Contains("Croydon Voluntary Action", output, StringComparison.Ordinal);
        Assert.Contains("Illustrative: a one-year alliance agreement.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_partners_returns_are_merged_into_one_pack()
    {
        using var folder = new Folder();
        var whole = Folder.Croydon();
        Directory.CreateDirectory(folder["returns"]);
        File.WriteAllBytes(folder["returns/council.xlsx"], AssessorWorkbook.ToBytes(whole, "council"));
        File.WriteAllText(folder["returns/icb.json"], AssessmentJson.Serialize(Only(whole, "icb")));
        File.WriteAllText(folder["returns/vcse.csv"], RatingsCsv.Serialize(Only(whole, "vcse")));
        var single = folder.Write("croydon.json", whole);

        var merged = Run.Ifw("agenda", folder["returns"], "-f", "markdown").Succeeded();

        Assert.Equal(Run.Ifw("agenda", single, "-f", "markdown").Succeeded().Output, merged.Output);
        Assert.Contains("Merged 3 files", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_pack_is_a_page_with_a_table_of_partners_for_every_item_to_discuss()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        Run.Ifw("agenda", path, "-f", "html", "-o", folder["agenda.html"]).Succeeded();

        var page = new HtmlParser().ParseDocument(File.ReadAllText(folder["agenda.html"]));
        Assert.Equal(["PCC.4", "TRA.1"], page.QuerySelectorAll("article.agenda-item").Select(a => a.GetAttribute("data-item")));
        Assert.Equal(3, page.QuerySelectorAll("article.agenda-item[data-item='TRA.1'] table.partners tbody tr").Length);
    }

    [Fact]
    public void A_format_the_pack_has_not_is_a_usage_error()
    {
        using var folder = new Folder();
        var path = folder.Write("croydon.json", Folder.Croydon());

        var run = Run.Ifw("agenda", path, "-f", "csv").Refused();

        Assert.Equal("ifw: --format 'csv' is not a format ifw agenda writes; use one of text, markdown, html.", run.ErrorLines[0]);
        Assert.Equal("Run 'ifw agenda --help' for usage.", run.ErrorLines[^1]);
    }

    [Fact]
    public void After_the_meeting_the_file_with_agreed_ratings_scores_with_them_and_the_pack_leaves_them_out()
    {
        using var folder = new Folder();
        var met = AssessmentBuilder.From(Folder.Croydon())
            .Agree("PCC.4", Progress.UnderDevelopment, "Illustrative: safeguarding is joined up for adults only.", new NodaTime.LocalDate(2025, 10, 15), "Croydon consensus workshop")
            .Build();
        var path = folder.Write("croydon-agreed.json", met);

        var card = Run.Ifw("score", path).Succeeded().Output;
        var pack = Run.Ifw("agenda", path).Succeeded().Output;

        Assert.Contains("under development (agreed)", card, StringComparison.Ordinal);
        Assert.Contains("Croydon consensus workshop", card, StringComparison.Ordinal);
        Assert.DoesNotContain("PCC.4", pack, StringComparison.Ordinal);
        Assert.Contains("TRA.1", pack, StringComparison.Ordinal);
    }

    private static Assessment Only(Assessment whole, string assessor)
        => new(whole.Framework, whole.Footprint, whole.AssessedOn, [.. whole.Assessors.Where(a => a.Id == assessor)], [.. whole.Ratings.Where(r => r.AssessorId == assessor)]);
}
