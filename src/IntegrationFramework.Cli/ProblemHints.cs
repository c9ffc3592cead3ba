using IntegrationFramework.Fhir;
using IntegrationFramework.Problems;
using IntegrationFramework.Workbooks;

namespace IntegrationFramework.Cli;

/// <summary>
/// What <c>ifw</c> adds to the library's problems, which name no tool's options: a hint naming the option or command
/// that mends the problem, by its code, and the option a setting given to a reader came from.
/// </summary>
internal static class ProblemHints
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        [FhirProblemCodes.ResponseWithoutFootprint] = "Give it with --footprint-code, --footprint-name and --level.",
        [FhirProblemCodes.ResponseWithoutDate] = "Give the date with --date yyyy-MM-dd.",
        [FhirProblemCodes.ResponsesOnDifferentDays] = "Give the date with --date yyyy-MM-dd.",
        [FhirProblemCodes.ResponseWithoutAuthor] = "Give the assessor with --assessor ID:PARTNER:NAME.",
        [FhirProblemCodes.UnknownAuthor] = "Give the assessor with --assessor ID:PARTNER:NAME.",
        [FhirProblemCodes.AuthorContradictsAssessor] = "Leave that --assessor out, or correct it.",
        [WorkbookProblemCodes.NotAnAssessorWorkbook] = "ifw template writes one for each assessor.",
        [WorkbookProblemCodes.OtherFrameworkVersion] = "ifw template --from FILE writes it anew with the ratings.",
        [ProblemCodes.UnknownFramework] = "An edition of your own comes in with --framework-file FILE.",
        [ProblemCodes.PolicyMismatch] = "Choose the policy with --policy.",
        [ProblemCodes.ChildWithoutPopulation] = "Or add --weighting equal to count every child the same.",
    };

    /// <summary>The hint for an edition file whose edition derives from one not known.</summary>
    private const string DerivedFromHint = "Give the file of that edition first, with an earlier --framework-file.";

    /// <summary>The options of <c>ifw</c> that give what a reader's settings hold.</summary>
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        [ResponseContext.AssessedOnSetting] = "--date",
    };

    /// <summary>The problem as <c>ifw</c> prints it: <c>FILE: PATH: message</c>, and the hint where there is one.</summary>
    public static string Describe(Problem problem)
    {
        if (problem.Location.SettingName is { } setting && Settings.TryGetValue(setting, out var option))
        {
            problem = problem with { Location = ProblemLocation.Setting(option) };
        }

        // Inside an edition file, an unknown framework is the edition it derives from: its file comes first.
        var hint = problem.Code == ProblemCodes.UnknownFramework && problem.Location.JsonPath?.Contains(".derivedFrom", StringComparison.Ordinal) == true
            ? DerivedFromHint
            : Hints.GetValueOrDefault(problem.Code);
        return hint is null ? problem.ToString() : $"{problem} {hint}";
    }
}
