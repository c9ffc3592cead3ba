using IntegrationFramework.Assessments;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>The repository's sample data, found from the test's folder.</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Data(string name) => Path.Combine(Root, "samples", "data", name);

    /// <summary>Croydon's illustrative sample assessment: five assessors, most items rated.</summary>
    public static Assessment Croydon { get; } = AssessmentJson.Read(File.ReadAllBytes(Data("croydon-2025.json"))).Value!;

    /// <summary>Croydon's assessment with no ratings: the blank template a review starts from.</summary>
    public static Assessment BlankCroydon { get; } = new(Croydon.Framework, Croydon.Footprint, Croydon.AssessedOn, Croydon.Assessors, []);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root (IntegrationFramework.sln) is not above the test folder.");
    }
}
