using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Collecting;
using IntegrationFramework.Tests.TestSupport;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>An assessor's workbook reads back as the assessor's part of the assessment it was written from.</summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 60)]
public sealed class WriteAndReadTests
{
    [Property]
    public Property Each_assessors_workbook_reads_back_as_their_ratings_and_merged_gives_the_assessment(Assessment assessment)
        => Prop.When(!assessment.Assessors.IsEmpty, () =>
        {
            var files = new List<PartnerFile>();
            foreach (var assessor in assessment.Assessors)
            {
                var read = AssessorWorkbook.Read(AssessorWorkbook.ToBytes(assessment, assessor.Id));
                Assert.True(read.Succeeded, string.Join("\n", read.Problems));
                var theirs = read.Value!;
                Assert.Equal([assessor], theirs.Assessors);
                Assert.Equal(assessment.Footprint, theirs.Footprint);
                Assert.Equal(assessment.AssessedOn, theirs.AssessedOn);
                Assert.Equal(assessment.ExcludedDomains.Order(StringComparer.Ordinal), theirs.ExcludedDomains.Order(StringComparer.Ordinal));
                Assert.Equal(Sorted(assessment.Ratings.Where(r => r.AssessorId == assessor.Id)), Sorted(theirs.Ratings));
                files.Add(new PartnerFile($"{assessor.Id}.xlsx", theirs));
            }

            var merged = AssessmentMerge.Merge(files);
            Assert.True(merged.Succeeded, string.Join("\n", merged.Problems));
            Assert.Equal(assessment.Assessors, merged.Value!.Assessors);
            Assert.Equal(Sorted(assessment.Ratings), Sorted(merged.Value.Ratings));
        });

    [Fact]
    public void The_same_input_gives_a_byte_identical_workbook()
    {
        var first = AssessorWorkbook.ToBytes(Samples.Croydon, "council");
        Thread.Sleep(1100);
        var second = AssessorWorkbook.ToBytes(Samples.Croydon, "council");

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_same_input_gives_a_byte_identical_workbook_completeness_checker_and_all()
    {
        // Partly rated, one domain out of scope: counts of every kind, and a sheet without the marking of empty cells.
        var croydon = Samples.Croydon;
        var partly = new Assessment(croydon.Framework, croydon.Footprint, croydon.AssessedOn, croydon.Assessors, croydon.Ratings, ["INF"]);
        var first = AssessorWorkbook.ToBytes(partly, "people");
        Thread.Sleep(1100);
        var second = AssessorWorkbook.ToBytes(partly, "people");

        Assert.Equal(first, second);
        Assert.Equal([(7, 6, 1), (86 - 5, 67, 19 - 5)], CoverTable.Read(first).Where(r => r.Code is "TRA" or "Total").Select(r => r.Counts));
    }

    [Fact]
    public void A_blank_template_reads_as_the_assessor_with_no_ratings()
    {
        var read = AssessorWorkbook.Read(AssessorWorkbook.ToBytes(Samples.BlankCroydon, "vcse"));

        Assert.Empty(read.Problems);
        Assert.Equal("vcse", Assert.Single(read.Value!.Assessors).Id);
        Assert.Empty(read.Value.Ratings);
    }

    [Fact]
    public void Writing_for_an_assessor_the_assessment_does_not_list_is_refused_with_the_ids_it_lists()
    {
        var exception = Assert.Throws<ArgumentException>(() => AssessorWorkbook.ToBytes(Samples.Croydon, "police"));

        Assert.StartsWith("The assessment lists no assessor 'police'; its assessors are council, icb, trust, vcse, people.", exception.Message, StringComparison.Ordinal);
    }

    private static List<Rating> Sorted(IEnumerable<Rating> ratings)
        => [.. ratings.OrderBy(r => r.AssessorId, StringComparer.Ordinal).ThenBy(r => r.ItemId, StringComparer.Ordinal)];
}
