namespace IntegrationFramework.Workbooks;

/// <summary>
/// The stable codes of the problems only workbooks have, beside the core's (<c>ProblemCodes</c>). A code never changes
/// meaning.
/// </summary>
public static class WorkbookProblemCodes
{
    /// <summary>The file is not a complete workbook: a damaged archive, a missing part, or a part that is not XML.</summary>
    public const string DamagedWorkbook = "damaged-workbook";

    /// <summary>The workbook is over one of the limits of <see cref="WorkbookReadOptions"/>.</summary>
    public const string WorkbookTooLarge = "workbook-too-large";

    /// <summary>The workbook is not an assessor's workbook: it has no cover sheet or no domain sheet.</summary>
    public const string NotAnAssessorWorkbook = "not-an-assessor-workbook";

    /// <summary>The workbook was written for another version of its framework than the one this library holds.</summary>
    public const string OtherFrameworkVersion = "workbook-of-another-version";
}
