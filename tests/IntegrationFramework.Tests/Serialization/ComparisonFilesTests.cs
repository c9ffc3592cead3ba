using System.Globalization;
using System.Text.Json;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

/// <summary><see cref="ComparisonJson"/> and <see cref="ComparisonCsv"/>: a comparison of two reviews as files.</summary>
public sealed class ComparisonFilesTests
{
    private static readonly Footprint Rotherham = new("E08000018", "Rotherham", Level.Place, 265_800);

    private static readonly ReviewComparison OneYear = ReviewComparison.Of(Card(new LocalDate(2021, 4, 1), Progress.Planned), Card(new LocalDate(2022, 4, 1), Progress.InPlace));

    private static readonly string Years = 1.0.ToString("R", CultureInfo.InvariantCulture);

    private static readonly string PerYear = 50.0.ToString("R", CultureInfo.InvariantCulture);

    private static ScoreCard Card(LocalDate date, Progress progress) => Scorer.Score(AssessmentBuilder
        .For(Frameworks.LgaPositionPaper, Rotherham, date)
        .WithAssessor("council", "Rotherham Council", PartnerKind.Council)
        .Rate("IND.1", "council", progress)
        .Build());

    [Fact]
    public void Json_has_the_footprint_the_dates_the_period_and_every_change()
    {
        using var json = JsonDocument.Parse(ComparisonJson.Serialize(OneYear));
        var root = json.RootElement;

        Assert.Equal("lga-position-paper", root.GetProperty("framework").GetString());
        Assert.Equal("standard", root.GetProperty("policy").GetString());
        Assert.Equal("E08000018", root.GetProperty("footprint").GetProperty("code").GetString());
        Assert.Equal(265_800, root.GetProperty("footprint").GetProperty("population").GetInt32());
        Assert.Equal("2021-04-01", root.GetProperty("earlier").GetString());
        Assert.Equal("2022-04-01", root.GetProperty("later").GetString());
        Assert.Equal("P1Y", root.GetProperty("period").GetString());
        Assert.Equal(1, root.GetProperty("years").GetDouble());
        var overall = root.GetProperty("overall");
        Assert.Equal("overall", overall.GetProperty("code").GetString());
        Assert.Equal(25, overall.GetProperty("earlier").GetDouble());
        Assert.Equal(75, overall.GetProperty("later").GetDouble());
        Assert.Equal(50, overall.GetProperty("change").GetDouble());
        Assert.Equal(50, overall.GetProperty("perYear").GetDouble());
        Assert.Equal(["CHARACTERISTICS"], root.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("code").GetString()));
        Assert.Equal(Frameworks.LgaPositionPaper.Checklist.Domains.Select(d => d.Code), root.GetProperty("domains").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(23, root.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Json_leaves_out_changes_that_cannot_be_computed()
    {
        using var json = JsonDocument.Parse(ComparisonJson.Serialize(OneYear));

        var community = json.RootElement.GetProperty("domains")[1];

        // No score in either review, so no change: only the coverage each review had, none.
        Assert.Equal("""{"code":"COMMUNITY","earlierCoverage":0,"laterCoverage":0}""", JsonSerializer.Serialize(community));
    }

    [Fact]
    public void Csv_is_one_row_for_the_overall_score_then_each_theme_domain_and_item()
    {
        var lines = ComparisonCsv.Serialize(OneYear).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // One item of the paper's 23 rated in each review, and one of IND's items: coverage the same in both.
        var overall = (1 / 23.0).ToString("R", CultureInfo.InvariantCulture);
        var ind = (1.0 / Frameworks.LgaPositionPaper.Checklist.Domain("IND").Items.Count).ToString("R", CultureInfo.InvariantCulture);
        Assert.Equal("footprint_code,earlier,later,years,scope,code,earlier_score,later_score,change,change_per_year,earlier_coverage,later_coverage,earlier_status,later_status,band_low,band_high,beyond_noise,band_method,band_paired,earlier_framework,new_items,dropped_items,earlier_item", lines[0]);
        Assert.Equal($"E08000018,2021-04-01,2022-04-01,{Years},overall,overall,25,75,50,{PerYear},{overall},{overall},,,,,,,,,,,", lines[1]);
        Assert.Equal($"E08000018,2021-04-01,2022-04-01,{Years},theme,CHARACTERISTICS,25,75,50,{PerYear},,,,,,,,,,,,,", lines[2]);
        Assert.Equal($"E08000018,2021-04-01,2022-04-01,{Years},domain,IND,25,75,50,{PerYear},{ind},{ind},,,,,,,,,,,", lines[3]);
        Assert.Equal($"E08000018,2021-04-01,2022-04-01,{Years},domain,COMMUNITY,,,,,0,0,,,,,,,,,,,", lines[4]);
        Assert.Equal($"E08000018,2021-04-01,2022-04-01,{Years},item,IND.1,25,75,50,{PerYear},,,rated,rated,,,,,,,,,", lines[8]);
        Assert.Equal($"E08000018,2021-04-01,2022-04-01,{Years},item,IND.2,,,,,,,unrated,unrated,,,,,,,,,", lines[9]);
        Assert.Equal(1 + 1 + 1 + 5 + 23, lines.Length);
    }

    [Fact]
    public void Both_files_carry_each_band_of_change_and_whether_it_is_beyond_partner_disagreement()
    {
        // Four partners each rate IND.1 planned, then in place: every draw of them moves it two levels, +50.
        Assessment Review(LocalDate on, Progress progress)
        {
            var builder = AssessmentBuilder.For(Frameworks.LgaPositionPaper, Rotherham, on);
            foreach (var id in (string[])["council", "icb", "trust", "vcse"])
            {
                builder = builder.WithAssessor(id, id, PartnerKind.Council).Rate("IND.1", id, progress);
            }

            return builder.Build();
        }

        var (earlier, later) = (Review(new LocalDate(2021, 4, 1), Progress.Planned), Review(new LocalDate(2022, 4, 1), Progress.InPlace));
        var trend = ReviewComparison.Of(Scorer.Score(earlier), Scorer.Score(later), ChangeBands.Of(earlier, later));

        var lines = ComparisonCsv.Serialize(trend).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(ComparisonJson.Serialize(trend));

        var ind = (1.0 / Frameworks.LgaPositionPaper.Checklist.Domain("IND").Items.Count).ToString("R", CultureInfo.InvariantCulture);
        Assert.EndsWith($",domain,IND,25,75,50,{PerYear},{ind},{ind},,,50,50,true,exact,true,,,,", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",item,IND.1,25,75,50,50,,,rated,rated,,,,exact,true,,,,", lines[8], StringComparison.Ordinal);
        var domain = json.RootElement.GetProperty("domains")[0];
        Assert.Equal("""{"low":50,"high":50}""", JsonSerializer.Serialize(domain.GetProperty("band")));
        Assert.True(domain.GetProperty("beyondNoise").GetBoolean());
        Assert.Equal("""{"method":"exact","resamples":35,"paired":true,"earlierPartners":4,"laterPartners":4}""", JsonSerializer.Serialize(json.RootElement.GetProperty("bands")));
        Assert.False(json.RootElement.GetProperty("items")[0].TryGetProperty("band", out _));
    }

    [Fact]
    public void Csv_of_many_comparisons_has_one_header()
    {
        using var writer = new StringWriter();

        ComparisonCsv.Write([OneYear, OneYear], writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2 * 30, lines.Length);
        Assert.Single(lines, l => l.StartsWith("footprint_code,", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ComparisonJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ComparisonCsv.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ComparisonCsv.Write([OneYear], null!));
    }
}
