using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

public sealed class ScoreCardJsonTests
{
    private static ScoreCard Card() => Scorer.Score(AssessmentBuilder
        .For(Frameworks.LgaPositionPaper, new Footprint("E08000018", "Rotherham", Level.Place, 265_800), new LocalDate(2021, 11, 1))
        .WithAssessor("council", "Rotherham Council", PartnerKind.Council)
        .WithAssessor("vcse", "Voluntary Action Rotherham", PartnerKind.Vcse)
        .Rate("IND.1", "council", Progress.InPlace, Progress.Embedded).Rate("IND.1", "vcse", Progress.Planned)
        .Rate("IND.2", "council", Progress.NotApplicable).Rate("IND.2", "vcse", Progress.NotApplicable)
        .Rate("IND.3", "council", Progress.InPlace).Rate("IND.3", "vcse", Progress.InPlace)
        .Excluding("NATIONAL")
        .Build());

    // IND.1: levels 1 and 3, median 2 (50 points), target embedded set by one partner, gap 2; IND.3: 3 (75). IND scores
    // 62.5 on 2 of 3 applicable items, enough for a stage (maturing); the theme and the overall have none, as the
    // theme's other domains are unrated. Overall coverage: 2 rated of 17 applicable items (23, less NATIONAL's 5
    // excluded, less IND.2 not applicable).
    [Fact]
    public void A_score_card_is_written_in_the_designs_shape_leaving_out_missing_values()
    {
        var json = ScoreCardJson.Serialize(Card()).ReplaceLineEndings("\n");

        Assert.StartsWith(
            """
            {
              "framework": "lga-position-paper",
              "policy": "standard",
              "footprint": {
                "code": "E08000018",
                "name": "Rotherham",
                "level": "place",
                "population": 265800
              },
              "assessedOn": "2021-11-01",
              "overall": {
                "score": 62.5,
                "coverage": 0.11764705882352941,
                "targetScore": 87.5
              },
              "themes": [
                {
                  "code": "CHARACTERISTICS",
                  "score": 62.5,
                  "targetScore": 87.5
                }
              ],
              "domains": [
                {
                  "code": "IND",
                  "theme": "CHARACTERISTICS",
                  "score": 62.5,
                  "coverage": 0.6666666666666666,
                  "stage": "maturing",
                  "alpha": 0,
                  "targetScore": 87.5,
                  "ratedItems": 2,
                  "applicableItems": 3
                },
            """.ReplaceLineEndings("\n"),
            json);
        Assert.Contains(
            """
                {
                  "code": "NATIONAL",
                  "theme": "CHARACTERISTICS",
                  "excluded": true,
                  "ratedItems": 0,
                  "applicableItems": 0
                }
            """.ReplaceLineEndings("\n"),
            json,
            StringComparison.Ordinal);
        Assert.Contains(
            """
                {
                  "id": "IND.1",
                  "status": "rated",
                  "consensus": "underDevelopment",
                  "points": 50,
                  "agreement": "partial",
                  "uncertain": false,
                  "lowestLevel": "planned",
                  "highestLevel": "inPlace",
                  "ratings": 2,
                  "notApplicableRatings": 0,
                  "target": "embedded",
                  "targetSetters": 1,
                  "gap": 2
                },
                {
                  "id": "IND.2",
                  "status": "notApplicable",
                  "ratings": 2,
                  "notApplicableRatings": 2
                },
            """.ReplaceLineEndings("\n"),
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_card_reads_back_as_itself()
    {
        var card = Card();

        var result = ScoreCardJson.Read(ScoreCardJson.SerializeToUtf8Bytes(card));

        Assert.Empty(result.Problems);
        Assert.Equal(card, result.Value);
        using var stream = new MemoryStream();
        ScoreCardJson.Write(card, stream);
        Assert.Equal(card, ScoreCardJson.Read(stream.ToArray()).Value);
    }

    [Fact]
    public void A_score_card_with_bands_reads_back_as_itself_and_says_how_sure_each_score_is()
    {
        var assessment = IntegrationFramework.Tests.TestSupport.AssessmentGenerators.Build(new Random(5), Frameworks.ShiftingTheCentreOfGravity2018, 5, 90, 5, excluding: true, agreeing: false);
        var card = Scorer.ScoreWithBands(assessment);

        var json = ScoreCardJson.Serialize(card);
        var result = ScoreCardJson.Read(ScoreCardJson.SerializeToUtf8Bytes(card));

        Assert.Empty(result.Problems);
        Assert.Equal(card, result.Value);
        Assert.Equal(card.Bands, result.Value!.Bands);
        Assert.Contains("\"bands\": {\n    \"method\": \"exact\",\n    \"resamples\": 126\n  }".ReplaceLineEndings(Environment.NewLine), json, StringComparison.Ordinal);
        Assert.Contains("\"stageProbability\": ", json, StringComparison.Ordinal);
        Assert.Contains("\"alphaReading\": \"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"bands\"", ScoreCardJson.Serialize(Scorer.Score(assessment)), StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_without_how_they_were_made_or_out_of_range_are_problems_at_their_paths()
    {
        var json = ScoreCardJson.Serialize(Scorer.ScoreWithBands(IntegrationFramework.Tests.TestSupport.AssessmentGenerators.Build(new Random(5), Frameworks.LgaPositionPaper, 4, 100, 0, excluding: false, agreeing: false)));
        var start = json.IndexOf("\"bands\": {", StringComparison.Ordinal);
        var withoutHow = json.Remove(start, json.IndexOf('}', start) - start + 2);
        var reversed = System.Text.RegularExpressions.Regex.Replace(json, "\"band\": \\{\\s*\"low\": ([0-9.]+),\\s*\"high\": ([0-9.]+)", m => $"\"band\": {{ \"low\": 100, \"high\": {m.Groups[1].Value}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

        Assert.Contains(ScoreCardJson.Parse(withoutHow).Problems, p => p.Path == "$.bands" && p.Code == ProblemCodes.InvalidValue);
        Assert.Contains(ScoreCardJson.Parse(reversed).Problems, p => p.Path == "$.overall.band" && p.Message.StartsWith("low (100) cannot be above high", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_score_cards_give_problems_with_paths()
    {
        var json = ScoreCardJson.Serialize(Card())
            .Replace("\"overall\": {\n    \"score\": 62.5,".ReplaceLineEndings(Environment.NewLine), "\"overall\": {\n    \"score\": 125,".ReplaceLineEndings(Environment.NewLine), StringComparison.Ordinal)
            .Replace("\"agreement\": \"partial\"", "\"agreement\": \"disagree\"", StringComparison.Ordinal)
            .Replace("\"policy\": \"standard\"", "\"policy\": \"\"", StringComparison.Ordinal);

        var result = ScoreCardJson.Parse(json);

        Assert.Null(result.Value);
        Assert.Equal(
            [
                (ProblemCodes.InvalidValue, "$.policy"),
                (ProblemCodes.InvalidValue, "$.overall.score"),
                (ProblemCodes.UnknownValue, "$.items[0].agreement"),
            ],
            result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal("125 is out of range: a score is from 0 to 100.", result.Problems[1].Message);
        Assert.Equal(ProblemCodes.InvalidJson, Assert.Single(ScoreCardJson.Parse("{").Problems).Code);
        Assert.Equal(ProblemCodes.WrongType, Assert.Single(ScoreCardJson.Parse("null").Problems).Code);
        Assert.Equal(ProblemCodes.FileTooLarge, Assert.Single(ScoreCardJson.Read(new byte[10], new ReadOptions { MaxBytes = 5 }).Problems).Code);
    }
}
