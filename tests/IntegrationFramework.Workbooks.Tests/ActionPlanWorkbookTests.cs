using System.Text;
using IntegrationFramework.Intake;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Workbooks.Tests.TestSupport;

namespace IntegrationFramework.Workbooks.Tests;

/// <summary>
/// The action plan as a workbook, as the chair's team fills it: written from Croydon's sample, filled by openpyxl
/// (a due date typed as a date among them), merged with the assessment through the one intake, and a wrongly filled row
/// refused at its cell.
/// </summary>
public sealed class ActionPlanWorkbookTests
{
    private static readonly FileIntake Intake = new([.. FileIntake.CoreFormats, new WorkbookFormat()]);

    private static byte[] Plan() => ActionPlanWorkbook.ToBytes(Scorer.Score(Samples.Croydon), Samples.Croydon);

    [Fact]
    public void Filled_by_openpyxl_and_merged_with_the_assessment_its_rows_with_an_action_join_it()
    {
        var filled = Programs.FillWithOpenpyxl(Plan(), """
            import sys, datetime, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Action plan"]
            assert [c.value for c in sheet[1]][:5] == ["item", "action", "owner", "due", "status"]
            assert {d.formula1 for d in sheet.data_validations.dataValidation} == {'"open,done,dropped"', '"council,icb,trust,vcse,people"'}
            for row in sheet.iter_rows(min_row=2):
                if row[0].value == "GOV.3":
                    row[1].value, row[2].value, row[3].value, row[4].value = "Bring clinical leads into every decision", "icb", "2026-03-31", "open"
                if row[0].value == "PCC.12":
                    row[1].value, row[2].value, row[3].value = "Fund community assets", "Director of Integration", datetime.date(2026, 6, 30)
            book.save(sys.argv[1])
            """);

        var merged = Intake.ReadMerged([new InputFile("croydon-2025.json", AssessmentJson.SerializeToUtf8Bytes(Samples.Croydon)), new InputFile("plan.xlsx", filled)]);

        Assert.True(merged.Succeeded, string.Join("; ", merged.Problems));
        var actions = merged.Value.Assessment.Actions;
        Assert.Equal(
            [("GOV.3", "Bring clinical leads into every decision", "icb", "2026-03-31"), ("PCC.12", "Fund community assets", "Director of Integration", "2026-06-30")],
            actions.Select(a => (a.ItemId, a.Action, a.Owner, Dates.IsoDate.Format(a.Due))));
        Assert.Equal(Samples.Croydon.Ratings, merged.Value.Assessment.Ratings);
    }

    [Fact]
    public void A_wrongly_filled_row_is_a_problem_at_its_cell_of_the_plan()
    {
        var filled = Programs.FillWithOpenpyxl(Plan(), """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Action plan"]
            sheet["B2"], sheet["C2"], sheet["D2"], sheet["E2"] = "Agree it", "icb", "2026-03-31", "started"
            book.save(sys.argv[1])
            """);

        var merged = Intake.ReadMerged([new InputFile("croydon-2025.json", AssessmentJson.SerializeToUtf8Bytes(Samples.Croydon)), new InputFile("plan.xlsx", filled)]);

        var problem = Assert.Single(merged.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("plan.xlsx", "Action plan", "E2"), (problem.Location.File, problem.Location.Sheet, problem.Location.Cell));
        Assert.Equal("'started' is not a status; give open, done or dropped (empty is open).", problem.Message);
    }

    [Fact]
    public void An_assessor_s_workbook_is_no_plan_and_a_plan_is_no_assessor_s_workbook()
    {
        var format = new WorkbookFormat();

        Assert.True(format.IsPlan(Plan()));
        Assert.False(format.IsPlan(AssessorWorkbook.ToBytes(Samples.Croydon, "icb")));
        Assert.False(format.IsPlan(Encoding.UTF8.GetBytes("item,action,owner,due,status\r\n")));
    }
}
