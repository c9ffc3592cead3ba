using System.Text.Json.Nodes;
using IntegrationFramework.Assessments;
using IntegrationFramework.Geography;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// What a fresh review of the sign-off found: a file RFC 8785 cannot canonicalise is refused, never a throw and never
/// read as signed; a sign-off dated before its assessment or with a control character in a name is a problem; and a
/// signed assessment written again carries no sign-off.
/// </summary>
public sealed class SignOffEdgeTests
{
    private static readonly Assessment Review = AssessmentBuilder
        .For(Frameworks.ShiftingTheCentreOfGravity2018, new Footprint("E09000008", "Croydon", Level.Place, 390_800), new LocalDate(2025, 10, 1))
        .WithAssessor("council", "Croydon Council", PartnerKind.Council)
        .Rate("TRA.1", "council", Progress.InPlace)
        .Build();

    private static readonly Signatory Jane = new("Jane Smith", "Chief executive", "Croydon Council");

    [Theory]
    [InlineData("1e400")]
    [InlineData("\"\\ud800\"")]
    public void A_signed_file_that_is_not_I_JSON_is_refused_as_one_whose_sign_off_cannot_be_checked(string value)
    {
        var signed = JsonNode.Parse(AssessmentJson.Sign(Review, new LocalDate(2025, 11, 1), [Jane]))!.AsObject().ToJsonString();
        var text = signed.Insert(1, $"\"minutes\": {value}, ");

        var read = AssessmentJson.Parse(text);

        Assert.Null(read.Value);
        var problem = Assert.Single(read.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((ProblemCodes.ChangedAfterSignOff, "$.signOff.digest"), (problem.Code, problem.Location.JsonPath));
        Assert.StartsWith("The sign-off of 2025-11-01 by Jane Smith (Chief executive, Croydon Council) cannot be checked: the file is not I-JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_file_with_a_number_beyond_a_double_and_a_wrong_type_is_read_with_problems_not_a_throw()
    {
        var text = AssessmentJson.Serialize(Review).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"minutes\": 1e400, \"assessedOn\": 20251001", StringComparison.Ordinal)
            .Replace("\"assessedOn\": \"2025-10-01\",", string.Empty, StringComparison.Ordinal);

        var read = AssessmentJson.Parse(text);

        Assert.Null(read.Value);
        Assert.Contains(read.Problems, p => p.Location.JsonPath == "$.assessedOn");
    }

    [Fact]
    public void A_sign_off_before_its_assessment_or_with_a_line_break_in_a_name_is_a_problem_at_its_path()
    {
        var signed = JsonNode.Parse(AssessmentJson.Sign(Review, new LocalDate(2025, 11, 1), [Jane]))!.AsObject();
        var early = signed.DeepClone().AsObject();
        early["signOff"]!["date"] = "2025-09-30";
        var broken = signed.DeepClone().AsObject();
        broken["signOff"]!["signatories"]![0]!["name"] = "Jane\nSmith";

        var before = AssessmentJson.Parse(early.ToJsonString());
        var control = AssessmentJson.Parse(broken.ToJsonString());

        Assert.Equal(
            new Problem(ProblemCodes.InvalidValue, "$.signOff.date", "The sign-off is dated 2025-09-30, before the assessment (2025-10-01); an assessment is signed off after it is made."),
            Assert.Single(before.Problems));
        Assert.Equal(
            new Problem(ProblemCodes.InvalidValue, "$.signOff.signatories[0].name", "The signatory's name holds a control character (a line break or an escape); give it as plain text."),
            Assert.Single(control.Problems));
        Assert.Throws<ArgumentException>(() => new Signatory("Jane\u001b[31m", "Chief executive", "Croydon Council"));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssessmentJson.Sign(Review, new LocalDate(2025, 9, 30), [Jane]));
    }

    [Fact]
    public void A_signed_assessment_written_again_carries_no_sign_off_and_equals_it_read_unsigned()
    {
        var read = AssessmentJson.Parse(AssessmentJson.Sign(Review, new LocalDate(2025, 11, 1), [Jane])).Value!;

        Assert.NotNull(read.SignOff);
        Assert.DoesNotContain("signOff", AssessmentJson.Serialize(read), StringComparison.Ordinal);
        Assert.Equal(Review, AssessmentJson.Parse(AssessmentJson.Serialize(read)).Value);
        Assert.NotEqual(Review, read);
    }
}
