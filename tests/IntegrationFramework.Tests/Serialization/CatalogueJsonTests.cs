using System.Text.Json;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Tests.Serialization;

public sealed class CatalogueJsonTests
{
    [Fact]
    public void The_catalogue_lists_every_item_of_every_framework_with_its_section_and_page()
    {
        using var json = JsonDocument.Parse(CatalogueJson.Serialize(Frameworks.All));

        var frameworks = json.RootElement.GetProperty("frameworks");
        Assert.Equal(["shifting-the-centre-of-gravity-2018", "lga-position-paper"], frameworks.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var items = frameworks[0].GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("domains").EnumerateArray()).SelectMany(d => d.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(86, items.Count);
        var pcc4 = items.Single(i => i.GetProperty("id").GetString() == "PCC.4");
        Assert.Equal(Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Item("PCC.4").Text, pcc4.GetProperty("text").GetString());
        Assert.Equal(37, pcc4.GetProperty("page").GetInt32());
        Assert.False(frameworks[1].GetProperty("themes")[0].GetProperty("domains")[0].GetProperty("items")[0].TryGetProperty("page", out _));
    }

    [Fact]
    public void The_catalogue_writes_dashes_and_quotation_marks_as_themselves_not_as_escapes()
    {
        var json = CatalogueJson.Serialize([Frameworks.ShiftingTheCentreOfGravity2018]);

        Assert.Contains("–", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u2013", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u2019", json, StringComparison.Ordinal);
    }
}
