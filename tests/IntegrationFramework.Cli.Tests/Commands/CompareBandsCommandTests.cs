using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using NodaTime;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// <c>ifw compare</c> reading each change against partner disagreement: the exact lines for one item down one level
/// (within the noise, no stage change called) and for a partner added with nobody's ratings changed.
/// </summary>
public sealed class CompareBandsCommandTests
{
    private static readonly LocalDate LastYear = new(2025, 10, 1);
    private static readonly LocalDate ThisYear = new(2026, 10, 1);

    /// <summary>PCC's items, every one rated by every partner.</summary>
    private static readonly int PccItems = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("PCC").Items.Count;

    [Fact]
    public void One_item_down_one_level_is_within_the_noise_and_no_stage_change_is_called()
    {
        // PCC.1: three partners of five said in place, two under development; a year later one of the three says under
        // development. Its median falls a level, PCC from (75 + 50 × 11) / 12 = 52.1 (maturing) to 50.0 (developing): but
        // in many draws of the same five partners the median did not move, so the band of the change holds 0.
        using var folder = new Folder();
        var earlier = folder.Write("2025.json", Panel(LastYear, Progress.InPlace, Progress.InPlace, Progress.InPlace, Progress.UnderDevelopment, Progress.UnderDevelopment));
        var later = folder.Write("2026.json", Panel(ThisYear, Progress.InPlace, Progress.InPlace, Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.UnderDevelopment));

        var lines = Run.Ifw("compare", earlier, later).Succeeded().Output.Split('\n');

        Assert.Equal(12, PccItems);
        Assert.Contains("  PCC Outcome-based, person-centred care …     52.1     50.0     -2.1     -2.1 to 0.0      -2.1          100%", lines);
        Assert.Contains("  The same 5 partners rated both reviews, so each band applies one draw of them with replacement to both: every multiset, 126 of them, weighted by its probability; a band holds at least 95% of the resampled changes. A change is more than partner disagreement alone produces when its band leaves out 0 and the change lies on that side. It is a noise band from whose views were sought, not a confidence interval; with 3 changes read at once, one may stand out by chance.", lines);
        Assert.Contains("    - PCC Outcome-based, person-centred care in community settings: -2.1, within what partner disagreement alone produces (band of the change -2.1 to 0.0, which includes 0)", lines);
        Assert.Contains("  No stage changed beyond partner disagreement with both stages holding across their partner bands.", lines);
        Assert.Contains("    - PCC Outcome-based, person-centred care in community settings: developing or maturing → developing or maturing: -2.1, within what partner disagreement alone produces (band of the change -2.1 to 0.0, which includes 0)", lines);
        // With only PCC rated, the overall score has no stage in either review (every domain needs one): no stage change.
        Assert.DoesNotContain(lines, l => l.StartsWith("    - Overall: maturing", StringComparison.Ordinal));
        var json = Json(earlier, later);
        var pcc = Domain(json, "PCC");
        Assert.False(pcc.GetProperty("beyondNoise").GetBoolean());
        Assert.Equal(-25.0 / 12, pcc.GetProperty("band").GetProperty("low").GetDouble(), 12);
        Assert.Equal(0, pcc.GetProperty("band").GetProperty("high").GetDouble());
        Assert.True(json.RootElement.GetProperty("bands").GetProperty("paired").GetBoolean());
    }

    [Fact]
    public void The_same_item_moved_by_every_partner_is_beyond_the_noise_and_its_stage_change_is_called()
    {
        // Every partner's PCC.1 falls from in place to under development: every draw of them moves it a level.
        using var folder = new Folder();
        var inPlace = Enumerable.Repeat(Progress.InPlace, 5).ToArray();
        var underDevelopment = Enumerable.Repeat(Progress.UnderDevelopment, 5).ToArray();
        var (earlier, later) = (folder.Write("2025.json", Panel(LastYear, inPlace)), folder.Write("2026.json", Panel(ThisYear, underDevelopment)));

        var lines = Run.Ifw("compare", earlier, later).Succeeded().Output.Split('\n');

        Assert.Contains("    - PCC Outcome-based, person-centred care in community settings: -2.1, more than partner disagreement alone produces (band of the change -2.1 to -2.1)", lines);
        Assert.Contains("    - PCC Outcome-based, person-centred care in community settings: maturing → developing: -2.1, more than partner disagreement alone produces (band of the change -2.1 to -2.1)", lines);
        Assert.DoesNotContain("Stage changes not called", lines);
    }

