using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// Templates read back as the assessment they were written from, rows not yet rated being no ratings; merging the
/// assessors' parts of an assessment gives it back, and never lets one file's rating silently replace another's.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 300)]
public sealed class TemplateAndMergeTests
{
    [Property]
    public void A_JSON_template_reads_back_as_the_assessment_it_was_written_from(Assessment assessment)
    {
        var read = AssessmentJson.Parse(AssessmentTemplate.ToJson(assessment));

        Assert.Empty(read.Problems);
        Assert.Equal(assessment.Assessors, read.Value!.Assessors);
        Assert.Equal(Sorted(assessment.Ratings), Sorted(read.Value.Ratings));
    }

    [Property]
    public Property A_CSV_template_reads_back_as_the_assessment_it_was_written_from(Assessment assessment)
        => Prop.When(!assessment.Assessors.IsEmpty, () =>
        {
            var read = RatingsCsv.Parse(AssessmentTemplate.ToCsv(assessment));

            Assert.Empty(read.Problems);
            Assert.Equal(assessment.Assessors, read.Value!.Assessors);
            Assert.Equal(Sorted(assessment.Ratings), Sorted(read.Value.Ratings));
        });

    [Property]
    public void Merging_each_assessors_part_gives_the_assessment_back_whatever_the_order(Assessment assessment, int seed)
    {
        var parts = assessment.Assessors
            .Select(a => new PartnerFile($"{a.Id}.json", new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, [a], [.. assessment.Ratings.Where(r => r.AssessorId == a.Id)], assessment.ExcludedDomains)))
            .OrderBy(_ => new Random(seed).Next())
            .ToList();
        var files = parts.Count == 0 ? [new PartnerFile("all.json", assessment)] : parts;

        var merged = AssessmentMerge.Merge(files);

        Assert.True(merged.Succeeded, string.Join("\n", merged.Problems));
        Assert.Equal(assessment.Assessors.OrderBy(a => a.Id, StringComparer.Ordinal), merged.Value!.Assessors.OrderBy(a => a.Id, StringComparer.Ordinal));
        Assert.Equal(Sorted(assessment.Ratings), Sorted(merged.Value.Ratings));
    }

    [Property]
    public Property A_changed_rating_in_a_second_file_is_always_a_conflict_naming_both(Assessment assessment)
        => Prop.When(!assessment.Ratings.IsEmpty, () =>
        {
            var changed = assessment.Ratings[0] with { Progress = assessment.Ratings[0].Progress == Progress.Embedded ? Progress.Planned : Progress.Embedded, Target = null };
            var other = new Assessment(assessment.Framework, assessment.Footprint, assessment.AssessedOn, assessment.Assessors, [changed], assessment.ExcludedDomains);

            var merged = AssessmentMerge.Merge([new PartnerFile("first.json", assessment), new PartnerFile("second.xlsx", other)]);

            Assert.Null(merged.Value);
            var conflict = Assert.Single(merged.Errors);
            Assert.Equal(ProblemCodes.ConflictingRatings, conflict.Code);
            Assert.Equal("second.xlsx", conflict.Location.File);
            Assert.Contains(" in first.json; ", conflict.Message, StringComparison.Ordinal);
        });

    [Fact]
    public void Evidence_on_a_row_not_yet_rated_is_a_warning_and_later_rows_keep_their_own_paths()
    {
        var json = """
            { "schemaVersion": 1, "framework": "shifting-the-centre-of-gravity-2018",
              "footprint": { "code": "E09000008", "name": "Croydon", "level": "place" }, "assessedOn": "2025-10-01",
              "assessors": [ { "id": "council", "name": "Council", "partner": "council" } ],
              "ratings": [
                { "item": "TRA.1", "assessor": "council", "progress": null, "evidence": "Draft plan" },
                { "item": "TRA.2", "assessor": "council", "progress": null },
                { "item": "TRA.3", "assessor": "council", "progress": "inPlace", "target": "planned" } ] }
            """;

        var read = AssessmentJson.Parse(json);

        Assert.Equal(
            [
                new Problem(ProblemCodes.NotYetRated, "$.ratings[0].progress", "TRA.1 for council has evidence but no progress yet, so it is not scored; it stays in the file. Give a progress to count it.", ProblemSeverity.Warning),
                // The third row is the first rating: its problem is at its own row, not at the rating's index.
                new Problem(ProblemCodes.TargetBelowProgress, "$.ratings[2].target", "The target (planned) is below the progress (inPlace); a target is the level aimed for, so it must be at least the progress."),
            ],
            read.Problems);
        Assert.Null(read.Value);
        var fixedTarget = AssessmentJson.Parse(json.Replace("\"target\": \"planned\"", "\"target\": \"embedded\"", StringComparison.Ordinal));
        Assert.Equal([new Rating("TRA.3", "council", Progress.InPlace, Progress.Embedded)], fixedTarget.Value!.Ratings);
    }

    [Fact]
    public void A_target_on_a_CSV_row_not_yet_rated_is_a_warning_at_its_line()
    {
        var csv = string.Join("\n", RatingsCsv.Columns.AsEnumerable().Aggregate((a, b) => $"{a},{b}"),
            "shifting-the-centre-of-gravity-2018,E09000008,Croydon,place,,,2025-10-01,council,Council,council,SO,TRA,true,TRA.1,,,embedded,");

        var read = RatingsCsv.Parse(csv);

        Assert.Equal([new Problem(ProblemCodes.NotYetRated, ProblemLocation.InTable(2, "progress"), "TRA.1 for council has a target but no progress yet, so it is not scored; it stays in the file. Give a progress to count it.", ProblemSeverity.Warning)], read.Problems);
        Assert.Empty(read.Value!.Ratings);
        Assert.Equal("council", Assert.Single(read.Value.Assessors).Id);
    }

    private static List<Rating> Sorted(EquatableArray<Rating> ratings)
        => [.. ratings.OrderBy(r => r.AssessorId, StringComparer.Ordinal).ThenBy(r => r.ItemId, StringComparer.Ordinal)];
}
