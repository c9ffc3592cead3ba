using IntegrationFramework.Sources;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Sources;

public sealed class SourceReferenceTests
{
    [Fact]
    public void A_reference_reads_as_a_citation()
    {
        var item = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Item("TRA.1");
        var characteristic = Frameworks.LgaPositionPaper.Checklist.Item("IND.1");

        Assert.Equal("Shifting the centre of gravity (2018), 5 Integration checklist › Shared outcomes › Transformation, p. 36", item.Source.ToString());
        Assert.Equal("LGA position paper on Integration, What can we achieve through effective integration? › For individuals", characteristic.Source.ToString());
    }

    [Fact]
    public void References_are_equal_by_value()
    {
        EqualityContract.AssertEqual(
            new SourceReference(Frameworks.ShiftingTheCentreOfGravity2018.Document, "5 Integration checklist", 36),
            new SourceReference(Frameworks.ShiftingTheCentreOfGravity2018.Document, "5 Integration checklist", 36));
        EqualityContract.AssertNotEqual(
            new SourceReference(Frameworks.ShiftingTheCentreOfGravity2018.Document, "5 Integration checklist", 36),
            new SourceReference(Frameworks.ShiftingTheCentreOfGravity2018.Document, "5 Integration checklist", 37));
    }

    [Fact]
    public void A_reference_needs_a_document_a_section_and_a_positive_page()
    {
        Assert.Throws<ArgumentNullException>(() => new SourceReference(null!, "Section"));
        Assert.Throws<ArgumentException>(() => new SourceReference(Frameworks.LgaPositionPaper.Document, " "));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SourceReference(Frameworks.LgaPositionPaper.Document, "Section", 0));
        Assert.StartsWith("page must be a positive whole number (1 or more); it was 0.", error.Message, StringComparison.Ordinal);
    }
}