    [Fact]
    public void A_partner_added_with_nobody_s_ratings_changed_resamples_each_review_on_its_own_and_calls_no_stage_change()
    {
        // Four partners split two and two on PCC.1 (median between under development and in place, 62.5); a fifth
        // joins and says under development (median 50). PCC falls from (62.5 + 50 × 11) / 12 = 51.0, maturing, to 50.0, developing, with no
        // partner's ratings changed. Drawn on its own, each review's PCC.1 takes 50, 62.5 or 75 points, so a draw's change
        // is a multiple of 12.5 / 12 within ±25 / 12: the band is the widest it can be, ±2.1.
        using var folder = new Folder();
        var earlier = folder.Write("2025.json", Panel(LastYear, Progress.InPlace, Progress.InPlace, Progress.UnderDevelopment, Progress.UnderDevelopment));
        var later = folder.Write("2026.json", Panel(ThisYear, Progress.InPlace, Progress.InPlace, Progress.UnderDevelopment, Progress.UnderDevelopment, Progress.UnderDevelopment));

        var lines = Run.Ifw("compare", earlier, later).Succeeded().Output.Split('\n');

        Assert.Contains("  PCC Outcome-based, person-centred care …     51.0     50.0     -1.0    -2.1 to +2.1      -1.0          100%", lines);
        Assert.Contains("  The partners changed (the later review has 5 partners, the earlier 4: 1 joined, none left), so each review is drawn on its own, the pairs drawn together, and the partners both share are drawn independently in each, which widens the bands: 2,000 draws from the fixed seed 2018; a band holds at least 95% of the resampled changes. A change is more than partner disagreement alone produces when its band leaves out 0 and the change lies on that side. It is a noise band from whose views were sought, not a confidence interval; with 3 changes read at once, one may stand out by chance.", lines);
        Assert.Contains("    - PCC Outcome-based, person-centred care in community settings: developing or maturing → developing or maturing: -1.0, within what partner disagreement alone produces (band of the change -2.1 to +2.1, which includes 0)", lines);
        var bands = Json(earlier, later).RootElement.GetProperty("bands");
        Assert.Equal("""{"method":"seededDraws","resamples":2000,"seed":2018,"paired":false,"earlierPartners":4,"laterPartners":5}""", JsonSerializer.Serialize(bands));
    }

    [Fact]
    public void Three_partners_are_too_few_to_tell_and_every_band_is_left_out()
    {
        using var folder = new Folder();
        var earlier = folder.Write("2025.json", Panel(LastYear, Progress.InPlace, Progress.InPlace, Progress.UnderDevelopment));
        var later = folder.Write("2026.json", Panel(ThisYear, Progress.InPlace, Progress.UnderDevelopment, Progress.UnderDevelopment));

        var lines = Run.Ifw("compare", earlier, later).Succeeded().Output.Split('\n');

        Assert.Contains("  No stage change can be called: there is no band of change to read it against.", lines);
        Assert.Contains("  Too few partners to tell whether a change is more than partner disagreement: the earlier review has 3 partners, the later 3; a band needs at least 4 in each.", lines);
        Assert.Contains("    - PCC Outcome-based, person-centred care in community settings: maturing → developing: -2.1, with no band to tell", lines);
        var pcc = Domain(Json(earlier, later), "PCC");
        Assert.False(pcc.TryGetProperty("band", out _));
        Assert.False(pcc.TryGetProperty("beyondNoise", out _));
    }

    /// <summary>A review in which every partner rates every PCC item under development and PCC.1 as <paramref name="pcc1"/> gives, partner by partner. Illustrative.</summary>
    private static Assessment Panel(LocalDate on, params Progress[] pcc1)
    {
        PartnerKind[] kinds = [PartnerKind.UnitaryCouncil, PartnerKind.IntegratedCareBoard, PartnerKind.NhsTrust, PartnerKind.Vcse, PartnerKind.Carers];
        var builder = AssessmentBuilder.For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), on);
        for (var p = 0; p < pcc1.Length; p++)
        {
            builder = builder.WithAssessor($"p{p + 1}", $"Partner {p + 1}", kinds[p]);
            foreach (var item in Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Domain("PCC").Items)
            {
                builder = builder.Rate(item.Id, $"p{p + 1}", item.Id == "PCC.1" ? pcc1[p] : Progress.UnderDevelopment);
            }
        }

        return builder.Build();
    }

    private static JsonDocument Json(string earlier, string later) => JsonDocument.Parse(Run.Ifw("compare", earlier, later, "--format", "json").Succeeded().Output);

    private static JsonElement Domain(JsonDocument json, string code)
        => json.RootElement.GetProperty("domains").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
}
