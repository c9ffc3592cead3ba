using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

public sealed class DomainScoresCsvTests
{
    [Fact]
    public void Each_domain_score_is_a_row_with_unrounded_numbers_and_empty_fields_for_missing_values()
    {
        var card = Scorer.Score(AssessmentBuilder
            .For(Frameworks.LgaPositionPaper, new Footprint("E08000018", "Rotherham", Level.Place), new LocalDate(2021, 11, 1))
            .WithAssessor("council", "Council", PartnerKind.Council)
            .WithAssessor("vcse", "VCSE", PartnerKind.Vcse)
            .Rate("IND.1", "council", Progress.InPlace).Rate("IND.1", "vcse", Progress.Planned)
            .Excluding("NATIONAL")
            .Build());

        var lines = DomainScoresCsv.Serialize(card).Split("\r\n");

        Assert.Equal(string.Join(",", DomainScoresCsv.Columns), lines[0]);
        Assert.Equal("lga-position-paper,standard,E08000018,Rotherham,place,,2021-11-01,overall,,,false,50,,0.05555555555555555,,50,1,18,,,,,,", lines[1]);
        Assert.Equal("lga-position-paper,standard,E08000018,Rotherham,place,,2021-11-01,theme,CHARACTERISTICS,,false,50,,0.05555555555555555,,50,1,18,,,,,,", lines[2]);
        Assert.Equal("lga-position-paper,standard,E08000018,Rotherham,place,,2021-11-01,domain,CHARACTERISTICS,IND,false,50,,0.25,0,50,1,4,,,,,,", lines[3]);
        Assert.Equal("lga-position-paper,standard,E08000018,Rotherham,place,,2021-11-01,domain,CHARACTERISTICS,COMMUNITY,false,,,0,,,0,4,,,,,,", lines[4]);
        Assert.Equal("lga-position-paper,standard,E08000018,Rotherham,place,,2021-11-01,domain,CHARACTERISTICS,NATIONAL,true,,,,,,0,0,,,,,,", lines[7]);
        Assert.Equal(9, lines.Length);
    }

    [Fact]
    public void A_card_with_bands_fills_the_band_columns_of_each_score()
    {
        var card = Scorer.ScoreWithBands(AssessmentGenerators.Build(new Random(3), Frameworks.LgaPositionPaper, 5, 100, 0, excluding: false, agreeing: false));
        var rows = DomainScoresCsv.Serialize(card).Split("\r\n")[1..^1].Select(r => r.Split(',')).ToList();
        var band = card.Bands!;

        Assert.Equal([Number(band.Overall!.Value.Low), Number(band.Overall.Value.High), Number(band.Overall.Value.StageProbability), string.Empty, string.Empty, string.Empty], rows[0][^6..]);
        var ind = rows.Single(r => r[9] == "IND");
        var alpha = band.Alphas[0];
        Assert.Equal([Number(band.Domains[0]!.Value.Low), Number(band.Domains[0]!.Value.High), Number(band.Domains[0]!.Value.StageProbability), Number(alpha.Low), Number(alpha.High), Vocabularies.AlphaReading.NameOf(alpha.Reading)], ind[^6..]);
    }

    private static string Number(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    [Fact]
    public void Many_cards_make_one_table_with_one_header()
    {
        var card = Scorer.Score(new Assessment(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("A", "A", Level.Place), default, [], []));
        using var writer = new StringWriter();

        DomainScoresCsv.Write([card, card.With(footprint: new Footprint("B", "B", Level.Place))], writer);

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + (2 * (1 + 3 + 10)), lines.Length);
        Assert.Single(lines, l => l.StartsWith("framework,", StringComparison.Ordinal));
    }
}
