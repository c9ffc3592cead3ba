using IntegrationFramework.Checklists;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Checklists;

/// <summary>How the 86 items are counted, checked against the printed section 5 (see <see cref="ShiftingTheCentreOfGravity"/>).</summary>
public sealed class ChecklistCountTests
{
    private static readonly IReadOnlyList<string> Section5 = SourceText.Report2018.Lines
        .SkipWhile(line => !line.Contains("5 Integration checklist", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void Section_5_prints_85_bullets_for_86_items()
    {
        Assert.Equal(85, Section5.Count(line => line.TrimStart().StartsWith('•')));
        Assert.Equal(86, Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Count);
    }

    [Fact]
    public void GOV_5_is_a_free_standing_sentence_and_PBS_7_a_bullet_after_the_last_of_COM()
    {
        var report = Frameworks.ShiftingTheCentreOfGravity2018.Checklist;
        var gov5 = Section5.ToList().FindIndex(line => line.StartsWith(Words(report, "GOV.5"), StringComparison.Ordinal));
        var pbs7 = Section5.ToList().FindIndex(line => line.StartsWith("• " + Words(report, "PBS.7"), StringComparison.Ordinal));
        var lastOfCom = Section5.ToList().FindIndex(line => line.StartsWith("• " + Words(report, $"COM.{report.FindDomain("COM")!.Items.Count}"), StringComparison.Ordinal));

        Assert.True(gov5 > 0, "GOV.5 is not printed as a line of its own without a bullet.");
        Assert.InRange(lastOfCom, 1, pbs7 - 1);
    }

    /// <summary>The first three words of an item, as the extraction starts its line.</summary>
    private static string Words(Checklist checklist, string id)
        => string.Join(' ', checklist.Items.Single(i => i.Id == id).Text.Split(' ').Take(3));
}
